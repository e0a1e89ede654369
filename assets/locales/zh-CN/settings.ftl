settings-saved = 已保存。

## 你的计划和睡眠指南

guide-heading = 你的计划和睡眠指南
guide-plan-label = 计划中的练习
guide-no-reminder = 计划中没有提醒。
guide-plan-hint = 这些是你的计划建议的提醒；可以在“提醒”中更改时间。
guide-no-plan = 你还没有设置计划。
guide-run-again = 重新进行首次设置
guide-set-up = 设置我的计划
guide-position-legend = 我通常的睡姿
guide-checklists-legend = 睡前练习之前
guide-wind-down-checklist = 显示晚间放松清单
guide-setup-checklist = 显示今晚的睡眠环境清单

sleep-position-side = 侧睡
sleep-position-back = 仰睡
sleep-position-stomach = 趴睡
sleep-position-varies = 不固定

plan-reminder-bedtime = 提醒：{ $time }（就寝前 { $lead } 分钟），{ $days }。
plan-reminder-fixed = 提醒：{ $time }，{ $days }。
plan-reminder-first-use = 提醒：{ $time } 之后首次使用电脑时，{ $days }。
plan-days-every-day = 每天
plan-days-weekdays = 工作日
plan-days-weekends = 周末
plan-days-none = 未选择任何日期
plan-days-some = { $days }

## 声音

sound-heading = 声音
sound-unavailable = { $reason }练习仍会照常进行，只是在有可用的声音输出之前不会发声。
sound-play = 练习时播放声音
sound-tones-volume = 提示音音量
sound-volume-value = 百分之{ $percent }
sound-test = 测试声音
sound-coach-legend = 语音教练
sound-coach-off = 关闭
sound-coach-off-hint = 仅提示音。
sound-coach-cues = 仅提示
sound-coach-cues-hint = 播报每个动作，倒数“3、2、1”，并提示“换边”“休息”“过半了”“最后一次”和“做得好”。
sound-coach-full = 完整指导
sound-coach-full-hint = 还会讲解每个动作的做法、计数，并提示何时吸气和呼气：闭着眼睛也能跟着做。
sound-voice-volume = 语音音量
sound-test-voice = 测试语音
sound-gentle-at-night = 睡前使用更柔和的声音：在睡前练习中语速更慢、音量更低
sound-test-night-voice = 测试睡前语音
sound-loading = 正在加载…

## 外观

appearance-heading = 外观
appearance-theme-legend = 主题
appearance-theme-system = 跟随系统
appearance-theme-system-hint = 根据桌面设置显示浅色或深色。
appearance-theme-light = 浅色
appearance-theme-light-hint = 浅色背景上的深色文字。
appearance-theme-dark = 深色
appearance-theme-dark-hint = 深色背景上的浅色文字。
appearance-theme-night = 夜间
appearance-theme-night-hint = 全天昏暗温暖，蓝光很少。
appearance-night-after-bedtime = 就寝后使用夜间外观
appearance-night-when = 从你的睡前提醒（{ $from }）到新的一天开始（{ $until }）。
appearance-night-needs-reminder = 请先为睡前练习设置提醒：夜间外观会在提醒时间开始。
appearance-night-on = 已过就寝时间：夜间外观已开启。

## 连续天数和目标

streaks-heading = 连续天数和目标
streaks-day-boundary = 新的一天开始于
streaks-day-boundary-hint = 在此时间之前完成的睡前放松，算作前一晚。可设在 00:00 到 { $latest } 之间。
streaks-rest-days = 每项练习每月允许的休息日
streaks-rest-days-hint = 休息日能让连续天数不中断，但不会增加天数。
streaks-goals-legend = 每周目标
streaks-goals-hint = 可选：你计划每周练习几天。休息日也计入目标。
streaks-no-goal = 无目标
streaks-goal-days = 7 天中的 { $days } 天
streaks-save = 保存连续天数设置

sound-off-because = 声音不可用：{ $cause }。
sound-cause-no-device = 没有找到声音设备
sound-cause-device-lost = 声音设备停止工作了
sound-cause-thread = 声音线程无法启动
sound-cause-opening = 声音输出仍在打开中
sound-invalid-volume = 音量必须是 0 到 1 之间的数字，而不是 { $volume }。
sound-invalid-voice-volume = 语音音量必须是 0 到 1 之间的数字，而不是 { $volume }。
