# “进展”页面上练习量建议的句子（Rust：limber_app::dose_words）。Limber 每周最多建议一次小调整，
# 只调整一个动作的练习量。语气平和：是建议，不是命令。$exercise 是动作名称，$routine 是练习名称。

# 练习量历史中的一条。$sides 在左右两侧各做时是 "each"，否则是 "none"。
dose-value-hold = “{ $exercise }”：保持 { $value } 秒
dose-value-reps = “{ $exercise }”：{ $sides ->
        [each] 每侧 { $value } 次
       *[none] { $value } 次
    }
dose-value-rounds = “{ $exercise }”：{ $value } 轮

# 调整后的练习量和原来的练习量。$to 是新的数字，$from 是原来的数字。
dose-change-hold = “{ $exercise }”：保持 { $to } 秒（原为 { $from } 秒）。
dose-change-reps = “{ $exercise }”：{ $sides ->
        [each] 每侧 { $to } 次
       *[none] { $to } 次
    }（原为 { $from } 次）。
dose-change-rounds = “{ $exercise }”：{ $to } 轮（原为 { $from } 轮）。

# 建议的原因，然后是可以尝试的调整。两部分都是下面的消息。
dose-why = { $reason }。可以试试{ $step }。
# $days 是 bedtime、morning 或 anytime（练习的时间段）。
dose-because-run = { $days ->
        [bedtime] 最近 { $planned } 个晚上里，你有 { $finished } 个晚上完成了练习
        [morning] 最近 { $planned } 个早晨里，你有 { $finished } 个早晨完成了练习
       *[anytime] 最近 { $planned } 个计划日里，你有 { $finished } 天完成了练习
    }，腰背感觉差不多或更好了
# $before 和 $after 是满分 10 分的平均值（一位小数）。
dose-because-rising = { $measure ->
        [after-sessions] 最近做完这个练习后，你的腰背感觉更差了
        [morning-pain] 最近早晨你的腰背更痛了
       *[morning-stiffness] 最近早晨你的腰背更僵硬了
    }（满分 10 分，平均从 { $before } 升到 { $after }）
dose-because-skipped = 在最近 { $of } 次练习中，你有 { $sessions } 次跳过了“{ $exercise }”的一部分
# 可以尝试的调整；动作名称显示在下一行，这里不重复。
dose-step-hold-up = 每次保持延长 { $by } 秒
dose-step-hold-down = 每次保持缩短 { $by } 秒
dose-step-reps-up = { $sides ->
        [each] 每侧多做 { $by } 次
       *[none] 多做 { $by } 次
    }
dose-step-reps-down = { $sides ->
        [each] 每侧少做 { $by } 次
       *[none] 少做 { $by } 次
    }
dose-step-rounds-up = 多做 { $by } 轮
dose-step-rounds-down = 少做 { $by } 轮

# 现在没有建议的原因。$day 是 date-long。
dose-quiet-answered = 每周最多调整一次：下一次建议最早会在{ $day }出现。
dose-quiet-little-history = 练习记录和晨间状态记录还不够，暂时无法建议调整：请继续练习，并在每次练习后回答“你的腰背现在感觉怎么样？”。
dose-quiet-building = 最近 { $planned } 个计划日中已完成 { $finished } 天：在 { $days } 个计划日中完成 { $needed } 天后，Limber 可能会建议稍微多做一点。
dose-quiet-not-settled = 练习量保持不变：{ $measure ->
        [after-sessions] 练习后的腰背感觉
        [morning-pain] 早晨的腰背疼痛
       *[morning-stiffness] 早晨的僵硬程度
    }平均从 { $before } 变为 { $after }，所以现在不是增加练习量的时候。
dose-quiet-at-limit = 每个可以调整的练习量都已到达安全范围的边缘：练习量保持不变。

dose-copy-note = “{ $routine }”是内置练习：接受后会用新的练习量创建一个你自己的副本，由它接管原练习的提醒、目标和历史。

# $doses 是 dose-change-* 的句子；$day 是 date-long；$copy 是新副本的名称。
dose-accepted = 从下次练习开始：{ $doses }
dose-accepted-copy = 从下次练习开始：{ $doses }Limber 已用新的练习量为“{ $routine }”创建了你自己的副本，名为“{ $copy }”：提醒、每周目标和历史都转到副本上，原练习保持不变。
dose-declined = 练习量保持不变。在{ $day }之前，Limber 不会再建议调整这个练习。
dose-undone = 已撤销。从下次练习开始：{ $doses }

dose-refused-not-offered = 这个建议已失效：在它显示之后，你的练习记录或状态记录有了变化。没有做任何更改。
dose-refused-nothing-to-undo = 这个练习没有可以撤销的练习量调整。
dose-refused-stale = 这个建议已不适合“{ $routine }”：建议提出后，这个练习被修改过。没有做任何更改。
dose-refused-range = 这项调整会让“{ $exercise }”超出安全范围。没有做任何更改。

# 练习量历史中每一段的开始（在 dose-era-since 中后面跟日期）。
dose-era-start = 初始练习量
dose-era-step-up = 按建议增加
dose-era-step-down = 按建议减少
dose-era-undo = 撤销了调整
