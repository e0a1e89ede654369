nav-label = 主导航
nav-today = 今天
nav-progress = 进展
nav-checkin = 状态记录
nav-exercises = 动作
nav-sleep = 睡眠环境
nav-settings = 设置
nav-help = 帮助
