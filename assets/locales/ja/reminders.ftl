reminders-heading = リマインダー
reminders-paused = 今日のリマインダーは一時停止中です。
reminders-next = 次のリマインダー：{ $routine }、{ $when }。
reminders-none-on = オンになっているリマインダーはありません。
reminders-saved-next = 保存しました。次のリマインダー：{ $routine }、{ $when }。
reminders-saved-none = 保存しました。オンになっているリマインダーはありません。
reminders-pause-today = 今日のリマインダーを一時停止
reminders-resume-today = 今日のリマインダーを再開
reminders-routine-done-today = 今日は完了しました。
reminders-routine-next = 次回：{ $when }。

reminders-remind-me = 通知する
reminders-remind-me-about = { $name }について通知する
reminders-when = タイミング
reminders-when-for = { $name }の通知タイミング
reminders-kind-bedtime = 就寝時刻の前
reminders-kind-fixed = 決まった時刻
# 次の欄（この時刻以降）に時刻を入れます。
reminders-kind-first-use = 指定時刻以降、初めてパソコンを使ったとき
reminders-time-bedtime = 就寝時刻
reminders-time-bedtime-for = { $name }の就寝時刻
reminders-time-fixed = 時刻
reminders-time-fixed-for = { $name }の時刻
reminders-time-after = この時刻以降
reminders-time-after-for = { $name }：この時刻以降
reminders-lead = 就寝時刻の何分前
reminders-lead-for = { $name }：就寝時刻の何分前
reminders-days = 曜日
reminders-days-for = { $name }の曜日
reminders-day-for = { $name }：{ $day }

reminders-shared-legend = すべてのリマインダーに共通
reminders-grace = この分数までの遅れなら通知する
reminders-snooze = スヌーズの長さ（分）
reminders-grace-hint = パソコンのスリープ中に逃したリマインダーは、遅れがこの時間以内なら復帰時に届きます。それより遅い場合は省略されます。
reminders-quiet-hours = 通知しない時間帯
reminders-quiet-from = 開始
reminders-quiet-until = 終了
reminders-save = リマインダーを保存
reminders-start-at-login = リマインダーが届くように、ログイン時にLimberを起動する

reminders-problem-time = { $name }：「{ $text }」は時刻ではありません。22:30のように入力してください。
reminders-problem-days = { $name }：曜日を1つ以上選んでください。
reminders-problem-lead = { $name }：就寝時刻の何分前かは、0〜720の整数で入力してください。
reminders-problem-snooze = スヌーズの長さは、1〜120の整数（分）で入力してください。
reminders-problem-grace = 遅れて通知できる時間は、0〜720の整数（分）で入力してください。
reminders-problem-quiet-start = 通知しない時間帯：「{ $text }」は時刻ではありません。22:30のように入力してください。
reminders-problem-quiet-end = 通知しない時間帯：「{ $text }」は時刻ではありません。07:00のように入力してください。
reminders-problem-quiet-same = 通知しない時間帯の開始と終了は、別の時刻にしてください。

reminders-night-at-fixed = { $time }
reminders-night-at-first-use = { $time }以降に初めて使ったとき
reminders-night-every = { $time }は午前0時を過ぎているので、前の晩の分として数えます。毎晩、つまり翌日の{ $at }です。
reminders-night-some = { $time }は午前0時を過ぎているので、前の晩の分として数えます。{ $nights }の夜、つまり{ $mornings }の{ $at }です。
