# The tray menu (Rust: limber_app::tray_menu), the same in the app and in limber-tray.

tray-start-bedtime = Start bedtime routine
tray-start-morning = Start morning routine
tray-pause-today = Pause reminders for today
tray-open = Open Limber
tray-quit = Quit
# The status lines before the scheduler's first look.
tray-next-unknown = Next reminder: not known yet
tray-streak-unknown = Streak: not known yet
# `limber` on the command line or from the menu, when a Limber already runs but did not answer within 10 seconds.
launch-not-answered = Limber is already running but did not answer. Try again in a moment; if its window still does not open, choose “Quit” in its tray menu and start Limber again.
