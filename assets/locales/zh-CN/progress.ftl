# 进展页面：练习卡片（连续天数、习惯强度、日历、休息日）、练习量面板、警示信号提示、
# 早晨图表和睡前放松的分析。

progress-heading = 进展
progress-today-is = 今天是 { $day }
progress-loading = 正在加载…
progress-paused-heading = 练习量调整已暂停
# Safety text; back-translation into English: "{ reason } As long as your check-ins show this, Limber will not suggest changing any routine."
progress-paused-text = { $reason }只要你的状态记录显示这种情况，Limber 就不会建议更改任何练习。
progress-empty-heading = 还没有可统计的内容
progress-empty-text = 完成一次练习后，它的日历和连续天数就会从这里开始。休息日和错过的日子也从那时开始计算。
progress-empty-choose = 选择练习
progress-mornings-heading = 早晨的疼痛和僵硬
progress-checkin = 晨间状态记录
progress-insight-heading = 睡前放松后的早晨
progress-sleep-heading = 你的睡眠情况
progress-sleep-insight-heading = 睡前放松后的睡眠

# 练习卡片。日程行：“每天 · 今天已完成”；$days 是星期简称的列表。
progress-schedule-every-day = 每天
progress-schedule-none = 未安排任何日期
progress-schedule-weekdays = 工作日
progress-meta = { $schedule } · { $today }
progress-today-done = 今天已完成
progress-today-rest = 今天是休息日
progress-today-pending = 今天尚未完成
progress-today-unscheduled = 今天未安排
progress-current-streak = 当前连续天数
progress-best-streak = 最长连续天数
progress-streak-days = { $count } 天
progress-habit-strength = 习惯强度
progress-last-30 = 最近 30 个计划日
progress-completion-none = 还没有已过去的计划日
progress-completion = 完成 { $done }/{ $total }（{ $percent }）{ $rest ->
        [0] {""}
       *[other] ，休息日 { $rest } 天
    }
progress-weekly-goal = 每周目标
progress-weekly = 本周 { $done }/{ $goal } 天{ $weeks ->
        [0] {""}
       *[other] {" "}· 已连续 { $weeks } 周达成目标
    }
progress-rest-button = 今天休息
progress-rest-button-label = “{ $name }”今天休息
progress-rest-undo = 撤销休息日
progress-rest-undo-label = 撤销“{ $name }”的休息日
progress-rest-available = 本月还剩 { $left } 个休息日。休息日能保持连续天数，但不会增加天数。
progress-rest-marked = 今天是休息日。你的连续天数会保持。
progress-rest-limit = 本月的 { $limit } 个休息日已用完。
# 习惯强度曲线的文字说明。$now 和 $first 是百分比，$day 是简短日期（“3月3日”）。
progress-trend-none = 还没有习惯强度。
progress-trend-one = 习惯强度 { $now }。
progress-trend = 习惯强度 { $now }，{ $day }时为 { $first }。

# 睡前放松的分析。$with 和 $without 是保留一位小数的平均值；$comparison 是下面的某一句；$diff 保留一位小数。
progress-insight-waiting = 等到前一晚做了睡前放松的早晨有 { $needed } 个、没做的早晨也有 { $needed } 个之后，你就能比较早晨的疼痛。目前：做了 { $withCount } 个，没做 { $withoutCount } 个（最近 { $days } 天）。
progress-insight = 睡前放松后的早晨疼痛：平均 { $with }（{ $withCount } 个早晨）。没有放松时：{ $without }（{ $withoutCount } 个早晨）。{ $comparison }
progress-insight-same = 两种情况差不多。
progress-insight-lower = 睡前放松后平均低 { $diff } 分。
progress-insight-higher = 睡前放松后平均高 { $diff } 分。
progress-sleep-waiting = 等到睡前放松后的状态记录有 { $needed } 条、没有放松的也有 { $needed } 条之后，你就能看到两种情况下你对睡眠的评分。目前：做了 { $withCount } 条，没做 { $withoutCount } 条（最近 { $days } 天）。
progress-sleep-insight = 睡前放松后的睡眠：平均评分 { $with }/5（{ $withCount } 晚）。没有放松时：{ $without }（{ $withoutCount } 晚）。{ $comparison }
progress-sleep-better = 睡前放松后平均高 { $diff } 分。
progress-sleep-worse = 睡前放松后平均低 { $diff } 分。
progress-insight-days = 最近 { $days } 天。
# Safety text; back-translation into English: "These averages describe your own check-ins; they are not a medical conclusion. Sleep, stress and the previous day also have an effect."
progress-insight-caveat = 这些平均值描述的是你自己的状态记录，不是医学结论。睡眠、压力和前一天的情况也会有影响。

