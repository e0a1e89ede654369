# 练习的问题，显示在练习编辑器中出错的字段旁边，导入练习文件时也会显示。修正之前不会保存。简短、直白。
# $field 是 name（名称）或 description（用途）；$max 和 $got 是数字。

# 练习的 ID，只有手工编写的文件才会出错；$id 是文件中的值。
rule-id-not-kebab = 练习的 ID“{ $id }”必须由连字符连接的小写单词组成。
rule-id-too-long = 练习的 ID 最多 { $max } 个字符。
rule-empty = { $field ->
        [name] 请给练习起个名字。
       *[description] 请简短写一下用途。
    }
rule-too-long = { $field ->
        [name] 名称最多 { $max } 个字符，现在有 { $got } 个。
       *[description] 用途最多 { $max } 个字符，现在有 { $got } 个。
    }
rule-control-characters = { $field ->
        [name] 名称不能包含制表符或换行符。
       *[description] 用途不能包含制表符或换行符。
    }
rule-direction-marks = { $field ->
        [name] 名称不能包含不可见的文字方向标记。
       *[description] 用途不能包含不可见的文字方向标记。
    }
rule-angle-brackets = { $field ->
        [name] 名称不能包含 < 或 >。
       *[description] 用途不能包含 < 或 >。
    }
rule-no-exercises = 请至少添加一个动作。
rule-too-many-exercises = 一个练习最多只能有 { $max } 个动作；这个练习有 { $got } 个。
# $id 是 Limber 不认识的动作 ID。
rule-unknown-exercise = Limber 没有“{ $id }”这个动作。
# 超出范围的练习量。
rule-dose-range = { $field ->
        [holdSecs] 保持时间必须在 { $min } 到 { $max } 秒之间。
        [reps] 次数必须在 { $min } 到 { $max } 之间。
        [rounds] 轮数必须在 { $min } 到 { $max } 之间。
        [paceSecs] 每个动作的用时必须在 { $min } 到 { $max } 秒之间。
       *[restAfterSecs] 动作之后的休息必须在 { $min } 到 { $max } 秒之间。
    }
rule-no-hold = “{ $exercise }”没有可以调整的保持。
rule-no-pace = “{ $exercise }”没有可以设定节奏的计时动作。
# $minutes 是练习需要的时长。
rule-too-long-to-do = 这个练习需要 { $minutes } 分钟；最长允许 { $max } 分钟。
