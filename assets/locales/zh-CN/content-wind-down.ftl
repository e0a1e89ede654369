# 睡前练习之前的晚间清单，译自 en/content-wind-down.ftl（由 assets/content/wind-down.json 生成）。
# 勾选框用第一人称。

wind-down-title = 开始之前
wind-down-intro = 平静的夜晚有助于腰背放松。勾选今晚已经做到的；这里没有任何考试。
wind-down-usual-bedtime-label = 差不多到我平时的就寝时间了
wind-down-usual-bedtime-detail = 每晚同一时间睡觉，周末也一样，有助于身体知道什么时候该睡了。
wind-down-ready-for-bed-label = 闹钟已设好，牙已刷，睡衣已换
wind-down-ready-for-bed-detail = 每晚重复同样的小步骤，会告诉身体这一天结束了。
wind-down-screens-down-label = 屏幕已调暗或收起来了
wind-down-screens-down-detail = 睡前少看明亮的屏幕，更容易入睡。
wind-down-bed-for-sleep-label = 今晚不在床上看电视、工作或看书
wind-down-bed-for-sleep-detail = 让床只用来睡觉：这些事换个地方做，这样一躺下就意味着休息。
wind-down-no-late-caffeine-label = 今晚没有喝咖啡、茶或可乐
wind-down-no-late-caffeine-detail = 临近就寝时摄入咖啡因会让你睡不着。
wind-down-light-evening-label = 最近几个小时没有吃大餐或喝酒
wind-down-light-evening-detail = 晚上很晚吃油腻的食物和喝酒，都会影响睡眠。
wind-down-no-hard-exercise-label = 最近几个小时没有做剧烈运动
wind-down-no-hard-exercise-detail = 剧烈运动安排在白天早些时候；像这样的温和拉伸没有问题。
wind-down-cool-dark-room-label = 我的卧室凉爽、黑暗、安静
wind-down-cool-dark-room-detail = 房间太热或太亮，睡眠质量会变差。
wind-down-warm-shower-label = 今晚洗了热水澡
wind-down-warm-shower-detail = 睡前泡热水澡或淋浴，有助于紧绷的肌肉放松下来。
