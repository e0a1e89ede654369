# 动作的文字，译自 en/content-exercises.ftl（由 assets/exercises/*.json 生成）。
# -spoken 句子由语音读出：写成口语，不用数字和符号。-pace-* 是姿势的一两个词，作为示意图的标签。

## 腹部收紧

exercise-abdominal-bracing-name = 腹部收紧
exercise-abdominal-bracing-summary = 仰卧，轻轻收紧腹部肌肉，保持住并继续呼吸，然后放松。
exercise-abdominal-bracing-spoken = 仰卧，屈膝，轻轻收紧腹部。保持的时候继续呼吸，然后放松。
exercise-abdominal-bracing-step-1 = 仰卧，屈膝，双脚平放。
exercise-abdominal-bracing-step-2 = 轻轻收紧腹部周围的肌肉，就像准备被人轻轻戳一下那样。
exercise-abdominal-bracing-step-3 = 腰背和髋部保持不动：不需要往下压，也不需要抬起。
exercise-abdominal-bracing-step-4 = 保持住并继续呼吸，然后完全放松。
exercise-abdominal-bracing-breathing = 保持的时候正常呼吸；不要憋气。
exercise-abdominal-bracing-pace-brace = 收紧
exercise-abdominal-bracing-pace-relax = 放松

## 猫牛式

exercise-cat-cow-name = 猫牛式
exercise-cat-cow-summary = 配合呼吸，慢慢地塌腰和弓背。
exercise-cat-cow-spoken = 双手双膝撑地，吸气时让腹部下沉，呼气时把背拱起来。只做到感觉舒适的程度。
exercise-cat-cow-step-1 = 双手双膝撑地，双手在肩膀正下方，双膝在髋部正下方。
exercise-cat-cow-step-2 = 吸气，让腹部下沉，同时抬起胸口和尾骨。
exercise-cat-cow-step-3 = 呼气，把背向天花板拱起，收下巴。
exercise-cat-cow-step-4 = 动作保持缓慢、流畅，不要弹震。
exercise-cat-cow-step-5 = 只做到感觉舒适的程度。
exercise-cat-cow-breathing = 塌腰时吸气，弓背时呼气。
exercise-cat-cow-pace-cow = 牛式
exercise-cat-cow-pace-cat = 猫式

## 缓慢腹式呼吸

exercise-diaphragmatic-breathing-name = 缓慢腹式呼吸
exercise-diaphragmatic-breathing-summary = 慢慢地用腹部呼吸：吸气 5 秒，呼气 5 秒。
exercise-diaphragmatic-breathing-spoken = 把一只手放在腹部，用鼻子吸气，让腹部鼓起来。慢慢呼气，让腹部落下去。
exercise-diaphragmatic-breathing-step-1 = 仰卧屈膝；如果侧躺更舒服，也可以侧躺。
exercise-diaphragmatic-breathing-step-2 = 一只手放在胸口，另一只手放在腹部。
exercise-diaphragmatic-breathing-step-3 = 用鼻子吸气，让腹部鼓起，胸口保持不动。
exercise-diaphragmatic-breathing-step-4 = 慢慢呼气，让腹部落下。
exercise-diaphragmatic-breathing-breathing = 用鼻子吸气约五秒，再呼气约五秒，中间不停顿，也不憋气。
exercise-diaphragmatic-breathing-pace-breathe-in = 吸气
exercise-diaphragmatic-breathing-pace-breathe-out = 呼气

## 头部侧倾

exercise-head-tilt-name = 头部侧倾
exercise-head-tilt-summary = 坐直，把一侧耳朵向肩膀倾斜，保持住。
exercise-head-tilt-spoken = 坐直，慢慢把一侧耳朵向肩膀倾斜，到有轻微拉伸感就好。然后把头转回正中。
exercise-head-tilt-step-1 = 坐直，肩膀放松下沉。
exercise-head-tilt-step-2 = 慢慢倾斜头部，让一侧耳朵靠向同侧肩膀。
exercise-head-tilt-step-3 = 感到颈部侧面有轻微的拉伸感时停住。
exercise-head-tilt-step-4 = 保持，然后把头移回正中。
exercise-head-tilt-breathing = 慢慢呼吸，每次呼气时让肩膀往下沉。
exercise-head-tilt-pace-tilt = 倾斜
exercise-head-tilt-pace-hold = 保持
exercise-head-tilt-pace-return = 回正

## 抱膝至胸

