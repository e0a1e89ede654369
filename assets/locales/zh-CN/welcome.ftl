# 首次运行：几个问题，然后是 Limber 建议的计划。“Limber”是品牌名，保持原样。

welcome-step = 第 { $step } 步，共 { $steps } 步
welcome-skip = 跳过设置

## 每一步的标题。

welcome-title-safety = 安全第一
welcome-title-area = 哪里疼？
welcome-title-health = 以下哪些情况适用于你？
welcome-title-sleep = 你通常怎么睡？
welcome-title-times = 你通常什么时候睡觉？
welcome-title-plan = 你的计划

## 安全这一步（后面列出需要专业人士的警示信号，来自安全指南）。

# Safety text; back-translation into English: "Welcome. Answer a few short questions, and Limber will propose a bedtime and morning plan for your back. It takes about one minute. First, please learn which signs need a professional to deal with them:"
welcome-safety-lead = 欢迎。回答几个简短的问题，Limber 就会为你的腰背建议一份睡前和早晨的计划。大约需要一分钟。首先，请了解哪些信号需要专业人士处理：

## 哪里疼。

welcome-area-lower-back = 下背部
welcome-area-lower-back-hint = 腰部及以下僵硬或酸痛。
welcome-area-upper-back-neck = 上背部和颈部
welcome-area-upper-back-neck-hint = 肩胛骨之间、肩膀或颈部。
welcome-area-both = 两者都有
welcome-area-both-hint = 两处都有一点。

## 会排除某些动作的情况。每条提示说明 Limber 略过哪些动作：意思必须准确。

# Safety text; back-translation into English: "Some movements are not suitable for everyone. Tick the items that fit your situation, and Limber will leave those movements out of your routines."
welcome-health-lead = 有些动作并不适合所有人。勾选符合你情况的项目，Limber 会在你的练习中略过那些动作。
# Safety text; back-translation into English: "Osteoporosis, or bones that break easily"
welcome-condition-osteoporosis = 骨质疏松，或骨头容易骨折
# Safety text; back-translation into English: "Movements that bend the spine forward or twist it are left out."
welcome-condition-osteoporosis-hint = 会让脊柱向前弯曲或扭转的动作将被略过。
# Safety text; back-translation into English: "Surgery on the back or neck, or a fracture of the spine, that I am still recovering from"
welcome-condition-surgery = 腰背或颈部做过手术，或脊柱骨折，目前仍在恢复中
# Safety text; back-translation into English: "Only breathing, relaxation and getting up safely are kept, until your surgeon or physiotherapist says more is fine."
welcome-condition-surgery-hint = 只保留呼吸、放松和安全起床，直到你的外科医生或物理治疗师说可以做更多为止。
welcome-condition-pregnancy = 我怀孕了
# Safety text; back-translation into English: "Movements done lying flat on the back are left out."
welcome-condition-pregnancy-hint = 需要平躺仰卧完成的动作将被略过。
# Safety text; back-translation into English: "My back pain gets worse when I bend forward"
welcome-condition-bending = 我向前弯腰时腰背疼痛会加重
# Safety text; back-translation into English: "The knee-to-chest stretch is left out."
welcome-condition-bending-hint = 抱膝至胸拉伸将被略过。
welcome-condition-none = 以上都没有
# Safety text; back-translation into English: "Not sure? Ask your doctor or physiotherapist. You can change your answers later in Settings."
welcome-health-hint = 不确定？请咨询你的医生或物理治疗师。之后可以在“设置”中更改你的回答。

## 睡姿（睡姿名称见 settings.ftl 中的 sleep-position 消息）。

welcome-sleep-lead = 大多数人夜里会翻来翻去。请选择你入睡时的姿势。

## 平时的时间。

welcome-bedtime = 平时的就寝时间
welcome-wake-time = 平时的起床时间
welcome-days = 哪几天？
welcome-morning-cue = 晨间练习的提醒时间
welcome-cue-after-waking = 醒来后 15 分钟
welcome-cue-first-computer-use = 首次使用电脑时

## 继续之前还缺少什么。

welcome-missing-area = 请选择哪里疼。
welcome-missing-health = 请勾选适用于你的项目，或选择“{ welcome-condition-none }”。
welcome-missing-sleep = 请选择你通常的睡姿。
welcome-missing-bedtime = 请输入平时的就寝时间，例如 23:00。
welcome-missing-wake-time = 请输入平时的起床时间，例如 07:00。
welcome-missing-days = 请至少选择一天。

## 计划。

welcome-plan-lead = 根据你的回答制定。之后都可以在“设置”中更改。
welcome-plan-routines = 练习
welcome-plan-no-reminder = 无提醒：上背部或颈部感觉僵硬时随时可以做，例如休息的时候。
welcome-plan-sleep = 你的睡眠环境
welcome-plan-sleep-hint = 睡前练习之前会先显示今晚的睡眠环境清单。更多内容见“睡眠环境”。
welcome-start-at-login = 登录时启动 Limber
welcome-start-at-login-hint = 只有 Limber 在运行时才会有提醒。它会在托盘中安静地等待。
welcome-preparing = 正在准备你的计划…

## 按钮。

welcome-accept = 接受此计划
welcome-change = 更改我的回答
welcome-understand = 我明白了
welcome-continue = 继续
welcome-back = 返回
