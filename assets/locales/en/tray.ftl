# The tray menu (Rust: limber_app::tray_menu), the same in the app and in limber-tray.

tray-start-bedtime = Start bedtime routine
tray-start-morning = Start morning routine
tray-pause-today = Pause reminders for today
tray-open = Open Limber
tray-quit = Quit
# The status lines before the scheduler's first look.
tray-next-unknown = Next reminder: not known yet
tray-streak-unknown = Streak: not known yet
