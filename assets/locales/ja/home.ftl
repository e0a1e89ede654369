home-tagline = こわばった腰のための、就寝前と朝のやさしいルーティン。
home-routines-heading = ルーティン
home-loading = 読み込み中…
home-routine-meta = { $duration } · { $count }種目
home-start = 開始
home-start-label = { $name }を開始
home-details = 詳細
home-details-label = { $name }の詳細
home-exercises-in = { $name }のエクササイズ

duration-seconds = { $seconds }秒
duration-minutes = { $minutes }分

routines-new = 新しいルーティン
routines-import = ルーティンをインポート…
routines-problems-label = ルーティンファイルの問題

card-edit = 編集
card-edit-label = { $name }を編集
card-duplicate = 複製
card-duplicate-label = { $name }を複製
history-not-done = まだ行っていません
history-started = { $count }回開始、まだ完了していません
history-done = { $count }回完了
history-done-last = { $count }回完了 · 最終：{ $day }
