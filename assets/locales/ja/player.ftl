# プレーヤー：床の上やベッドの中で、片目で追う画面です。短く、落ち着いた言葉で。

## ルーティンを始める前。

player-back-home = ← 戻る
player-exercises-label = このルーティンのエクササイズ
# Safety text; back-translation into English: "Move slowly and gently. Stop any exercise that makes the pain stronger or makes it spread down a leg."
player-safety = ゆっくり、やさしく動いてください。痛みが強くなったり、痛みが脚に広がったりするエクササイズは中止してください。
player-help = 助けを求めるべきとき
player-not-for-you = 初回セットアップの質問への回答により、このルーティンの動きはすべて除外されています。回答は設定の「{ guide-run-again }」で変更できます。
player-start = 開始
player-loading = 読み込み中…
player-sound-note = { $reason }ルーティンは音なしで進みます。

## ルーティンの実行中。

player-in-progress = { $routine }を実行中
player-progress = ルーティンの進み具合
player-time-left = このステップの残り{ $seconds }秒
player-breathe-in = 息を吸って
player-breathe-out = 息を吐いて
player-paused = 一時停止中
player-show-steps = すべての手順を表示
player-hide-steps = 手順を隠す
player-show-cautions = 注意
player-hide-cautions = 注意を隠す
player-steps-label = { $exercise }のやり方
player-controls = セッションの操作
player-previous = 戻る
player-pause = 一時停止
player-resume = 再開
player-skip = スキップ
player-add-time = +{ $seconds }秒
player-stop = 中止
player-stop-question = このルーティンを中止しますか？ここまで行った分は残ります。
player-keep-going = 続ける
player-stop-routine = ルーティンを中止
player-help-paused = ルーティンは一時停止中です。
player-help-back = ルーティンに戻る
player-help-close = 閉じる

## 消灯：就寝前のルーティンは、1行だけ表示する暗い画面で、声だけで続きます。

player-lights-out = 消灯
player-lights-out-label = { $routine }を実行中、消灯
player-lights-on = 画面をつける
player-lights-on-paused = 一時停止中。画面をつける

## ステップの種類。

player-get-ready-for = 準備：{ $exercise }
player-get-ready = 準備
player-switch-sides = 反対側へ
player-rest = 休憩
player-exercise = エクササイズ
player-side-left = 左側
player-side-right = 右側
player-with-side = { $side ->
        [left] { $title }（左側）
       *[right] { $title }（右側）
    }
player-rep = { $reps }回中{ $rep }回目
player-hold = { $reps }回中{ $rep }回目のキープ
player-breath = { $reps }回中{ $rep }回目の呼吸
player-round = { $rounds }セット中{ $round }セット目
player-count-round = { $count } · { $rounds }セット中{ $round }セット目
player-next = 次：{ $step }
player-next-finish = 次：終了
player-announce = { $step }。
player-announce-hold = { $step }、{ $seconds }秒キープ。
player-announce-reps = { $step }、{ $count }回。
player-announce-breaths = { $step }、{ $count }呼吸。

## 終了画面。

player-well-done = よくできました
player-stopped = セッションを中止しました
player-summary = { $skipped ->
        [0] { $routine }：{ $total }ステップ中{ $done }ステップを完了、所要時間{ $time }。
       *[other] { $routine }：{ $total }ステップ中{ $done }ステップを完了、{ $skipped }ステップをスキップ、所要時間{ $time }。
    }
player-not-saved = 保存されていません
player-not-saved-yet = まだ保存されていません
player-feel-legend = 今、腰の調子はどうですか？
# Safety text; back-translation into English: "0 no pain"
player-feel-low = 0 痛みなし
# Safety text; back-translation into English: "10 worst"
player-feel-high = 10 最悪
player-feel-value = 腰の状態：10段階中{ $value }
player-checkin = 朝の体調チェック
player-done = 完了
