# The Settings screen's sections other than reminders, data and sync: the plan and sleep guide, sound,
# appearance, and streaks and goals.

# Shown under a section after a change was stored.
settings-saved = Saved.

## Your plan and sleep guide

guide-heading = Your plan and sleep guide
# The accessible name of the list of the plan's routines.
guide-plan-label = Routines in your plan
guide-no-reminder = No reminder in the plan.
guide-plan-hint = These are the reminders your plan proposed; change their times under Reminders.
guide-no-plan = You have not set up a plan yet.
guide-run-again = Run the first-run setup again
guide-set-up = Set up my plan
guide-position-legend = How I usually sleep
guide-checklists-legend = Before the bedtime routine
guide-wind-down-checklist = Show the evening wind-down checklist
guide-setup-checklist = Show tonight's sleep setup checklist

# The sleep positions (also asked in the first run).
sleep-position-side = On my side
sleep-position-back = On my back
sleep-position-stomach = On my stomach
sleep-position-varies = It varies

# A planned reminder in one sentence. $time is "22:30"; $days is one of the plan-days messages.
plan-reminder-bedtime = Reminder at { $time } ({ $lead } min before bedtime), { $days }.
plan-reminder-fixed = Reminder at { $time }, { $days }.
plan-reminder-first-use = Reminder when you first use the computer after { $time }, { $days }.
plan-days-every-day = every day
plan-days-weekdays = on weekdays
plan-days-weekends = at weekends
plan-days-none = on no days
# $days: short weekday names as a list, for example "Mon, Wed and Fri".
plan-days-some = on { $days }

## Sound

sound-heading = Sound
# $reason is Rust's sentence saying why no sound can be played.
sound-unavailable = { $reason } Sessions still run; they are silent until a sound output is available.
sound-play = Play sound during a routine
sound-tones-volume = Volume of the tones
# The spoken value of a volume slider.
sound-volume-value = { $percent } percent
sound-test = Test sound
sound-coach-legend = Voice coach
sound-coach-off = Off
sound-coach-off-hint = Tones only.
sound-coach-cues = Cues only
sound-coach-cues-hint = Says each exercise, counts down "3, 2, 1", and says "switch sides", "rest", "halfway", "last one" and "well done".
sound-coach-full = Full coach
sound-coach-full-hint = Also says how to do each exercise, counts the reps and says when to breathe in and out: you can follow with your eyes closed.
sound-voice-volume = Volume of the voice
sound-test-voice = Test the voice
sound-gentle-at-night = Gentler voice at bedtime: slower and quieter in the bedtime routines
sound-test-night-voice = Test the bedtime voice
sound-loading = Loading…

## Appearance

appearance-heading = Appearance
appearance-theme-legend = Theme
appearance-theme-system = As the system
appearance-theme-system-hint = Light or dark, as your desktop is set.
appearance-theme-light = Light
appearance-theme-light-hint = Dark text on a light page.
appearance-theme-dark = Dark
appearance-theme-dark-hint = Light text on a dark page.
appearance-theme-night = Night
appearance-theme-night-hint = Dim and warm, with little blue light, all day.
appearance-night-after-bedtime = Night look after bedtime
# $from is the bedtime reminder's time, $until the start of the routine day ("04:00").
appearance-night-when = From your bedtime reminder ({ $from }) until the day starts ({ $until }).
appearance-night-needs-reminder = Set a reminder for a bedtime routine first: the night look starts at its time.
appearance-night-on = It is after bedtime: the night look is on.

## Streaks and goals

streaks-heading = Streaks and goals
streaks-day-boundary = A new day starts at
# $latest is the latest time allowed, "06:00".
streaks-day-boundary-hint = A wind-down finished before this time counts for the evening before. Between 00:00 and { $latest }.
streaks-rest-days = Rest days allowed per month, for each routine
streaks-rest-days-hint = A rest day keeps a streak going without adding to it.
streaks-goals-legend = Weekly goals
streaks-goals-hint = Optional: how many days a week you aim for. Rest days count towards the goal.
streaks-no-goal = No goal
streaks-goal-days = { $days } of 7 days
streaks-save = Save streak settings

# Why sound cannot be heard now ($cause is one of the sound-cause- reasons below).
sound-off-because = Sound is unavailable: { $cause }.
sound-cause-no-device = no sound device was found
sound-cause-device-lost = the sound device stopped working
sound-cause-thread = the sound thread could not start
sound-cause-opening = the sound output is still opening
# A volume out of range; $volume is the number that was sent.
sound-invalid-volume = The volume must be a number from 0 to 1, not { $volume }.
sound-invalid-voice-volume = The voice volume must be a number from 0 to 1, not { $volume }.
