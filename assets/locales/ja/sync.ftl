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

sync-error-no-folder = 同期フォルダーが選択されていません。設定で選ぶか、`limber sync --folder パス` を実行してください。
sync-error-folder = { $folder }を同期フォルダーとして使用できません：{ $why }。
sync-why-not-found = 存在しません
sync-why-denied = Limberにはそこへの書き込み権限がありません
sync-why-read-only = 読み取り専用のディスク上にあります
sync-why-full = ディスクがいっぱいです
sync-why-not-folder = フォルダーではありません
sync-why-system = システムのメッセージ：{ $detail }

sync-skip-unreadable-folder = フォルダーを読み込めませんでした：{ $why }
sync-skip-conflict-copy = 2つのバージョンが衝突したときに同期ツールが作ったコピーです。Limberは元のファイルを読み込みます
sync-skip-unknown-name = Limberが書き込む名前のファイルではありません
sync-skip-not-file = 通常のファイルではありません
sync-skip-too-large = { $megabytes } MBを超えています。Limberが書き込むファイルよりはるかに大きいサイズです
sync-skip-no-header = Limberの同期ファイルの形式で始まっていません
sync-skip-newer = 新しいLimberで書き込まれています（形式{ $version }）。読み込むには、このパソコンのLimberを更新してください
sync-skip-other-device = 1行目に別のパソコン（{ $device }）が記載されています
sync-skip-torn = { $line }行目がまだ完全に届いていません。同期ツールが届け終わった時点で読み込みます
sync-skip-bad-line = { $line }行目：{ $reason }
sync-skip-not-taken = 取り込みませんでした：{ $why }

sync-cli-synced = { $folder }と同期しました（{ $time }）。
sync-cli-this-computer = このパソコン（{ $name }、{ $id }…）：新しい変更{ $written }件を書き込みました（合計{ $total }件）。
sync-cli-read = ほかのパソコン{ $computers }台から、新しい変更{ $read }件を読み込みました。
sync-cli-device = { $name }（{ $id }…）：変更{ $changes }件
sync-cli-device-last = { $name }（{ $id }…）：変更{ $changes }件、最終変更：{ $last }
sync-cli-skipped = { $files }個のファイルをスキップしました：
sync-picker-title = 同期に使うフォルダーを選択
