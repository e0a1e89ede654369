# The progress screen: the routine cards (streaks, habit strength, calendar, rest days), the dose panels, the
# red-flag notice, the morning charts and the wind-down insights.

progress-heading = Progress
# Under the heading. $day is the routine day with its weekday ("Mon 3 Mar").
progress-today-is = Today is { $day }
progress-loading = Loading…
progress-paused-heading = Dose changes are paused
# $reason is one of the progress-flag sentences.
progress-paused-text = { $reason } While your check-ins show this, Limber suggests no change to any routine.
progress-empty-heading = Nothing to count yet
progress-empty-text = Finish a routine and its calendar and streak start here. Rest days and missed days only count from then on.
progress-empty-choose = Choose a routine
progress-mornings-heading = Morning pain and stiffness
progress-checkin = Morning check-in
progress-insight-heading = Mornings after a wind-down
progress-sleep-heading = How you slept
progress-sleep-insight-heading = Sleep after a wind-down

# A routine card. The schedule line: "Every day · Done today"; $days is a list of short weekday names.
progress-schedule-every-day = Every day
progress-schedule-none = No days scheduled
progress-schedule-weekdays = Weekdays
progress-meta = { $schedule } · { $today }
progress-today-done = Done today
progress-today-rest = Rest day today
progress-today-pending = Not done yet today
progress-today-unscheduled = Not scheduled today
progress-current-streak = Current streak
progress-best-streak = Best streak
# A streak's length: scheduled days done in a row.
progress-streak-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
progress-habit-strength = Habit strength
progress-last-30 = Last 30 scheduled days
progress-completion-none = None has passed yet
# $percent is already written as a percentage ("90%").
progress-completion = { $done } of { $total } done ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } rest day
       *[other] , { $rest } rest days
    }
progress-weekly-goal = Weekly goal
progress-weekly = { $done } of { $goal } days this week{ $weeks ->
        [0] {""}
        [one] {" "}· goal met { $weeks } week running
       *[other] {" "}· goal met { $weeks } weeks running
    }
progress-rest-button = Rest day today
progress-rest-button-label = Rest day today for { $name }
progress-rest-undo = Undo rest day
progress-rest-undo-label = Undo rest day for { $name }
progress-rest-available = { $left ->
        [one] { $left } rest day left this month. A rest day keeps your streak without adding to it.
       *[other] { $left } rest days left this month. A rest day keeps your streak without adding to it.
    }
progress-rest-marked = Today is a rest day. Your streak is kept.
progress-rest-limit = { $limit ->
        [one] This month's { $limit } rest day is used.
       *[other] This month's { $limit } rest days are used.
    }
# The habit-strength line's text alternative. $now and $first are percentages, $day a short date ("3 Mar").
progress-trend-none = No habit strength yet.
progress-trend-one = Habit strength { $now }.
progress-trend = Habit strength { $now }, from { $first } on { $day }.

# The wind-down insights. $with and $without are averages with one decimal ("3.5"); $comparison is one of the
# progress-insight-same/-lower/-higher (or progress-sleep-same/-better/-worse) sentences; $diff has one decimal.
progress-insight-waiting = After { $needed } mornings with a wind-down the evening before and { $needed } without, you will see how your morning pain compares. So far: { $withCount } with, { $withoutCount } without (last { $days } days).
progress-insight = Morning pain after a wind-down: { $with } on average ({ $withCount ->
        [one] { $withCount } morning
       *[other] { $withCount } mornings
    }). Without one: { $without } ({ $withoutCount ->
        [one] { $withoutCount } morning
       *[other] { $withoutCount } mornings
    }). { $comparison }
progress-insight-same = About the same either way.
progress-insight-lower = On average { $diff } points lower after a wind-down.
progress-insight-higher = On average { $diff } points higher after a wind-down.
progress-sleep-waiting = After { $needed } check-ins following a wind-down and { $needed } without, you will see how you rated your sleep after each. So far: { $withCount } with, { $withoutCount } without (last { $days } days).
progress-sleep-insight = Sleep after a wind-down: rated { $with } of 5 on average ({ $withCount ->
        [one] { $withCount } night
       *[other] { $withCount } nights
    }). Without one: { $without } ({ $withoutCount ->
        [one] { $withoutCount } night
       *[other] { $withoutCount } nights
    }). { $comparison }
progress-sleep-better = On average { $diff } points better after a wind-down.
progress-sleep-worse = On average { $diff } points worse after a wind-down.
progress-insight-days = Last { $days } days.
progress-insight-caveat = These averages describe your own check-ins; they are not a medical finding. Sleep, stress and the day before play a part too.

