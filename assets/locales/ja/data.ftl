data-heading = データ
data-hint = データはすべてこのパソコンに保存されます（下で同期フォルダーを選んだ場合は、そのフォルダーにも）。保管用、別のパソコンへの移行用、表計算ソフトで開く用に、コピーをエクスポートできます。
data-export-json = すべてエクスポート（JSON）…
data-export-sessions = セッションをエクスポート（CSV）…
data-export-journal = 日誌をエクスポート（CSV）…
data-exported = { $size }を{ $path }に保存しました。
data-import-heading = インポート
data-import-hint = Limberのエクスポート（JSON）を取り込みます。ファイルは最初に検査され、内容に誤りがあれば何も変更されません。すでにあるセッションと記録はそのまま残るので、同じファイルを2回インポートしても何も増えません。
data-import = Limberのエクスポートをインポート…
data-backups-heading = 毎日のバックアップ
data-backups-hint = Limberは1日1回データベースをコピーし、新しいものから{ $kept }個を保管します。データベースが破損した場合は、起動時に最新の正常なコピーを復元します。保存先は{ $folder }です。
data-no-backup = バックアップはまだありません。最初のバックアップは今日作成されます。
data-backups-label = バックアップ
data-backup-row = { $day } · { $size }
data-backup-old = 最新のバックアップは{ $days }日前のものです。今データが破損すると、Limberは{ $days }日前の状態にしか戻せず、それ以降に記録した内容はすべて失われます。Limberは起動した日には毎日バックアップを作成します。この警告が消えない場合は、ディスクに空き容量があるか、バックアップフォルダーに書き込めるかを確認してください。

size-bytes = { $bytes }バイト
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = インポートしました：セッション{ $sessions }件を追加{ $skipped ->
        [0] {""}
       *[other] （{ $skipped }件は登録済み）
    }、日誌の記録{ $entries }件を追加{ $updated ->
        [0] {""}
       *[other] （{ $updated }件を新しい回答で更新）
    }{ $restDays ->
        [0] {""}
       *[other] 、休息日{ $restDays }日を追加
    }{ $routines ->
        [0] {""}
       *[other] 、自作ルーティン{ $routines }件を追加または更新
    }{ $settings ->
        [0] {""}
       *[other] 、設定{ $settings }件を追加
    }。
import-refused-invalid = 何もインポートされませんでした：ファイルに{ $total }件の問題があります。{ $shown ->
        [1] 問題の内容
       *[other] 最初の{ $shown }件
    }：{ $problems }{ $more ->
        [0] 。
       *[other] 。ほか{ $more }件。
    }
import-refused-not-export = 何もインポートされませんでした：このファイルはLimberのエクスポートではありません。
import-refused-not-text = 何もインポートされませんでした：このファイルはLimberのエクスポートではありません（テキストではありません）。
import-refused-newer = 何もインポートされませんでした：このファイルは新しいLimberで作成されています（エクスポートのバージョン{ $found }。このLimberが読めるのはバージョン{ $known }までです）。インポートするには、Limberを更新してください。
import-refused-too-large = 何もインポートされませんでした：Limberのエクスポートとしては大きすぎるファイルです（{ $bytes }バイト。上限は{ $limit }バイトです）。
import-refused = 何もインポートされませんでした：{ $reason }。
import-picked-up = 起動中のLimberに変更が反映されました。
data-filter-json = Limberのエクスポート（JSON）
data-filter-csv = CSVスプレッドシート
file-write-failed = { $path }に書き込めませんでした：{ $detail }。
file-save-failed = { $path }を保存できませんでした：{ $detail }。
