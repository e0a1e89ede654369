# ルーティンエディター。$name と $exercise はルーティン名とエクササイズ名で、そのまま入ります。

editor-title-loading = ルーティン
editor-title-new = 新しいルーティン
editor-title-edit = ルーティンを編集
editor-back = 戻る
editor-loading = 読み込み中…
editor-about = このルーティンについて
editor-copy-of = { $name }のコピーです。元のルーティンは変更されません。
editor-reset = { $name }に戻す
editor-name = 名前
editor-description = 目的
editor-when = 時間帯
editor-when-bedtime = 就寝前
editor-when-morning = 朝
editor-when-anytime = いつでも

## ルーティンのエクササイズ。

editor-exercises = エクササイズ
editor-empty = { $count ->
        [0] エクササイズはまだありません。一覧から追加してください。
       *[other] エクササイズはまだありません。{ $count }種目の一覧から追加してください。
    }
editor-order-hint = エクササイズはハンドルをドラッグするか、「上へ」「下へ」で並べ替えられます。空欄の項目には、エクササイズの既定値が使われます。
editor-drag = ドラッグして並べ替え
editor-about-length = 約{ $duration }
editor-move-up = 上へ
editor-move-up-label = { $exercise }を上へ移動
editor-move-down = 下へ
editor-move-down-label = { $exercise }を下へ移動
editor-remove = 削除
editor-remove-label = { $exercise }を削除
editor-hold = キープ（秒）
editor-reps = 回数
editor-rounds = セット数
editor-pace = ペース（1動作の秒数）
editor-sides = 左右
editor-rest-after = 後の休憩（秒）
editor-sides-none = 左右なし
editor-sides-each = 片側ずつ順に
editor-sides-alternate = 左右交互
editor-sides-default = { $sides ->
        [none] 既定（左右なし）
        [each] 既定（片側ずつ順に）
       *[alternate] 既定（左右交互）
    }
editor-default = 既定：{ $value }
editor-not-a-number = 整数を入力するか、既定値を使う場合は空欄にしてください。

## エクササイズの選択。

editor-add-heading = エクササイズを追加
editor-search = エクササイズを検索
editor-area = 体の部位
editor-all-areas = すべての部位
editor-where = 場所
editor-anywhere = どこでも
editor-choice-meta = { $area } · { $position } · 約{ $duration }
editor-add = 追加
editor-add-label = { $exercise }を追加
editor-shown-all = { $total }種目
editor-shown-none = 一致するエクササイズはありません。検索語かフィルターを解除してください。
editor-shown-some = { $total }種目中{ $shown }種目

## ファイルとしてのルーティン。

editor-file-heading = このルーティン
editor-file-hint = ファイルとして共有・保管したり、削除したりできます。削除しても、過去のセッションは履歴に残ります。
editor-save-to-export = エクスポートするには、変更を保存してください。
editor-export = ファイルにエクスポート…
editor-delete = ルーティンを削除
editor-delete-question = 「{ $name }」を削除しますか？過去のセッションは履歴に残ります。
editor-delete-yes = 削除する
editor-delete-keep = 削除しない
editor-leave-question = 保存せずに移動しますか？変更は失われます。
editor-leave-yes = 保存せずに移動
editor-leave-keep = 編集を続ける

## 下部のバー。

editor-total = 約{ $duration } · { $count }種目
editor-problems = 保存する前に直す箇所が{ $count }件あります。
editor-not-saved = まだ保存されていません。
editor-saved = 保存しました。
editor-save = ルーティンを保存
editor-start = 開始

## 編集後にスクリーンリーダーが読み上げる内容。

editor-added = { $exercise }を追加しました。{ $total }。
editor-removed = { $exercise }を削除しました。
editor-moved = { $exercise }は{ $count }種目中{ $position }番目になりました。
editor-the-exercise = エクササイズ
editor-reset-done = { $name }のエクササイズに戻しました。残すには保存してください。
editor-reset-done-unnamed = 元のルーティンのエクササイズに戻しました。残すには保存してください。
editor-saved-as = 「{ $name }」を保存しました。ほかのルーティンと一緒に「今日」の画面にあります。

routine-exported = 「{ $name }」を{ $path }に保存しました。
routine-import-refused = 何もインポートされませんでした：{ $file }に問題が{ $problems }件あります。
routine-imported = 「{ $name }」をインポートしました。
routine-imported-restored = 「{ $name }」をインポートしました。以前のセッションも履歴に戻りました。
routine-imported-copy = 同じIDのルーティンがすでにあるため、「{ $name }」を新しいルーティンとしてインポートしました。
editor-filter-routine = Limberのルーティン

routine-new-name = マイルーティン
routine-new-description = 自分で組み立てたルーティンです。
routine-copy-of-own = { $name }（コピー）
