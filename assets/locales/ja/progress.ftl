# 経過の画面：ルーティンのカード（連続記録、習慣の定着度、カレンダー、休息日）、運動量、受診を勧めるお知らせ、
# 朝のグラフ、就寝前のリラックスについての分析。

progress-heading = 経過
progress-today-is = 今日は{ $day }です
progress-loading = 読み込み中…
progress-paused-heading = 運動量の変更を一時停止しています
progress-paused-text = { $reason }体調チェックの記録がこの状態を示している間、Limberはどのルーティンにも変更を提案しません。
progress-empty-heading = まだ記録がありません
progress-empty-text = ルーティンを1つ完了すると、ここにカレンダーと連続記録が表示されます。休息日や行わなかった日は、そのときから数えます。
progress-empty-choose = ルーティンを選ぶ
progress-mornings-heading = 朝の痛みとこわばり
progress-checkin = 朝の体調チェック
progress-insight-heading = 就寝前のリラックスをした翌朝
progress-sleep-heading = 睡眠の記録
progress-sleep-insight-heading = 就寝前のリラックスをした夜の睡眠

progress-schedule-every-day = 毎日
progress-schedule-none = 曜日の指定なし
progress-schedule-weekdays = 平日
progress-meta = { $schedule } · { $today }
progress-today-done = 今日は完了
progress-today-rest = 今日は休息日
progress-today-pending = 今日は未完了
progress-today-unscheduled = 今日は予定なし
progress-current-streak = 現在の連続記録
progress-best-streak = 最長の連続記録
progress-streak-days = { $count }日
progress-habit-strength = 習慣の定着度
progress-last-30 = 直近の予定日30日分
progress-completion-none = まだ予定日が来ていません
progress-completion = { $total }日中{ $done }日完了（{ $percent }）{ $rest ->
        [0] {""}
       *[other] 、休息日{ $rest }日
    }
progress-weekly-goal = 週ごとの目標
progress-weekly = 今週は{ $goal }日中{ $done }日{ $weeks ->
        [0] {""}
       *[other] {" "}· { $weeks }週連続で目標達成
    }
progress-rest-button = 今日は休息日にする
progress-rest-button-label = { $name }：今日は休息日にする
progress-rest-undo = 休息日を取り消す
progress-rest-undo-label = { $name }の休息日を取り消す
progress-rest-available = 今月の休息日はあと{ $left }日です。休息日を取っても連続記録は途切れませんが、日数は増えません。
progress-rest-marked = 今日は休息日です。連続記録は途切れません。
progress-rest-limit = 今月の休息日（{ $limit }日）はすべて使いました。
progress-trend-none = 習慣の定着度はまだありません。
progress-trend-one = 習慣の定着度：{ $now }。
progress-trend = 習慣の定着度：{ $now }（{ $day }の{ $first }から）。

progress-insight-waiting = 前の晩に就寝前のリラックスをした朝と、しなかった朝がそれぞれ{ $needed }回記録されると、朝の痛みを比べられます。これまで：した朝{ $withCount }回、しなかった朝{ $withoutCount }回（直近{ $days }日）。
progress-insight = 就寝前のリラックスをした翌朝の痛み：平均{ $with }（{ $withCount }回の朝）。しなかった翌朝：{ $without }（{ $withoutCount }回の朝）。{ $comparison }
progress-insight-same = どちらもほぼ同じです。
progress-insight-lower = 就寝前のリラックスをした翌朝は、平均{ $diff }ポイント低くなっています。
progress-insight-higher = 就寝前のリラックスをした翌朝は、平均{ $diff }ポイント高くなっています。
progress-sleep-waiting = 就寝前のリラックスをした翌朝の体調チェックと、しなかった翌朝の体調チェックがそれぞれ{ $needed }回記録されると、睡眠の評価を比べられます。これまで：した日{ $withCount }回、しなかった日{ $withoutCount }回（直近{ $days }日）。
progress-sleep-insight = 就寝前のリラックスをした夜の睡眠：平均{ $with }/5（{ $withCount }夜）。しなかった夜：{ $without }（{ $withoutCount }夜）。{ $comparison }
progress-sleep-better = 就寝前のリラックスをした夜は、平均{ $diff }ポイントよくなっています。
progress-sleep-worse = 就寝前のリラックスをした夜は、平均{ $diff }ポイント悪くなっています。
progress-insight-days = 直近{ $days }日。
progress-insight-caveat = これらの平均は、ご自身の体調チェックの記録をまとめたもので、医学的な所見ではありません。睡眠、ストレス、前日の過ごし方も影響します。

