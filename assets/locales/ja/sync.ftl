sync-heading = パソコン間の同期
sync-off-hint = 複数のパソコンでLimberを使っていますか？Syncthing、Nextcloud、Dropbox、OneDrive、iCloud Driveですでに同期しているフォルダーか、USBメモリー上のフォルダーを選んでください。Limberはそこにこのパソコン用のファイルを1つ書き込み、ほかのパソコンのファイルを読み込みます。そのため、どのパソコンで行ったルーティンも、すべてのパソコンで記録されます。Limber自体がネットワークを使うことはありません。
sync-choose = 同期フォルダーを選択…
sync-folder = フォルダー
sync-last-synced = 最終同期
sync-not-yet = まだ
sync-this-computer = このパソコン
sync-now = 今すぐ同期
sync-choose-another = 別のフォルダーを選択…
sync-stop = 同期を停止
sync-devices-heading = ほかのパソコン
sync-no-devices = まだありません。ほかのパソコンのLimberでも同じフォルダーを選んでください。そのパソコンのファイルが届くと、ここに表示されます。
sync-device-activity = { $changes }、最終変更：{ $when }
sync-confirm-remove = { $name }のファイルの読み込みをやめますか？取り込み済みのデータは残ります。
sync-yes-remove = はい、{ $name }を削除
sync-keep = { $name }を残す
sync-remove = { $name }を削除
sync-skipped-heading = 前回の同期でスキップされたもの
sync-contents = ファイルの内容
sync-contents-what = セッション、体調チェック（日誌）、休息日、自作のルーティン、リマインダーの時刻、ルーティンのプラン、目標。サウンドの設定やウィンドウのサイズは含まれません。
sync-contents-plain = ファイルは暗号化されていない、読み取り可能なJSONです。信頼できるフォルダーを選んでください。フォルダーを開ける人は誰でも内容を読めます。

sync-chosen = Limberは{ $folder }を通じて同期しています。
sync-synced = 同期しました。
sync-stopped = 同期を停止しました。Limberのファイルは{ $folder }に残ります。再開するには、もう一度フォルダーを選んでください。
sync-removed = { $name }を削除しました。Limberはそのファイルを読み込まなくなります。取り込み済みのデータは残ります。

sync-just-now = たった今
sync-when = { $ago }（{ $time }）
sync-changes = { $count ->
        [0] 変更なし
       *[other] { $count }件の変更
    }
sync-written-none = このパソコンからはまだ何も書き込まれていません
sync-written = このパソコンから書き込み：{ $changes }
sync-unnamed = 名前のないパソコン
