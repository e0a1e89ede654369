tray-start-bedtime = 开始睡前练习
tray-start-morning = 开始晨间练习
tray-pause-today = 今天暂停提醒
tray-open = 打开 Limber
tray-quit = 退出
tray-next-unknown = 下次提醒：暂不确定
tray-streak-unknown = 连续天数：暂不确定
launch-not-answered = Limber 已在运行，但没有响应。请稍后再试；如果窗口仍未打开，请在其托盘菜单中选择“退出”，然后重新启动 Limber。
