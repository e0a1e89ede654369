saving-folder = フォルダー：
saving-not-saved-yet = まだ保存されていません
saving-waiting = まだ保存されていない操作が{ $count }件あります。Limberを開いている間は保持されます。
saving-quit-held = まだ保存されていない内容が失われるため、Limberは終了しませんでした。空き容量を増やして（またはフォルダーを修正して）数秒待つか、それでも終了してください。
saving-quit-anyway = 保存せずに終了
saving-clear = 保存しました。Limberは再びデータを書き込めるようになり、待機していた内容はすべてディスクに保存されました。
saving-clear-label = 保存しました
saving-clear-ok = OK

saving-record-saving = 保存中…
saving-record-counts = 保存しました。今日の分として数えます。
saving-record-not-counted = 保存しました。今日の分には数えません：ルーティンの大部分を終えていないためです。
saving-feel-saved = このセッションと一緒に保存しました。
saving-feel-waiting = まだ保存されていません。Limberが回答を保持し、セッションと一緒に保存します。
saving-feel-refused = 保存されていません：{ $problem }
