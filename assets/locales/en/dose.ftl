# The adaptive dose's sentences on the progress screen (Rust: limber_app::dose_words). Limber suggests at most
# one small change of one exercise's dose a week, and says why from the person's own numbers. Calm and plain:
# a suggestion, never an order. $exercise is an exercise's name, $routine a routine's name.

# One dose in the dose history: "Knee-to-chest: hold 25 s", "Supine knee twist: 5 reps on each side".
# $value is the number; $sides is "each" when the exercise is done on each side, else "none".
dose-value-hold = { $exercise }: hold { $value } s
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } rep on each side
           *[other] { $value } reps on each side
        }
       *[none] { $value ->
            [one] { $value } rep
           *[other] { $value } reps
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } round
       *[other] { $value } rounds
    }

# Both doses of a change, the new one first: "Knee-to-chest: hold 25 s instead of 20 s." $to is the new
# number, $from the one before; $sides as above.
dose-change-hold = { $exercise }: hold { $to } s instead of { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } rep on each side
           *[other] { $to } reps on each side
        }
       *[none] { $to ->
            [one] { $to } rep
           *[other] { $to } reps
        }
    } instead of { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } round
       *[other] { $to } rounds
    } instead of { $from }.

# Why a change is offered, then what to try: "{ reason }: try { step }." Both parts are messages below.
dose-why = { $reason }: try { $step }.
# A run of done days. $days is bedtime, morning or anytime (the routine's time of day).
dose-because-run = You finished { $finished } of your last { $planned } { $days ->
        [bedtime] evenings
        [morning] mornings
       *[anytime] planned days
    } and your back has been about the same or better
# A rating that rose: $before and $after are averages out of 10, with one decimal (2.3). $measure is
# after-sessions (the rating after each session), morning-pain or morning-stiffness (the morning check-in).
dose-because-rising = { $measure ->
        [after-sessions] Your back has felt worse after this routine lately
        [morning-pain] Your back has hurt more in the mornings lately
       *[morning-stiffness] Your back has been stiffer in the mornings lately
    } (from { $before } to { $after } out of 10 on average)
dose-because-skipped = You skipped part of { $exercise } in { $sessions } of your last { $of } sessions
# What to try; the exercise is named on the line below, so it is not repeated. $by is how much; $sides as above.
dose-step-hold-up = { $by ->
        [one] one more second
       *[other] { $by } more seconds
    } in each hold
dose-step-hold-down = { $by ->
        [one] one second less
       *[other] { $by } fewer seconds
    } in each hold
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [one] one more rep on each side
           *[other] { $by } more reps on each side
        }
       *[none] { $by ->
            [one] one more rep
           *[other] { $by } more reps
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [one] one fewer rep on each side
           *[other] { $by } fewer reps on each side
        }
       *[none] { $by ->
            [one] one fewer rep
           *[other] { $by } fewer reps
        }
    }
dose-step-rounds-up = { $by ->
        [one] one more round
       *[other] { $by } more rounds
    }
dose-step-rounds-down = { $by ->
        [one] one fewer round
       *[other] { $by } fewer rounds
    }

# Why nothing is offered now. $day is a date-long.
dose-quiet-answered = At most one change a week: the next suggestion can come from { $day }.
dose-quiet-little-history = Not enough sessions and morning check-ins yet to suggest a change: keep going, and answer “how does your back feel?” after each session.
# $needed of $days planned days must be done before a step up.
dose-quiet-building = { $finished } of the last { $planned } planned days done: after { $needed } of { $days }, Limber may suggest a little more.
# $measure as in dose-because-rising; $before and $after are averages with one decimal.
dose-quiet-not-settled = The dose stays as it is: { $measure ->
        [after-sessions] your back after sessions
        [morning-pain] morning back pain
       *[morning-stiffness] morning stiffness
    } went from { $before } to { $after } on average, so it is not the time to add more.
dose-quiet-at-limit = Every dose that could move is at the edge of its safe range: the dose stays as it is.

# Under an offer for a built-in routine, before the person taps.
dose-copy-note = { $routine } is built in: accepting makes your own copy with the new dose, which takes over its reminder, goal and history.

# What an answer did. $doses is a dose-change-* sentence; $day a date-long.
dose-accepted = From your next session: { $doses }
# $copy is the name of the person's new copy of the routine.
dose-accepted-copy = From your next session: { $doses } Limber made your own copy of { $routine } with the new dose, called “{ $copy }”: its reminder, weekly goal and history move to the copy, and the original stays as it was.
dose-declined = The dose stays as it is. Limber will not suggest another change to this routine before { $day }.
dose-undone = Undone. From your next session: { $doses }

# An answer refused, with nothing changed.
dose-refused-not-offered = This suggestion is no longer offered: your sessions or check-ins changed since it was shown. Nothing was changed.
dose-refused-nothing-to-undo = There is no dose change to undo for this routine.
dose-refused-stale = This suggestion no longer fits { $routine }: the routine was changed since it was made. Nothing was changed.
dose-refused-range = The change would take { $exercise } outside its safe range. Nothing was changed.

# How each stretch of the dose history began.
dose-era-start = Starting dose
dose-era-step-up = Step up you accepted
dose-era-step-down = Step down you accepted
dose-era-undo = Change undone