exercise-knee-to-chest-name = 抱膝至胸
exercise-knee-to-chest-summary = 仰卧，把一侧膝盖抱向胸口，保持住。
exercise-knee-to-chest-spoken = 仰卧，双手抱住一侧膝盖，轻轻拉向胸口。拉伸感应该是轻微的，绝不应是尖锐的。
exercise-knee-to-chest-step-1 = 仰卧，双膝弯曲，双脚平放。
exercise-knee-to-chest-step-2 = 抬起一侧膝盖，双手抱住大腿后侧或小腿前侧。
exercise-knee-to-chest-step-3 = 轻轻把它拉向胸口，直到下背部感到轻微的拉伸。
exercise-knee-to-chest-step-4 = 另一只脚放松地放在床上或地上。
exercise-knee-to-chest-step-5 = 换边之前，先慢慢放下这条腿。
exercise-knee-to-chest-breathing = 慢慢呼吸，每次呼气时让腰背放松下来。
exercise-knee-to-chest-pace-draw-in = 拉近
exercise-knee-to-chest-pace-hold = 保持

## 安全起床

exercise-log-roll-name = 安全起床
exercise-log-roll-summary = 翻身侧躺，用手臂撑起身体，把双腿移到床外，慢慢站起来。晚上躺下时按相反顺序做。
exercise-log-roll-spoken = 整个身体一起翻到侧面，用手臂撑起来，让双腿顺势垂下床边。坐一会儿，再慢慢站起来。
exercise-log-roll-step-1 = 屈膝，整个身体作为一个整体翻身侧躺，不要扭转。
exercise-log-roll-step-2 = 用手臂把自己撑起来坐好。
exercise-log-roll-step-3 = 起身的同时，让双腿移过床沿垂下。
exercise-log-roll-step-4 = 坐一会儿，然后慢慢站起来。
exercise-log-roll-step-5 = 晚上躺下时按相反顺序做：先坐下，再慢慢侧躺下来，然后翻身仰卧。
exercise-log-roll-breathing = 撑起身体时呼气。
exercise-log-roll-pace-roll = 翻身
exercise-log-roll-pace-push-up = 撑起
exercise-log-roll-pace-swing-legs = 移腿
exercise-log-roll-pace-stand = 站起

## 开书式

exercise-open-book-name = 开书式
exercise-open-book-summary = 侧躺，像翻开书本一样打开上方的手臂，然后合上。
exercise-open-book-spoken = 侧躺，双膝并拢，双臂向前伸。吸气时把上方的手臂向上、向后打开，呼气时合上。
exercise-open-book-step-1 = 侧躺，屈膝，双臂向前伸直，掌心相对。
exercise-open-book-step-2 = 双膝并拢，放在地上。
exercise-open-book-step-3 = 抬起上方的手臂，向上、向后打开，让胸口转向天花板。
exercise-open-book-step-4 = 眼睛跟随你的手，在那里停留一次缓慢的呼吸。
exercise-open-book-step-5 = 慢慢把手臂收回，合上书本。
exercise-open-book-breathing = 打开时吸气。在那里停留，轻松地呼吸一次，先呼后吸，然后合上时呼气。不要憋气。
exercise-open-book-pace-open = 打开
exercise-open-book-pace-hold = 保持
exercise-open-book-pace-close = 合上

## 跪姿平板支撑

exercise-plank-knees-name = 跪姿平板支撑
exercise-plank-knees-summary = 更轻松的平板支撑：用前臂撑地，从头到膝保持一条直线。
exercise-plank-knees-spoken = 用前臂和膝盖撑地，抬起髋部，让头到膝盖成一条直线。保持平稳呼吸。
exercise-plank-knees-step-1 = 俯卧，用前臂撑地，手肘在肩膀正下方。
exercise-plank-knees-step-2 = 膝盖留在地上，抬起髋部。
exercise-plank-knees-step-3 = 让头到膝盖成一条直线。
exercise-plank-knees-step-4 = 时间到了，小心地放下身体。
exercise-plank-knees-breathing = 全程保持平稳呼吸。

## 平板支撑

exercise-plank-name = 平板支撑
exercise-plank-summary = 用前臂和脚尖撑地，让身体保持一条直线。
exercise-plank-spoken = 用前臂和脚尖撑地，让身体保持一条直线，髋部既不下塌也不抬高。保持平稳呼吸。
exercise-plank-step-1 = 俯卧，用前臂撑地，手肘在肩膀正下方。
exercise-plank-step-2 = 抬起髋部，让身体从头到脚跟成一条直线。
exercise-plank-step-3 = 腹部轻轻收紧，不要让髋部下塌或抬高。
exercise-plank-step-4 = 时间到了，小心地放下身体。
exercise-plank-breathing = 全程保持平稳呼吸。

