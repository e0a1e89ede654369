status-weekday = { $day ->
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
}
status-month = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
# $month 已包含“月”字，如“11月”。
status-date = { $month }{ $day }日
status-today = 今天
status-tomorrow = 明天
status-yesterday = 昨天
# “星期一深夜”：星期一晚上到星期二凌晨。
status-night = { $weekday }深夜
status-at = { $day } { $time }
status-after-midnight = { $day } { $time }
status-first-use = { $day }，{ $time } 之后首次使用时
status-snoozed = 已推迟到 { $time }
status-now = 现在
status-quiet-hours-end = 免打扰时段结束时（{ $time }）
status-minutes = { $minutes } 分钟
status-days = { $days } 天
status-rule-at = { $time }
status-rule-bedtime = 就寝时间 { $time } 前 { $minutes } 分钟
status-rule-first-use = { $time } 之后首次使用时

status-tray-paused = 今天的提醒已暂停
status-tray-next = 下次：{ $routine }，{ $when }
status-tray-none = 未设置提醒
status-tray-no-streak = 暂无连续天数
status-tray-streak = 连续天数：{ $streaks }
status-tray-streak-item = { $routine } { $days }

status-cli-now = Limber，{ $year }年{ $month }{ $day }日 { $weekday } { $time }（{ $zone }）
status-cli-paused = 今天的提醒已暂停。
status-cli-next = 下次提醒：{ $routine }，{ $when }
status-cli-next-none = 下次提醒：未设置
status-cli-no-reminder = 无提醒
status-cli-reminder-off = 提醒已关闭
status-cli-reminder-next = 下次提醒：{ $when }
status-cli-reminder-next-rule = 下次提醒：{ $when }（{ $rule }）
status-cli-reminder-none-upcoming = 没有即将到来的提醒（{ $rule }）
status-cli-today = 今天：{ $done ->
    [yes] 已完成
   *[no] 尚未完成
}{ $reminder ->
    [sent] ；已发出提醒
    [missed] ；提醒未能按时显示
   *[none] {""}
}
status-cli-streak = 连续天数：{ $days }（最长 { $best } 天）
status-cli-folder = 文件夹：{ $folder }
status-cli-details = （详细信息：{ $detail }。）
status-tray-streak-separator = 、
status-cli-routine = { $routine }（{ $minutes }）