# Why the red-flag notice shows, from the person's own check-ins. $from, $to and the weeks are short dates
# ("3 Mar"); $first and $last are averages with one decimal, or "–" when a week has none.
progress-flag-sustained = You rated your back pain 7 or more on { $mornings ->
        [one] { $mornings } morning
       *[other] { $mornings } mornings
    } in a row ({ $from } to { $to }).
progress-flag-rising = Your average morning pain has gone up each week for three weeks, from { $first } (week of { $firstWeek }) to { $last } (week of { $lastWeek }).
progress-flag-steady = Your average morning pain has stayed at 4 or more every week for { $weeks } weeks: { $first } in the week of { $firstWeek }, { $last } in the week of { $lastWeek }.
progress-flag-heading = Worth talking to a professional
progress-flag-text = { $reason } Limber cannot tell what is behind this; a doctor or physiotherapist can.
progress-flag-urgent = Signs that need help today
progress-flag-stop = Stop any exercise that makes your symptoms worse.
progress-flag-dismiss = Dismiss this notice

# The dose panel of a routine card. The offer's reasons and the doses themselves come from elsewhere.
dose-heading = Dose
dose-try = Try the new dose
dose-try-label = Try the new dose for { $name }
dose-not-now = Not now
dose-not-now-label = Not now: keep the dose of { $name }
dose-paused = Dose changes are paused: { $reason } Limber suggests no change while this lasts; stop any exercise that makes your symptoms worse. What to do is in the note at the top of this screen.
# $day is a short date with its weekday ("Mon 7 Dec"); $doses the doses Undo brings back.
dose-changed = Changed on { $day }. Undo brings back: { $doses }
dose-undo = Undo the last dose change
dose-undo-label = Undo the last dose change of { $name }
dose-history = Dose history
# A stretch of the dose history: how it began ("Step up you accepted") and the day.
dose-era-since = { $how }, { $day }
dose-sessions-none = No sessions yet
# $days is a list of short dates, or a dose-sessions-range.
dose-sessions = { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }: { $days }
dose-sessions-range = { $first } to { $last }

# The calendar heatmap. A cell's words: "Mon 3 Mar 2025: done".
heatmap-caption = Calendar of { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Last week
       *[other] Last { $weeks } weeks
    }: { $done } done, { $rest ->
        [0] {""}
        [one] { $rest } rest day,{" "}
       *[other] { $rest } rest days,{" "}
    }{ $missed } missed.
heatmap-day = { $day }: { $state }
heatmap-done = done
heatmap-rest = rest day
heatmap-missed = missed
heatmap-pending = today, not done yet
heatmap-unscheduled = not scheduled
heatmap-untracked = before you started
heatmap-future = still to come
# The symbol drawn in a rest day's cell (beside its colour): one letter.
heatmap-rest-symbol = R
heatmap-legend = What the calendar shows

# The morning pain chart, its text alternative and its table.
chart-pain-axis = 0 = none, 10 = worst
chart-pain = Pain (solid line)
chart-stiffness = Stiffness (dashed line)
chart-wind-down = Wind-down the evening before (filled dot)
chart-morning = Morning routine done (ring)
chart-none = No check-ins yet. After your morning check-in, your pain and stiffness appear here.
chart-count = { $count ->
        [one] { $count } check-in in this period.
       *[other] { $count } check-ins in this period.
    }
# $pain and $stiffness are numbers, or "–" when not answered; the averages have one decimal.
chart-latest = Latest, { $day }: pain { $pain }, stiffness { $stiffness }.
chart-average = Last 30 days on average: pain { $pain }, stiffness { $stiffness }.
chart-table-show = Show the latest check-ins as a table
chart-table-caption = Latest check-ins, newest first
chart-col-day = Day
chart-col-pain = Pain
chart-col-stiffness = Stiffness
chart-col-wind-down = Wind-down the evening before
chart-col-morning = Morning routine
chart-yes = yes
chart-no = no

# The sleep chart and its text alternative.
sleep-axis = 1 = very poor, 5 = very good
sleep-line = Sleep (line)
sleep-none = No nights rated yet. The morning check-in asks how you slept; your answers appear here.
sleep-count = { $count ->
        [one] { $count } night rated in this period.
       *[other] { $count } nights rated in this period.
    }
sleep-latest = Latest, { $day }: { $quality } of 5.
sleep-average = Last 30 days on average: { $average } of 5.

# The streak settings' day-boundary field, when what was typed is no time of day.
streaks-problem-boundary = A new day starts at: "{ $text }" is not a time; type it like 04:00.