# Safety text; back-translation into English: "You rated your lower-back pain 7 or more for { $mornings } mornings in a row ({ $from } to { $to })."
progress-flag-sustained = { $mornings }日続けて、朝の腰の痛みを7以上と記録しています（{ $from }〜{ $to }）。
# Safety text; back-translation into English: "Your average morning pain has gone up every week for three weeks: from { $first } (week of { $firstWeek }) to { $last } (week of { $lastWeek })."
progress-flag-rising = 朝の痛みの平均が3週間、毎週上がっています：{ $first }（{ $firstWeek }の週）から{ $last }（{ $lastWeek }の週）へ。
# Safety text; back-translation into English: "Your average morning pain has stayed at 4 or more every week for { $weeks } weeks: { $first } in the week of { $firstWeek }, { $last } in the week of { $lastWeek }."
progress-flag-steady = 朝の痛みの平均が{ $weeks }週間、毎週4以上のままです：{ $firstWeek }の週は{ $first }、{ $lastWeek }の週は{ $last }。
# Safety text; back-translation into English: "Worth consulting a professional"
progress-flag-heading = 専門家に相談することをおすすめします
# Safety text; back-translation into English: "{ $reason } Limber cannot tell what causes this. A doctor or physiotherapist can."
progress-flag-text = { $reason }Limberには、その原因はわかりません。医師や理学療法士ならわかります。
# Safety text; back-translation into English: "Signs that need help today"
progress-flag-urgent = 今日中に助けが必要なサイン
# Safety text; back-translation into English: "Stop any exercise that makes your symptoms worse."
progress-flag-stop = 症状が悪化するエクササイズは中止してください。
progress-flag-dismiss = このお知らせを閉じる

dose-heading = 運動量
dose-try = 新しい運動量を試す
dose-try-label = { $name }の新しい運動量を試す
dose-not-now = 今はしない
dose-not-now-label = 今はしない：{ $name }の運動量をそのままにする
# Safety text; back-translation into English: "Dose changes are paused: { $reason } While this continues, Limber suggests no change. Stop any exercise that makes your symptoms worse. What to do is in the notice at the top of this screen."
dose-paused = 運動量の変更を一時停止しています：{ $reason }この状態が続く間、Limberは変更を提案しません。症状が悪化するエクササイズは中止してください。どうすればよいかは、この画面の上部のお知らせにあります。
dose-changed = { $day }に変更しました。元に戻すと次の運動量になります：{ $doses }
dose-undo = 最後の運動量の変更を元に戻す
dose-undo-label = { $name }の最後の運動量の変更を元に戻す
dose-history = 運動量の履歴
dose-era-since = { $how }、{ $day }
dose-sessions-none = セッションはまだありません
dose-sessions = { $count }回のセッション：{ $days }
dose-sessions-range = { $first }〜{ $last }

heatmap-caption = { $name }のカレンダー。{ $summary }
heatmap-summary = 直近{ $weeks }週間：完了{ $done }日、{ $rest ->
        [0] {""}
       *[other] 休息日{ $rest }日、
    }未実施{ $missed }日。
heatmap-day = { $day }：{ $state }
heatmap-done = 完了
heatmap-rest = 休息日
heatmap-missed = 未実施
heatmap-pending = 今日、まだ
heatmap-unscheduled = 予定なし
heatmap-untracked = 開始前
heatmap-future = これから
heatmap-rest-symbol = 休
heatmap-legend = カレンダーの見方

chart-pain-axis = 0＝なし、10＝最悪
chart-pain = 痛み（実線）
chart-stiffness = こわばり（破線）
chart-wind-down = 前の晩に就寝前のリラックス（塗りつぶした点）
chart-morning = 朝のルーティンを完了（輪）
chart-none = 体調チェックの記録はまだありません。朝の体調チェックをすると、痛みとこわばりがここに表示されます。
chart-count = この期間の体調チェック：{ $count }回。
chart-latest = 最新（{ $day }）：痛み{ $pain }、こわばり{ $stiffness }。
chart-average = 直近30日の平均：痛み{ $pain }、こわばり{ $stiffness }。
chart-table-show = 最近の体調チェックを表で表示
chart-table-caption = 最近の体調チェック（新しい順）
chart-col-day = 日付
chart-col-pain = 痛み
chart-col-stiffness = こわばり
chart-col-wind-down = 前の晩のリラックス
chart-col-morning = 朝のルーティン
chart-yes = はい
chart-no = いいえ

sleep-axis = 1＝とても悪い、5＝とてもよい
sleep-line = 睡眠（線）
sleep-none = 睡眠の評価はまだありません。朝の体調チェックで睡眠について質問します。回答はここに表示されます。
sleep-count = この期間に評価した夜：{ $count }夜。
sleep-latest = 最新（{ $day }）：5段階中{ $quality }。
sleep-average = 直近30日の平均：5段階中{ $average }。

streaks-problem-boundary = 新しい一日の始まり：「{ $text }」は時刻ではありません。04:00のように入力してください。
