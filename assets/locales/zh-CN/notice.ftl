notice-title = { $routine }：{ $minutes } 分钟
notice-body-bedtime = 该放松一下了。你的腰背会感谢你。
notice-body-morning = 就在床上，慢慢开始吧。你的腰背会感谢你。
notice-body-anytime = 给腰背一个短暂的休息。它会感谢你的。
notice-open = 打开 Limber
notice-start = 立即开始
notice-snooze = { $minutes } 分钟后提醒
