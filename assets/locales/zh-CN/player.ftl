# 播放器：人们躺在地板上或床上，用余光跟着看的画面。简短、平静。
# 练习和动作的名称（$routine、$exercise）来自内容，原样插入。

## 练习开始之前。

player-back-home = ← 返回
player-exercises-label = 此练习中的动作
# Safety text; back-translation into English: "Movements should be slow and gentle. If a movement makes the pain worse, or makes the pain spread down along a leg, stop this movement."
player-safety = 动作要慢、要轻。如果某个动作让疼痛加重，或让疼痛沿腿向下蔓延，请停止这个动作。
player-help = 何时需要寻求帮助
player-not-for-you = 根据你在设置问题中的回答，此练习中的每个动作都已为你略过。你可以在“设置”中通过“{ guide-run-again }”更改回答。
player-start = 开始
player-loading = 正在加载…
player-sound-note = { $reason }练习将在无声状态下进行。

## 练习进行中。

player-in-progress = “{ $routine }”进行中
player-progress = 练习进度
player-time-left = 此步骤还剩 { $seconds } 秒
player-breathe-in = 吸气
player-breathe-out = 呼气
player-paused = 已暂停
player-show-steps = 显示所有步骤
player-hide-steps = 隐藏步骤
player-show-cautions = 注意事项
player-hide-cautions = 隐藏注意事项
player-steps-label = “{ $exercise }”的做法
player-controls = 练习控制
player-previous = 上一步
player-pause = 暂停
player-resume = 继续
player-skip = 跳过
player-add-time = +{ $seconds } 秒
player-stop = 停止
player-stop-question = 要停止此练习吗？已完成的部分会保留。
player-keep-going = 继续练习
player-stop-routine = 停止练习
player-help-paused = 练习已暂停。
player-help-back = 返回练习
player-help-close = 关闭

## 熄灯：睡前练习以语音继续，屏幕变暗，只显示一行字。

player-lights-out = 熄灯
player-lights-out-label = “{ $routine }”进行中，已熄灯
player-lights-on = 开灯
player-lights-on-paused = 已暂停。开灯

## 当前步骤是什么。

player-get-ready-for = 准备：{ $exercise }
player-get-ready = 准备
player-switch-sides = 换边
player-rest = 休息
player-exercise = 动作
player-side-left = 左侧
player-side-right = 右侧
# 步骤名称和左右侧写在一行：“打开书本，左侧”。
player-with-side = { $side ->
        [left] { $title }，左侧
       *[right] { $title }，右侧
    }
player-rep = 第 { $rep } 次，共 { $reps } 次
player-hold = 第 { $rep } 次保持，共 { $reps } 次
player-breath = 第 { $rep } 次呼吸，共 { $reps } 次
player-round = 第 { $round } 轮，共 { $rounds } 轮
player-count-round = { $count } · 第 { $round } 轮，共 { $rounds } 轮
player-next = 下一步：{ $step }
player-next-finish = 下一步：结束
player-announce = { $step }。
player-announce-hold = { $step }，保持 { $seconds } 秒。
player-announce-reps = { $step }，{ $count } 次。
player-announce-breaths = { $step }，呼吸 { $count } 次。

## 结束画面。

player-well-done = 做得好
player-stopped = 练习已停止
player-summary = { $skipped ->
        [0] { $routine }：完成了 { $total } 个步骤中的 { $done } 个，用时 { $time }。
       *[other] { $routine }：完成了 { $total } 个步骤中的 { $done } 个，跳过 { $skipped } 个，用时 { $time }。
    }
player-not-saved = 未保存
player-not-saved-yet = 尚未保存
player-feel-legend = 你的腰背现在感觉怎么样？
# Safety text; back-translation into English: "0 no pain"
player-feel-low = 0 无痛
# Safety text; back-translation into English: "10 the most severe"
player-feel-high = 10 最剧烈
player-feel-value = 腰背感觉：{ $value }/10
player-checkin = 晨间状态记录
player-done = 完成
