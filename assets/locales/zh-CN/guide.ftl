# 动作页面、睡眠环境页面、帮助，以及指南的共用部分（注意事项、清单、警示信号）。
# 动作本身的文字、睡眠建议和警示信号本身属于内容，不在这里。

library-heading = 动作
library-intro = Limber 用到的所有动作。打开一个即可查看做法、呼吸方式，以及需要注意什么。
library-area = 身体部位
library-area-all = 所有部位
library-position = 姿势
library-position-all = 所有姿势
library-count = 显示 { $total } 个动作中的 { $shown } 个
library-no-match = 没有同时符合两个筛选条件的动作。试试“所有部位”或“所有姿势”。
library-list = 动作
library-meta = { $area } · { $position } · { $dose } · 约 { $duration }
library-show = 步骤和注意事项
library-show-label = “{ $name }”的步骤和注意事项
library-hide = 隐藏步骤
library-hide-label = 隐藏“{ $name }”的步骤
library-how = 做法
library-breathing = 呼吸
library-used-in = 用于：{ $routines }

area-lower-back = 下背部
area-upper-back = 上背部
area-neck = 颈部
area-core = 核心
position-in-bed = 在床上
position-floor = 在地板上
position-standing = 站姿
position-seated = 坐姿

# 动作的默认练习量。$rounds 是轮数（1：不说）；$sides 是 "each"、"alternate" 或 "none"；
# $hold 是保持的秒数，或 "none"。
exercise-dose-breaths = 缓慢呼吸 { $count } 次{ $rounds ->
        [1] {""}
       *[other] ，共 { $rounds } 轮
    }
exercise-dose-once = { $rounds ->
        [1] 1 次
       *[other] 1 次，共 { $rounds } 轮
    }
exercise-dose-hold = { $sides ->
        [each] 每侧
        [alternate] 左右交替，每侧
       *[none] {""}
    }保持 { $hold } 秒{ $rounds ->
        [1] {""}
       *[other] ，共 { $rounds } 轮
    }
exercise-dose-reps = { $sides ->
        [each] 每侧{" "}
        [alternate] 左右交替，每侧{" "}
       *[none] {""}
    }{ $count } 次{ $hold ->
        [none] {""}
       *[other] ，每次保持 { $hold } 秒
    }{ $rounds ->
        [1] {""}
       *[other] ，共 { $rounds } 轮
    }

# 首次设置中的情况，用在“已略过”的句子里。
# Safety text; back-translation into English: "osteoporosis"
condition-osteoporosis = 骨质疏松
# Safety text; back-translation into English: "recent spine surgery or fracture"
condition-spinal-surgery = 近期脊柱手术或骨折
# Safety text; back-translation into English: "pregnancy"
condition-pregnancy = 怀孕
# Safety text; back-translation into English: "pain when bending forward"
condition-bending-forward = 向前弯腰时疼痛
# 一个被略过的动作及原因：“抱膝至胸（骨质疏松和怀孕）”；$conditions 是一个列表。
guide-left-out-item = { $exercise }（{ $conditions }）
guide-left-out = 已为你略过：{ $items }。
guide-unsuitable = “{ $name }”不在你的计划中：其中的每个动作都已略过。
guide-unsuitable-because = “{ $name }”不在你的计划中：因为{ $conditions }，其中的每个动作都已略过。
# Safety text; back-translation into English: "Your surgeon or physiotherapist can tell you which movements suit you, and from when."
guide-ask-surgeon = 你的外科医生或物理治疗师可以告诉你哪些动作适合你，以及从什么时候开始可以做。
# Safety text; back-translation into English: "A physiotherapist can suggest movements that suit you."
guide-ask-physio = 物理治疗师可以为你推荐适合的动作。

# 指南的共用部分。
guide-take-care = 注意
guide-take-care-for = 注意：{ $name }
guide-tonight = 今晚的睡眠环境
guide-this-evening = 今晚
guide-start-routine = 开始练习
guide-skip-checklist = 跳过清单
guide-setup-label = 什么放在哪里：{ $position }
guide-safety-loading = 正在加载安全指南…
guide-safety-problem = 无法显示安全指南：{ $problem }

# 睡眠环境页面。
sleep-show-for = 显示以下睡姿的布置
sleep-yours = （你的）
sleep-tips = 值得一试

# 帮助。每一步：粗体的开头，然后是句子的其余部分（二者之间有一个空格）。
help-heading = 帮助
help-when = 何时需要寻求帮助
help-use-heading = 如何使用 Limber
help-use-start-title = 开始练习：
help-use-start = 从“今天”页面进入。睡前放松适合晚上做，在地板上或床上都可以；晨间练习在床上开始，在你起床之前。
help-use-follow-title = 跟着计时器和语音做。
help-use-follow = 在“设置”的“声音”中打开语音教练：选择“仅提示”时，每个动作开始时会报出名称，并告诉你何时换边、何时结束保持；“完整指导”还会讲解每个动作的做法、计数，并带着你的呼吸节奏，让你可以闭着眼睛做。关闭窗口后语音仍会继续。
help-use-before-title = 睡前练习之前：
help-use-before = Limber 会显示一份简短的清单，关于今晚的准备和枕头的摆放。勾选已经做到的，或者跳过。
help-use-reminders-title = 提醒：
help-use-reminders = 会在就寝前不久和醒来后出现。可以在“设置”中更改，也可以在那里重新进行首次设置。
help-use-checkin-title = 每天记录：
help-use-checkin = 记下腰背和睡眠的情况。时间长了，“进展”会显示什么有帮助。
help-use-gently-title = 从轻柔开始。
help-use-gently = 早晚各做几次，再慢慢增加。动作要慢，不要弹震，保持正常呼吸。
help-use-bed-title = 上床和起床。
help-use-bed = 起床时，先翻身侧躺，用手臂撑起身体，再把双腿移到床外。晚上躺下时，按相反的顺序做。
help-use-answers-title = 你的回答很重要。
# Safety text; back-translation into English: "If you told Limber that you have osteoporosis, recent spine surgery, are pregnant, or have pain when bending forward, the movements that do not suit you are left out of the routines. You can change your answers in Settings."
help-use-answers = 如果你告诉过 Limber 你有骨质疏松、近期做过脊柱手术、怀孕，或向前弯腰时疼痛，不适合你的动作会从练习中略过。可以在“设置”中更改你的回答。
help-keys-heading = 练习中的键盘快捷键
help-keys-key = 按键
help-keys-does = 作用
help-key-space = 空格键
help-key-right = 右方向键
help-key-left = 左方向键
help-key-esc = Esc 键
help-key-space-does = 暂停或继续
help-key-right-does = 跳到下一个动作
help-key-left-does = 回到上一个动作
help-key-esc-does = 停止练习
help-routines-heading = 每个练习的用途
help-find-exercises = 所有动作及其步骤和注意事项，都在{ $exercises }中。
help-find-sleep = 枕头和床垫的内容在{ $sleep }中。
# Safety text; back-translation into English: "Limber is not medical advice"
help-advice-heading = Limber 不是医疗建议
# Safety text; back-translation into English: "Limber offers general, gentle routines and sleep tips drawn from public health sources. It does not know your body or your medical history, cannot diagnose anything, and cannot replace a doctor or physiotherapist. If you are not sure whether an exercise suits you, ask them."
help-advice = Limber 提供的是来自公共卫生资料的一般性温和练习和睡眠建议。它不了解你的身体和病史，无法做任何诊断，也不能代替医生或物理治疗师。如果你不确定某个动作是否适合你，请向他们咨询。
