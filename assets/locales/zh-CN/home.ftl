home-tagline = 为僵硬的腰背准备的温和练习，睡前和早晨都适用。
home-routines-heading = 练习
home-loading = 正在加载…
home-routine-meta = { $duration } · { $count } 个动作
home-start = 开始
home-start-label = 开始“{ $name }”
home-details = 详情
home-details-label = “{ $name }”的详情
home-exercises-in = “{ $name }”中的动作

duration-seconds = { $seconds } 秒
duration-minutes = { $minutes } 分钟

routines-new = 新建练习
routines-import = 导入练习…
routines-problems-label = 练习文件中的问题

card-edit = 编辑
card-edit-label = 编辑“{ $name }”
card-duplicate = 复制
card-duplicate-label = 复制“{ $name }”
history-not-done = 尚未完成
history-started = 已开始 { $count } 次，尚未完成
history-done = 已完成 { $count } 次
history-done-last = 已完成 { $count } 次 · 最近一次：{ $day }