# 警示信号提示出现的原因，来自用户自己的状态记录。$from、$to 和各周是简短日期（“3月3日”）；
# $first 和 $last 是保留一位小数的平均值，某周没有记录时为“–”。
# Safety text; back-translation into English: "For { mornings } mornings in a row ({ from } to { to }) you rated your back pain 7 or higher."
progress-flag-sustained = 你已连续 { $mornings } 个早晨（{ $from }至{ $to }）将腰背疼痛评为 7 分或更高。
# Safety text; back-translation into English: "For three weeks your average morning pain has risen every week, from { first } (week starting { firstWeek }) to { last } (week starting { lastWeek })."
progress-flag-rising = 三周以来，你早晨的平均疼痛每周都在上升，从 { $first }（{ $firstWeek }开始的一周）升到 { $last }（{ $lastWeek }开始的一周）。
# Safety text; back-translation into English: "For { weeks } weeks your average morning pain has stayed at 4 or higher every week: { first } in the week starting { firstWeek }, { last } in the week starting { lastWeek }."
progress-flag-steady = { $weeks } 周以来，你早晨的平均疼痛每周都保持在 4 分或更高：{ $firstWeek }开始的一周为 { $first }，{ $lastWeek }开始的一周为 { $last }。
# Safety text; back-translation into English: "It is worth talking with a professional"
progress-flag-heading = 值得找专业人士谈谈
# Safety text; back-translation into English: "{ reason } Limber cannot judge what is behind this; a doctor or physiotherapist can."
progress-flag-text = { $reason }Limber 无法判断背后的原因；医生或物理治疗师可以。
# Safety text; back-translation into English: "Signs that need help today"
progress-flag-urgent = 需要今天就寻求帮助的信号
# Safety text; back-translation into English: "Stop any exercise that makes your symptoms worse."
progress-flag-stop = 如果某个动作让你的症状加重，请停止这个动作。
progress-flag-dismiss = 关闭此提示

# 练习卡片上的练习量面板。建议的理由和练习量本身来自别处。
dose-heading = 练习量
dose-try = 试试新的练习量
dose-try-label = 试试“{ $name }”的新练习量
dose-not-now = 暂不
dose-not-now-label = 暂不：保留“{ $name }”的练习量
# Safety text; back-translation into English: "Dose changes are paused: { reason } While this continues, Limber does not suggest changes; stop any exercise that makes your symptoms worse. What to do is in the notice at the top of this page."
dose-paused = 练习量调整已暂停：{ $reason }在此期间，Limber 不会建议任何更改；如果某个动作让你的症状加重，请停止这个动作。该怎么做，请看本页顶部的提示。
dose-changed = 更改于 { $day }。撤销后将恢复：{ $doses }
dose-undo = 撤销上一次练习量更改
dose-undo-label = 撤销“{ $name }”上一次的练习量更改
dose-history = 练习量历史
dose-era-since = { $how }，{ $day }
dose-sessions-none = 还没有练习记录
dose-sessions = { $count } 次练习：{ $days }
dose-sessions-range = { $first }至{ $last }

# 日历热图。单元格的文字：“2025年3月3日星期一：已完成”。
heatmap-caption = “{ $name }”的日历。{ $summary }
heatmap-summary = 最近 { $weeks } 周：完成 { $done } 天，{ $rest ->
        [0] {""}
       *[other] 休息 { $rest } 天，
    }错过 { $missed } 天。
heatmap-day = { $day }：{ $state }
heatmap-done = 已完成
heatmap-rest = 休息日
heatmap-missed = 错过
heatmap-pending = 今天，尚未完成
heatmap-unscheduled = 未安排
heatmap-untracked = 开始使用之前
heatmap-future = 尚未到来
# 休息日单元格中（颜色旁）画的符号：一个字。
heatmap-rest-symbol = 休
heatmap-legend = 日历图例

# 早晨疼痛图表、它的文字说明和表格。
chart-pain-axis = 0 = 无，10 = 最剧烈
chart-pain = 疼痛（实线）
chart-stiffness = 僵硬（虚线）
chart-wind-down = 前一晚做了睡前放松（实心点）
chart-morning = 完成了晨间练习（圆环）
chart-none = 还没有状态记录。做完晨间状态记录后，你的疼痛和僵硬程度会显示在这里。
chart-count = 此期间共 { $count } 条状态记录。
chart-latest = 最近一次，{ $day }：疼痛 { $pain }，僵硬 { $stiffness }。
chart-average = 最近 30 天平均：疼痛 { $pain }，僵硬 { $stiffness }。
chart-table-show = 以表格显示最近的状态记录
chart-table-caption = 最近的状态记录，最新的在前
chart-col-day = 日期
chart-col-pain = 疼痛
chart-col-stiffness = 僵硬
chart-col-wind-down = 前一晚睡前放松
chart-col-morning = 晨间练习
chart-yes = 是
chart-no = 否

# 睡眠图表和它的文字说明。
sleep-axis = 1 = 很差，5 = 很好
sleep-line = 睡眠（线）
sleep-none = 还没有睡眠评分。晨间状态记录会问你睡得怎么样；你的回答会显示在这里。
sleep-count = 此期间共评了 { $count } 晚。
sleep-latest = 最近一次，{ $day }：{ $quality }/5。
sleep-average = 最近 30 天平均：{ $average }/5。

streaks-problem-boundary = 新的一天开始于：“{ $text }”不是有效的时间；请按 04:00 这样的格式输入。