## 渐进式肌肉放松

exercise-progressive-muscle-relaxation-name = 渐进式肌肉放松
exercise-progressive-muscle-relaxation-summary = 从脚到脸，依次轻轻绷紧身体的一个部位，然后放松。
exercise-progressive-muscle-relaxation-spoken = 吸气时轻轻绷紧身体的一个部位，呼气时放松。从双脚开始，一直往上到脸部。
exercise-progressive-muscle-relaxation-step-1 = 舒服地躺好，愿意的话可以闭上眼睛。
exercise-progressive-muscle-relaxation-step-2 = 从双脚开始：轻轻绷紧约五秒。
exercise-progressive-muscle-relaxation-step-3 = 一下子完全放松，感受肌肉变软。
exercise-progressive-muscle-relaxation-step-4 = 依次往上：双腿、髋部、腹部、双手和肩膀，最后是脸部，一次一个部位。
exercise-progressive-muscle-relaxation-breathing = 绷紧时吸气，放松时慢慢呼气。
exercise-progressive-muscle-relaxation-pace-tense = 绷紧
exercise-progressive-muscle-relaxation-pace-release = 放松

## 肩胛骨画钟

exercise-scapular-clocks-name = 肩胛骨画钟
exercise-scapular-clocks-summary = 让一侧肩胛骨慢慢沿着钟面移动：向上、向后、向下、向前。
exercise-scapular-clocks-spoken = 坐直或站直，让一侧肩胛骨慢慢画一个圈：向上、向后、向下、向前。圈要小，动作要轻松。
exercise-scapular-clocks-step-1 = 站直或坐直，双臂自然下垂。
exercise-scapular-clocks-step-2 = 把一侧肩膀向耳朵方向抬起。
exercise-scapular-clocks-step-3 = 再把它向后、向下、向前移动，就像在画一个圆。
exercise-scapular-clocks-step-4 = 身体其他部位保持不动，动作要慢。
exercise-scapular-clocks-breathing = 均匀呼吸；不要憋气。
exercise-scapular-clocks-pace-up = 向上
exercise-scapular-clocks-pace-back = 向后
exercise-scapular-clocks-pace-down = 向下
exercise-scapular-clocks-pace-forward = 向前

## 肩部划船

exercise-shoulder-rows-name = 肩部划船
exercise-shoulder-rows-summary = 手肘向后拉，把两侧肩胛骨向中间夹紧，然后放松。
exercise-shoulder-rows-spoken = 坐直或站直，呼气时把手肘向后拉，两侧肩胛骨向中间夹紧。吸气时慢慢放松。
exercise-shoulder-rows-step-1 = 坐直或站直，双臂弯曲放在身体两侧。
exercise-shoulder-rows-step-2 = 手肘向后拉，就像在划船。
exercise-shoulder-rows-step-3 = 把两侧肩胛骨向中间、向下夹紧。
exercise-shoulder-rows-step-4 = 慢慢放松，回到起始姿势。
exercise-shoulder-rows-breathing = 向后拉时呼气，放松时吸气。
exercise-shoulder-rows-pace-pull = 后拉
exercise-shoulder-rows-pace-hold = 保持
exercise-shoulder-rows-pace-release = 放松

## 仰卧屈膝转体

exercise-supine-knee-twist-name = 仰卧屈膝转体
exercise-supine-knee-twist-summary = 仰卧屈膝，让双膝倒向一侧，再倒向另一侧。
exercise-supine-knee-twist-spoken = 仰卧屈膝，呼气时让双膝慢慢倒向一侧。吸气时把它们带回正中。
exercise-supine-knee-twist-step-1 = 仰卧，屈膝，双脚平放，双臂向两侧放松伸展。
exercise-supine-knee-twist-step-2 = 双膝并拢，让它们慢慢倒向一侧。
exercise-supine-knee-twist-step-3 = 双肩保持贴住下面，在那里停留一次呼吸。
exercise-supine-knee-twist-step-4 = 把双膝带回正中，再倒向另一侧。
exercise-supine-knee-twist-breathing = 双膝倒下时呼气，在那里轻松地呼吸一次，回来时吸气。
exercise-supine-knee-twist-pace-lower = 倒下
exercise-supine-knee-twist-pace-hold = 保持
exercise-supine-knee-twist-pace-return = 回正
