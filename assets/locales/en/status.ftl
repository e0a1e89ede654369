# Where reminders stand: the tray's two lines, `limber status` on the command line, and the time of a
# routine's next reminder as the reminder settings show it ("today at 22:00").

# A weekday's name; $day is mon, tue, wed, thu, fri, sat or sun.
status-weekday = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
# A month's name; $month is 1 to 12.
status-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A date more than a week away: "28 November". $month is the month's name.
status-date = { $day } { $month }
status-today = today
status-tomorrow = tomorrow
status-yesterday = yesterday
# The evening a time after midnight belongs to: "Monday night" (then ", 00:30").
status-night = { $weekday } night
# $day is "today", "tomorrow", a weekday or a date; $time is a 24-hour time such as 22:00.
status-at = { $day } at { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, on first use after { $time }
status-snoozed = snoozed until { $time }
status-now = now
status-quiet-hours-end = when quiet hours end at { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# A reminder's rule.
status-rule-at = at { $time }
status-rule-bedtime = { $minutes } min before bedtime at { $time }
status-rule-first-use = first use after { $time }

# The tray menu's two lines.
status-tray-paused = Reminders paused for today
status-tray-next = Next: { $routine }, { $when }
status-tray-none = No reminders set
status-tray-no-streak = No streak yet
# $streaks lists each routine with its streak, such as "Bedtime wind-down 3 days, Morning mobility 1 day".
status-tray-streak = Streak: { $streaks }
status-tray-streak-item = { $routine } { $days }

# `limber status`. $weekday and $month are names; $zone is a time zone such as Europe/Berlin.
status-cli-now = Limber, { $weekday } { $day } { $month } { $year }, { $time } ({ $zone })
status-cli-paused = Reminders are paused for today.
status-cli-next = Next reminder: { $routine }, { $when }
status-cli-next-none = Next reminder: none set
status-cli-no-reminder = no reminder
status-cli-reminder-off = reminder off
status-cli-reminder-next = next reminder { $when }
status-cli-reminder-next-rule = next reminder { $when } ({ $rule })
status-cli-reminder-none-upcoming = no upcoming reminder ({ $rule })
# $done is yes or no; $reminder is sent, missed or none.
status-cli-today = today: { $done ->
    [yes] done
   *[no] not done yet
}{ $reminder ->
    [sent] ; reminder sent
    [missed] ; reminder missed
   *[none] {""}
}
status-cli-streak = streak: { $days } (best { $best })
# Under a problem with the data folder (its title and advice come first and last).
status-cli-folder = Folder: { $folder }
status-cli-details = (Details: { $detail }.)
# Between two routines' streaks in the tray's streak line ("Bedtime wind-down 3 days, Morning mobility 5 days");
# a string literal, so that its space is kept.
status-tray-streak-separator = { ", " }
# A routine's heading in `limber status`: its name and length ("Bedtime wind-down (10 min)").
status-cli-routine = { $routine } ({ $minutes })
