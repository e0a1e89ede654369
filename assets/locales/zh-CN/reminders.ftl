reminders-heading = 提醒
reminders-paused = 今天的提醒已暂停。
reminders-next = 下次提醒：{ $routine }，{ $when }。
reminders-none-on = 没有开启任何提醒。
reminders-saved-next = 已保存。下次提醒：{ $routine }，{ $when }。
reminders-saved-none = 已保存。没有开启任何提醒。
reminders-pause-today = 今天暂停提醒
reminders-resume-today = 今天恢复提醒
reminders-routine-done-today = 今天已完成。
reminders-routine-next = 下次：{ $when }。

reminders-remind-me = 提醒我
reminders-remind-me-about = 提醒我做“{ $name }”
reminders-when = 时间
reminders-when-for = 何时提醒“{ $name }”
reminders-kind-bedtime = 就寝时间之前
reminders-kind-fixed = 固定时间
# 后面的时间框（此时间之后）填写具体时间。
reminders-kind-first-use = 某时间之后首次使用电脑时
reminders-time-bedtime = 就寝时间
reminders-time-bedtime-for = “{ $name }”的就寝时间
reminders-time-fixed = 时间
reminders-time-fixed-for = “{ $name }”的时间
reminders-time-after = 此时间之后
reminders-time-after-for = “{ $name }”：此时间之后
reminders-lead = 就寝前分钟数
reminders-lead-for = “{ $name }”：就寝前分钟数
reminders-days = 星期
reminders-days-for = “{ $name }”的星期
reminders-day-for = “{ $name }”：{ $day }

reminders-shared-legend = 适用于所有提醒
reminders-grace = 最多延迟多少分钟仍然提醒
reminders-snooze = 稍后提醒的时长（分钟）
reminders-grace-hint = 电脑睡眠期间错过的提醒，如果延迟不超过这个时间，会在唤醒时出现；否则将被跳过。
reminders-quiet-hours = 免打扰时段
reminders-quiet-from = 从
reminders-quiet-until = 到
reminders-save = 保存提醒
reminders-start-at-login = 登录时启动 Limber，以便接收提醒

reminders-problem-time = { $name }：“{ $text }”不是有效的时间；请按 22:30 这样的格式输入。
reminders-problem-days = { $name }：请至少选择一天。
reminders-problem-lead = { $name }：就寝前分钟数必须是 0 到 720 之间的整数。
reminders-problem-snooze = 稍后提醒的时长必须是 1 到 120 之间的整数（分钟）。
reminders-problem-grace = 提醒最多可延迟的时间必须是 0 到 720 之间的整数（分钟）。
reminders-problem-quiet-start = 免打扰时段：“{ $text }”不是有效的时间；请按 22:30 这样的格式输入。
reminders-problem-quiet-end = 免打扰时段：“{ $text }”不是有效的时间；请按 07:00 这样的格式输入。
reminders-problem-quiet-same = 免打扰时段的开始时间和结束时间必须不同。

reminders-night-at-fixed = { $time }
reminders-night-at-first-use = { $time } 之后首次使用电脑时
reminders-night-every = { $time } 已过午夜，因此算作前一晚：每晚，也就是次日 { $at }。
reminders-night-some = { $time } 已过午夜，因此算作前一晚：{ $nights }的夜里，也就是{ $mornings } { $at }。
