# 简体中文的安全文字，译自 en/content-safety.ftl（由 assets/content/safety.json 和各动作的注意事项生成）。
# 这里的每条消息都在 back/content-safety.ftl 中有一条英文回译；修改任何一条后，请重新回译并对照（README，“Languages”）。

## 各动作的注意事项

exercise-abdominal-bracing-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-abdominal-bracing-caution-2 = 轻轻收紧，用力要远小于你的最大力量。
exercise-abdominal-bracing-caution-3 = 如果你怀孕了，请略过这个动作：它要平躺仰卧来做，而平躺仰卧的时间最好短一些，尤其是怀孕 16 周以后。
exercise-abdominal-bracing-caution-4 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-cat-cow-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-cat-cow-caution-2 = 如果跪着会痛，在膝盖下垫一条折叠的毛巾。
exercise-cat-cow-caution-3 = 如果向前弯腰会让疼痛加重，弓背时幅度要小。
exercise-cat-cow-caution-4 = 如果你有骨质疏松，请略过这个动作：弓背会让脊柱向前弯曲。
exercise-cat-cow-caution-5 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-diaphragmatic-breathing-caution-1 = 如果你的疼痛加重，请停下。
exercise-diaphragmatic-breathing-caution-2 = 如果感到头昏，先正常呼吸一会儿。
exercise-diaphragmatic-breathing-caution-3 = 如果你怀孕了，请侧躺，而不是平躺仰卧。

exercise-head-tilt-caution-1 = 如果疼痛加重、感到头晕，或者有麻刺感、麻木或无力感沿手臂向下蔓延，请停下。
exercise-head-tilt-caution-2 = 只倾斜到感觉舒适的程度；不要用手拉头。
exercise-head-tilt-caution-3 = 近期颈部或腰背做过手术或发生骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-knee-to-chest-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-knee-to-chest-caution-2 = 轻轻地拉；拉伸感应该是轻微的，绝不应是尖锐的。
exercise-knee-to-chest-caution-3 = 如果你有骨质疏松，请略过这个动作：抱膝会让脊柱向前弯曲，可能增加脊柱骨折的风险。
exercise-knee-to-chest-caution-4 = 如果向前弯腰会让你的腰背疼痛加重，请略过这个动作。
exercise-knee-to-chest-caution-5 = 如果你怀孕了，请略过这个动作：它要平躺仰卧来做。
exercise-knee-to-chest-caution-6 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-log-roll-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-log-roll-caution-2 = 如果站起来之前感到头晕，就多坐一会儿。
exercise-log-roll-caution-3 = 上床或下床时，不要弯腰向前，也不要猛地一动。

exercise-open-book-caution-1 = 如果疼痛加重或沿腿向下蔓延，或者有麻刺感沿手臂向下蔓延，请停下。
exercise-open-book-caution-2 = 只打开到肩膀允许的程度；手臂不必碰到地面。
exercise-open-book-caution-3 = 如果你有骨质疏松，请略过这个动作：它会扭转脊柱。
exercise-open-book-caution-4 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-plank-knees-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-plank-knees-caution-2 = 如果膝盖酸痛，在膝盖下垫一条折叠的毛巾。
exercise-plank-knees-caution-3 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-plank-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-plank-caution-2 = 先短时间保持，再逐渐延长；如果太吃力，就改做跪姿版本。
exercise-plank-caution-3 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-progressive-muscle-relaxation-caution-1 = 如果你的疼痛加重，请停下。
exercise-progressive-muscle-relaxation-caution-2 = 轻轻绷紧；任何疼痛的部位都跳过。
exercise-progressive-muscle-relaxation-caution-3 = 如果你怀孕了，请侧躺，而不是平躺仰卧。

