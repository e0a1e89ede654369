# 「back」は日本語で自然な「腰」と訳しています（背中は上部を指すため）。
checkin-heading = 朝の体調チェック
checkin-meta-again = { $day } · 今日はもう記録済みです。変更があれば、もう一度保存してください。
checkin-meta-new = { $day } · 今朝の腰の調子はいかがですか？
# Safety text; back-translation into English: "Lower-back pain now"
checkin-pain-legend = 今の腰の痛み
checkin-pain-value = 痛み{ $value }
# Safety text; back-translation into English: "0 none"
checkin-pain-low = 0 なし
# Safety text; back-translation into English: "10 the worst pain you can imagine"
checkin-pain-high = 10 想像できる最悪の痛み
checkin-stiffness-legend = 今のこわばり
checkin-stiffness-value = こわばり{ $value }
# Safety text; back-translation into English: "0 none"
checkin-stiffness-low = 0 なし
# Safety text; back-translation into English: "10 can hardly move"
checkin-stiffness-high = 10 ほとんど動けない
checkin-sleep-legend = よく眠れましたか？
checkin-sleep-value = 睡眠：{ $quality }
checkin-sleep-very-poor = とても悪い
checkin-sleep-poor = 悪い
checkin-sleep-ok = ふつう
checkin-sleep-good = よい
checkin-sleep-very-good = とてもよい
checkin-position-legend = 寝ていた姿勢
checkin-position-side = 横向き
checkin-position-back = 仰向け
checkin-position-stomach = うつ伏せ
checkin-position-varies = いろいろ
checkin-note = メモ（任意）
checkin-save = 記録を保存
checkin-see-progress = 経過を見る
checkin-not-saved = まだ保存されていません
checkin-saved-for = { $day }の分として保存しました。
checkin-missing = 次の項目に答えてください：{ $questions }。
checkin-missing-pain = 腰の痛み
checkin-missing-stiffness = こわばり
checkin-missing-sleep = 睡眠の質
checkin-missing-position = 寝ていた姿勢

checkin-card-not-saved = 今日の回答はまだ保存されていません。Limberが回答を保持し、もう一度保存を試みます。
checkin-card-see = 記録を見る
checkin-card-done = 今日は記録済み：痛み{ $pain }、こわばり{ $stiffness }、睡眠{ $sleep }/5。
checkin-card-edit = 記録を編集
checkin-card-invite = 今朝の腰の調子はいかがですか？4回クリックするだけ、10秒もかかりません。
checkin-card-now = 今すぐ記録

recovery-heading = データをバックアップから復元しました
recovery-restored = { $records ->
        [0] Limberのデータベースが破損していたため、{ $day }のバックアップを復元しました。そのバックアップの後に変更した設定は、当時の状態に戻っています。
       *[other] Limberのデータベースが破損していたため、{ $day }のバックアップと、その後に保存された{ $records }件の記録を復元しました。そのバックアップの後に変更した設定は、当時の状態に戻っています。
    }
recovery-fresh-with-log = Limberのデータベースが破損していて、使えるバックアップもなかったため、記録ログにあった{ $records }件の記録で新しく始めました。
recovery-fresh = Limberのデータベースが破損していて、使えるバックアップもなかったため、新しく始めました。
recovery-kept = 破損したファイルは削除せずに残してあります：
recovery-told = { $what }{ $kept }{ $path }
recovery-details = 詳細
recovery-ok = OK
