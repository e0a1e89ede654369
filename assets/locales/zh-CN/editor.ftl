# 练习编辑器。$name 和 $exercise 是练习和动作的名称（内容，或用户自己输入的文字），原样插入。
# 编辑器在字段旁显示的问题文字来自 Limber 的核心。

editor-title-loading = 练习
editor-title-new = 新建练习
editor-title-edit = 编辑练习
editor-back = 返回
editor-loading = 正在加载…
editor-about = 关于此练习
# 两个屏幕部分：原练习的名称在 $name 处以粗体显示。
editor-copy-of = { $name }的副本；原练习不会改变。
editor-reset = 恢复为“{ $name }”
editor-name = 名称
editor-description = 用途
editor-when = 时间
editor-when-bedtime = 睡前
editor-when-morning = 早晨
editor-when-anytime = 随时

## 练习中的动作。

editor-exercises = 动作
editor-empty = { $count ->
        [0] 还没有动作。请从列表中添加。
       *[other] 还没有动作。请从 { $count } 个动作的列表中添加。
    }
editor-order-hint = 拖动动作的把手，或使用“上移”和“下移”调整顺序。留空的字段使用动作的默认值。
editor-drag = 拖动以调整顺序
editor-about-length = 约 { $duration }
editor-move-up = 上移
editor-move-up-label = 上移“{ $exercise }”
editor-move-down = 下移
editor-move-down-label = 下移“{ $exercise }”
editor-remove = 移除
editor-remove-label = 移除“{ $exercise }”
editor-hold = 保持（秒）
editor-reps = 次数
editor-rounds = 轮数
editor-pace = 节奏（每个动作秒数）
editor-sides = 左右侧
editor-rest-after = 之后休息（秒）
editor-sides-none = 不分左右
editor-sides-each = 先做一侧，再做另一侧
editor-sides-alternate = 左右交替
editor-sides-default = { $sides ->
        [none] 默认（不分左右）
        [each] 默认（先做一侧，再做另一侧）
       *[alternate] 默认（左右交替）
    }
editor-default = 默认 { $value }
editor-not-a-number = 请输入整数，或留空以使用默认值。

## 动作选择器。

editor-add-heading = 添加动作
editor-search = 搜索动作
editor-area = 身体部位
editor-all-areas = 所有部位
editor-where = 地点
editor-anywhere = 任何地方
editor-choice-meta = { $area } · { $position } · 约 { $duration }
editor-add = 添加
editor-add-label = 添加“{ $exercise }”
editor-shown-all = { $total } 个动作
editor-shown-none = 没有匹配的动作；请清除搜索或某个筛选条件。
editor-shown-some = 显示 { $total } 个动作中的 { $shown } 个

## 作为文件的练习。

editor-file-heading = 此练习
editor-file-hint = 分享它、将副本保存为文件，或删除它。删除后，它过去的练习记录仍保留在你的历史中。
editor-save-to-export = 请先保存更改，再导出。
editor-export = 导出到文件…
editor-delete = 删除练习
editor-delete-question = 要删除“{ $name }”吗？它过去的练习记录会保留在你的历史中。
editor-delete-yes = 是，删除
editor-delete-keep = 保留
editor-leave-question = 不保存就离开吗？你的更改将会丢失。
editor-leave-yes = 不保存并离开
editor-leave-keep = 继续编辑

## 底部栏。

editor-total = 约 { $duration } · { $count } 个动作
editor-problems = 保存前还有 { $count } 处需要修正。
editor-not-saved = 尚未保存。
editor-saved = 已保存。
editor-save = 保存练习
editor-start = 开始

## 编辑后屏幕阅读器读出的内容。

editor-added = 已添加“{ $exercise }”。{ $total }。
editor-removed = 已移除“{ $exercise }”。
editor-moved = “{ $exercise }”现在是第 { $position } 个，共 { $count } 个。
editor-the-exercise = 该动作
editor-reset-done = “{ $name }”的动作已恢复。保存后才会保留。
editor-reset-done-unnamed = 原练习的动作已恢复。保存后才会保留。
editor-saved-as = 已保存“{ $name }”。它和其他练习一起显示在“今天”页面上。

routine-exported = 已将“{ $name }”保存到 { $path }。
routine-import-refused = 未导入任何内容：{ $file } 中有 { $problems } 个问题。
routine-imported = 已导入“{ $name }”。
routine-imported-restored = 已导入“{ $name }”；它以前的练习记录已回到历史中。
routine-imported-copy = 已将“{ $name }”作为新练习导入，因为这里已有一个相同 ID 的练习。
editor-filter-routine = Limber 练习

routine-new-name = 我的练习
routine-new-description = 我自己组合的一套练习。
routine-copy-of-own = { $name }（副本）
