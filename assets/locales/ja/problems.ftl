problem-disk-full-title = Limberのデータがあるディスクがいっぱいです。
problem-disk-full-advice = { $readable ->
        [yes] データは失われていません。
       *[no] データは失われていません。データはそのフォルダーに残っていて、空き容量ができればLimberが開きます。
    }Limberを開いている間は、新しく行ったことが保持され、Limberが数秒ごとに保存を試みます。そのディスクの空き容量を増やしてください（ごみ箱を空にする、不要になった大きいファイルを削除するなど）。そうすれば、Limberが自動で保存します。
problem-read-only-title = Limberは保存できません：データフォルダーが読み取り専用です。
problem-read-only-advice = { $readable ->
        [yes] データは失われていません。データはそのまま残っています。
       *[no] データは失われていません。データはそのフォルダーに残っていて、開けるようになればLimberが開きます。
    }Limberを開いている間は、新しく行ったことが保持され、Limberが数秒ごとに保存を試みます。フォルダーを書き込み可能に戻してください（ディスクが読み取り専用でマウントされていないか、フォルダーの所有者が自分のユーザーかを確認します）。そうすれば、Limberが自動で保存します。
problem-busy-title = 別のプログラムがLimberのデータファイルを使用しています。
problem-busy-advice = データは失われていません。Limberを開いている間は、新しく行ったことが保持され、Limberが数秒ごとに保存を試みます。別のプログラムがファイルを解放すれば、自動で保存されます。そうならない場合は、このファイルを開いている可能性のあるプログラム（バックアップや同期のツール、データベースビューアー、2つ目のLimber）を閉じてください。
problem-unavailable-title = Limberは今、データを使用できません。
problem-unavailable-advice = { $readable ->
        [yes] 何も削除されていません。
       *[no] 何も削除されていません。データはそのフォルダーに残っています。
    }Limberを開いている間は、新しく行ったことが保持され、Limberが数秒ごとに保存を試みます。
problem-sentence = { $title }フォルダー：{ $folder }。{ $advice }（詳細：{ $detail }）

problem-disk-full-waiting = Limberのデータがあるディスクがいっぱいです。Limberはこの内容を保持し、数秒ごとに再試行します。そのディスクの空き容量を増やせば、自動で保存されます。それまでLimberを開いたままにしてください。
problem-read-only-waiting = Limberのデータフォルダーが読み取り専用です。Limberはこの内容を保持し、数秒ごとに再試行します。フォルダーを書き込み可能に戻せば、自動で保存されます。それまでLimberを開いたままにしてください。
problem-busy-waiting = 別のプログラムがLimberのデータファイルを使用しています。Limberはこの内容を保持し、数秒ごとに再試行します。別のプログラムがファイルを解放すれば、自動で保存されます。それまでLimberを開いたままにしてください。
problem-unavailable-waiting = Limberは今、データを使用できません。この内容を保持し、数秒ごとに再試行します。保存されるまでLimberを開いたままにしてください。

problem-disk-full-refused = 保存されていません：Limberのデータがあるディスクがいっぱいです。そのディスクの空き容量を増やしてから、もう一度お試しください。
problem-read-only-refused = 保存されていません：Limberのデータフォルダーが読み取り専用です。書き込み可能に戻してから、もう一度お試しください。

session-not-saved = セッションを保存できませんでした：{ $detail }。
