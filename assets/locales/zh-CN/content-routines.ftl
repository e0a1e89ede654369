# 内置练习的名称和说明，译自 en/content-routines.ftl（由 assets/routines/*.json 生成）。

routine-bedtime-wind-down-name = 睡前放松
routine-bedtime-wind-down-copy-name = 我的睡前放松
routine-bedtime-wind-down-description = 大约十分钟的缓慢呼吸、温和拉伸和放松，让腰背在睡前安定下来。把屏幕调暗，在地板上或床上做。
routine-morning-mobility-name = 晨间舒展
routine-morning-mobility-copy-name = 我的晨间舒展
routine-morning-mobility-description = 先在床上做几个温和的动作，缓解早晨的僵硬，再用安全的方式起床，然后在地板上或较硬的床上做猫牛式和开书式。慢慢来：一夜不动之后，关节常常是僵硬的。
routine-two-minute-reset-name = 2 分钟小歇
routine-two-minute-reset-copy-name = 我的 2 分钟小歇
routine-two-minute-reset-description = 给腰背一个短暂的休息：久坐不动之后，做几次缓慢的呼吸和轻松的动作。
routine-upper-back-neck-name = 上背部和颈部放松
routine-upper-back-neck-copy-name = 我的上背部和颈部放松
routine-upper-back-neck-description = 用缓慢的动作放松僵硬的上背部和颈部，在家里或休息时都可以做。