exercise-scapular-clocks-caution-1 = 如果疼痛加重，或者有麻刺感、麻木或无力感沿手臂向下蔓延，请停下。
exercise-scapular-clocks-caution-2 = 如果肩膀发出咔嗒声或酸痛，画的圈就小一些。
exercise-scapular-clocks-caution-3 = 近期颈部或腰背做过手术或发生骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-shoulder-rows-caution-1 = 如果疼痛加重，或者有麻刺感、麻木或无力感沿手臂向下蔓延，请停下。
exercise-shoulder-rows-caution-2 = 保持颈部放松，肩膀远离耳朵。
exercise-shoulder-rows-caution-3 = 近期颈部或腰背做过手术或发生骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

exercise-supine-knee-twist-caution-1 = 如果疼痛加重，或沿腿向下蔓延，请停下。
exercise-supine-knee-twist-caution-2 = 膝盖只向下放到感觉舒适的程度；不必碰到下面。
exercise-supine-knee-twist-caution-3 = 如果你有骨质疏松，请略过这个动作：它会扭转脊柱。
exercise-supine-knee-twist-caution-4 = 如果你怀孕了，请略过这个动作：它要平躺仰卧来做。
exercise-supine-knee-twist-caution-5 = 近期做过腰背手术或脊柱骨折后，请略过这个动作，直到你的外科医生或物理治疗师说可以为止。

## 安全指南

safety-title = 安全第一
safety-intro = Limber 指导你做温和的活动。它无法判断你疼痛的原因。大多数腰背痛并不严重，但有些信号需要专业人士处理，少数信号刻不容缓。
safety-level-get-help-now-heading = 立即求助
# 急救电话：中国大陆的 120 放在最前面，其余按原文顺序保留。
safety-level-get-help-now-action = 如果你有腰背痛，同时出现以下任何一种情况，请拨打急救电话（中国大陆 120，英国 999，欧洲 112，美国和加拿大 911），或者今天就找紧急医疗服务或你的医生看诊。不要等着看它会不会自己过去，也不要继续做练习。
safety-sign-bladder-bowel = 新出现排尿困难，或者无法控制排尿或排便。
safety-sign-numb-saddle = 生殖器、臀部或大腿内侧周围出现麻木、麻刺感或针扎感。
safety-sign-both-legs = 双腿无力、麻木或有麻刺感，或者双腿越来越无力。
safety-sign-after-fall = 疼痛是在跌倒、腰背受到撞击或发生意外之后开始的。
safety-sign-chest-pain = 腰背痛的同时伴有胸痛。
safety-sign-fever-unwell = 发高烧，或者感到发热、发冷或非常不舒服。
safety-sign-belly-throbbing = 腹部有跳痛或搏动样的疼痛。
safety-level-see-someone-soon-heading = 近期去看医生或物理治疗师
safety-level-see-someone-soon-action = 如果以下任何一条符合你的情况，请在接下来几天内预约就诊。在那之前，继续温和地活动，停止任何让疼痛加重的事情。
safety-sign-lasts-weeks = 尽管你一直在家自己护理，疼痛仍持续了超过几周。
safety-sign-severe-or-worsening = 疼痛剧烈，或者越来越重。
safety-sign-night-pain = 疼痛在夜里或躺下时更重，或者会把你痛醒。
safety-sign-legs-numb-tingling-weak = 一条腿麻木、有麻刺感或无力，或者疼痛蔓延到膝盖以下。
safety-sign-weight-loss = 你的体重在下降，而且说不出原因。
safety-sign-swelling = 腰背部肿胀或发红。
safety-sign-wraps-around = 疼痛绕到身体侧面，像一条带子环绕着身体。
safety-sign-nausea = 疼痛的同时感到恶心或呕吐。
safety-sign-daily-life = 疼痛让你很难熬过平常的日子。
safety-stop-if-worse = 如果某个动作让你的疼痛加重，请停止这个动作。动作要慢，不要弹震，保持正常呼吸。
safety-not-medical-advice = Limber 不是医疗建议，也不代替医疗专业人员。它提供的是一般性的温和练习和睡眠建议。
safety-stiff-mornings-ease = 早上刚起床时感到僵硬是常见的，开始活动后往往会缓解。
safety-keep-a-journal = 每天记下你的疼痛和睡眠情况，有助于你和为你治疗的人看出什么会带来变化。
