settings-saved = 保存しました。

## プランと睡眠ガイド

guide-heading = プランと睡眠ガイド
guide-plan-label = プランのルーティン
guide-no-reminder = プランにリマインダーはありません。
guide-plan-hint = これらはプランが提案したリマインダーです。時刻は「リマインダー」で変更できます。
guide-no-plan = まだプランを作成していません。
guide-run-again = 初回セットアップをもう一度行う
guide-set-up = プランを作成
guide-position-legend = ふだんの寝る姿勢
guide-checklists-legend = 就寝前のルーティンの前に
guide-wind-down-checklist = 夜のリラックスのチェックリストを表示
guide-setup-checklist = 今夜の寝床の準備チェックリストを表示

sleep-position-side = 横向き
sleep-position-back = 仰向け
sleep-position-stomach = うつ伏せ
sleep-position-varies = 決まっていない

plan-reminder-bedtime = リマインダー：{ $time }（就寝の{ $lead }分前）、{ $days }。
plan-reminder-fixed = リマインダー：{ $time }、{ $days }。
plan-reminder-first-use = リマインダー：{ $time }以降に初めてパソコンを使ったとき、{ $days }。
plan-days-every-day = 毎日
plan-days-weekdays = 平日
plan-days-weekends = 週末
plan-days-none = 曜日の指定なし
plan-days-some = { $days }

## サウンド

sound-heading = サウンド
sound-unavailable = { $reason } セッションはそのまま続きますが、音声出力が使えるようになるまで音は鳴りません。
sound-play = ルーティン中に音を鳴らす
sound-tones-volume = 合図の音量
sound-volume-value = { $percent }パーセント
sound-test = 音をテスト
sound-coach-legend = 音声コーチ
sound-coach-off = オフ
sound-coach-off-hint = 合図の音のみ。
sound-coach-cues = 合図のみ
sound-coach-cues-hint = 各エクササイズ名を読み上げ、「3、2、1」とカウントダウンし、「反対側へ」「休憩」「半分です」「最後です」「よくできました」と声をかけます。
sound-coach-full = フルコーチ
sound-coach-full-hint = さらに、各エクササイズのやり方を説明し、回数を数え、息を吸うときと吐くときを伝えます。目を閉じたままでも続けられます。
sound-voice-volume = 声の音量
sound-test-voice = 声をテスト
sound-gentle-at-night = 就寝時はやさしい声に：就寝前のルーティンではゆっくり、小さめの声で話します
sound-test-night-voice = 就寝時の声をテスト
sound-loading = 読み込み中…

## 外観

appearance-heading = 外観
appearance-theme-legend = テーマ
appearance-theme-system = システムに合わせる
appearance-theme-system-hint = デスクトップの設定に合わせて、ライトまたはダーク。
appearance-theme-light = ライト
appearance-theme-light-hint = 明るい背景に暗い文字。
appearance-theme-dark = ダーク
appearance-theme-dark-hint = 暗い背景に明るい文字。
appearance-theme-night = ナイト
appearance-theme-night-hint = 一日中、暗めで暖かい色合い。ブルーライトを抑えます。
appearance-night-after-bedtime = 就寝時刻を過ぎたらナイト表示
appearance-night-when = 就寝リマインダーの時刻（{ $from }）から一日の始まり（{ $until }）まで。
appearance-night-needs-reminder = まず就寝前のルーティンのリマインダーを設定してください。ナイト表示はその時刻に始まります。
appearance-night-on = 就寝時刻を過ぎたので、ナイト表示になっています。

## 連続記録と目標

streaks-heading = 連続記録と目標
streaks-day-boundary = 新しい一日の始まり
streaks-day-boundary-hint = この時刻より前に終えた就寝前のリラックスは、前の晩の分として数えます。00:00〜{ $latest }の間で設定できます。
streaks-rest-days = 各ルーティンで1か月に認める休息日
streaks-rest-days-hint = 休息日を取っても連続記録は途切れませんが、日数は増えません。
streaks-goals-legend = 週ごとの目標
streaks-goals-hint = 任意：週に何日行うかの目標です。休息日も目標の日数に含まれます。
streaks-no-goal = 目標なし
streaks-goal-days = 7日中{ $days }日
streaks-save = 連続記録の設定を保存

sound-off-because = 音を再生できません：{ $cause }。
sound-cause-no-device = サウンドデバイスが見つかりません
sound-cause-device-lost = サウンドデバイスが動作しなくなりました
sound-cause-thread = サウンドのスレッドを開始できませんでした
sound-cause-opening = サウンド出力をまだ開いているところです
sound-invalid-volume = 音量は0〜1の数値にしてください（送られた値：{ $volume }）。
sound-invalid-voice-volume = 声の音量は0〜1の数値にしてください（送られた値：{ $volume }）。
