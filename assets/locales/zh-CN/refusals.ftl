# 连续天数设置和休息日不接受的值，不做任何更改。$got 是收到的值；$latest 是 24 小时制时间，如 06:00。
streak-refused-boundary-time = 新一天的开始时间必须写成 04:00 这样的格式（收到的是“{ $got }”）。
streak-refused-boundary-late = 新一天必须在 00:00 到 { $latest } 之间开始（收到的是 { $got }）。
streak-refused-rest-days = 每月休息日必须在 0 到 { $max } 天之间（收到的是 { $got }）。
# $routine 是设置文件中练习的 ID。
streak-refused-unknown-routine = 没有名为“{ $routine }”的练习，无法为它设置目标。
streak-refused-goal = 每周目标必须在 { $min } 到 { $max } 天之间（收到的是 { $got }）。
rest-day-refused-already = 今天已经是休息日了。
# $limit 是每月允许的休息日天数。
rest-day-refused-limit = { $limit ->
        [0] 这个练习每月的休息日设为 0 天。
       *[other] 你已用完这个练习本月的 { $limit } 个休息日。
    }

# 练习无法开始（Rust：练习进行程序）。$routine 是练习名称。
session-refused-running = “{ $routine }”仍在进行：请先停止它，再开始另一个练习。
session-refused-unsuitable = 根据你在设置问题中的回答，“{ $routine }”中的每个动作都已为你略过。你可以在“设置”中通过“{ guide-run-again }”更改回答。
session-refused-none = 没有正在进行的练习。
# 练习后对“你的腰背现在感觉怎么样？”的回答超出范围。
session-refused-feel = 回答必须在 { $min } 到 { $max } 之间（收到的是 { $got }）。
# 练习编辑器的保存和删除被拒绝，没有做任何更改。
routine-refused-built-in = 内置练习无法更改；请复制一份，做成你自己的练习。
routine-refused-built-in-delete = 内置练习无法删除。
routine-refused-not-a-copy = 这个练习不是从内置练习复制来的，所以没有可以恢复的原版。
routine-refused-problems = 练习未保存：请先修正显示的 { $count } 个问题。
# 首次设置的计划中一天也没有选。
plan-refused-no-days = 请为你的练习至少选择一天。

session-refused-command = { $state ->
        [not-started] 练习还没有开始。
        [started] 练习已经开始了。
        [paused] 练习已经暂停了。
        [not-paused] 练习没有暂停。
        [over] 练习已经结束了。
       *[nothing-to-extend] 这一步没有可以延长的保持或休息。
    }
routine-refused-edit = 这项修改已经不适用于这个练习了。没有做任何修改。
language-refused-unknown = Limber 不支持“{ $tag }”。
