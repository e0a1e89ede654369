# 菜单项和软件中心的介绍；scripts/desktop-l10n.mjs 根据这些文本生成二者。

desktop-generic-name = 腰背护理练习
desktop-comment = 睡前和早晨的温和腰背练习
desktop-keywords = 腰背;腰痛;背痛;疼痛;僵硬;拉伸;舒展;灵活性;睡前;放松;早晨;睡眠;练习;运动;
desktop-action-bedtime = 开始睡前放松
desktop-action-morning = 开始晨间舒展练习

appstream-summary = 为僵硬的腰背准备的温和睡前与晨间练习
appstream-intro =
    Limber 会在睡前带你做一段平静的放松，在醒来后带你做一套简短的舒展练习，适合僵硬或酸痛的腰背。
    每个动作都有计时器、简单的示意图和柔和的提示音，即使屏幕调暗也能跟着做。
appstream-feature-bedtime = 睡前放松：缓慢呼吸和温和拉伸，在地板上或床上都能做
# Safety text; back-translation into English: "A few minutes of morning stretching-out that start in bed, and a safe way of getting up"
appstream-feature-morning = 从床上开始的几分钟晨间舒展，以及安全的起床方式
appstream-feature-reminders = 跨时区和夏令时切换时依然准时的提醒
appstream-feature-journal = 疼痛与睡眠日记、连续天数和每周目标，帮你看清什么有效
appstream-feature-advice = 关于睡姿、枕头和床垫的建议
# Safety text; back-translation into English: "Limber values privacy: it works offline and your data is kept on your computer. It is not medical advice; it will tell you when you should go to a professional."
appstream-privacy =
    Limber 注重隐私：它离线工作，数据保存在你的电脑上。它不是医疗建议；它会告诉你什么时候应该去找专业人士。
appstream-keywords = 腰背痛;拉伸;舒展;睡前;睡眠;练习
