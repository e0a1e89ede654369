# The reminder settings. $routine and $name are a routine's name; $when is Rust's words for the next
# reminder, for example "today at 22:00".

reminders-heading = Reminders
reminders-paused = Reminders are paused for today.
reminders-next = Next reminder: { $routine }, { $when }.
reminders-none-on = No reminder is on.
reminders-saved-next = Saved. Next reminder: { $routine }, { $when }.
reminders-saved-none = Saved. No reminder is on.
reminders-pause-today = Pause reminders for today
reminders-resume-today = Resume reminders today
reminders-routine-done-today = Done today.
reminders-routine-next = Next: { $when }.

# A routine's check box: the visible words, and the full name a screen reader says.
reminders-remind-me = Remind me
reminders-remind-me-about = Remind me about { $name }
reminders-when = When
reminders-when-for = When to remind me about { $name }
reminders-kind-bedtime = Before my bedtime
reminders-kind-fixed = At a set time
reminders-kind-first-use = When I first use the computer after
# The time field's label for each kind of reminder, and its full name.
reminders-time-bedtime = Bedtime
reminders-time-bedtime-for = Bedtime for { $name }
reminders-time-fixed = Time
reminders-time-fixed-for = Time for { $name }
reminders-time-after = After
reminders-time-after-for = After for { $name }
reminders-lead = Minutes before bedtime
reminders-lead-for = Minutes before bedtime for { $name }
reminders-days = Days
reminders-days-for = Days for { $name }
# A weekday's check box: $day is its short name ("Mon").
reminders-day-for = { $day } for { $name }

reminders-shared-legend = For every reminder
reminders-grace = Still remind me when up to this many minutes late
reminders-snooze = Snooze length in minutes
reminders-grace-hint = A reminder missed while the computer slept comes on wake if it is no later than that; otherwise it is skipped.
reminders-quiet-hours = Quiet hours
reminders-quiet-from = From
reminders-quiet-until = Until
reminders-save = Save reminders
reminders-start-at-login = Start Limber when I log in, so reminders can come

# The form's problems, each naming its field. $text is what was typed.
reminders-problem-time = { $name }: "{ $text }" is not a time; type it like 22:30.
reminders-problem-days = { $name }: choose at least one day.
reminders-problem-lead = { $name }: minutes before bedtime must be a whole number from 0 to 720.
reminders-problem-snooze = Snooze length must be a whole number of minutes from 1 to 120.
reminders-problem-grace = How late a reminder may come must be a whole number of minutes from 0 to 720.
reminders-problem-quiet-start = Quiet hours: "{ $text }" is not a time; type it like 22:30.
reminders-problem-quiet-end = Quiet hours: "{ $text }" is not a time; type it like 07:00.
reminders-problem-quiet-same = Quiet hours must start and end at different times.

# A reminder time after midnight belongs to the night before. $time is "00:30"; $at is one of the two
# reminders-night-at messages; $nights and $mornings are lists of long weekday names ("Monday and Friday").
reminders-night-at-fixed = at { $time }
reminders-night-at-first-use = on first use after { $time }
reminders-night-every = { $time } is after midnight, so it counts for the night before: every night, { $at } the morning after.
reminders-night-some = { $time } is after midnight, so it counts for the night before: { $count ->
        [one] { $nights } night
       *[other] { $nights } nights
    }, that is { $mornings } { $at }.
