# The home screen ("Today"): the routines with their cards.

home-tagline = Gentle routines for a stiff back, at bedtime and in the morning.
home-routines-heading = Routines
home-loading = Loading…
# Under a routine's name: its length (a duration message) and how many exercises it has.
home-routine-meta = { $duration } · { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
home-start = Start
# The accessible name of a routine's Start button.
home-start-label = Start { $name }
home-details = Details
home-details-label = Details of { $name }
# The accessible name of the list of a routine's exercises.
home-exercises-in = Exercises in { $name }

# A length as a person reads it: "45 s", "9 min".
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

# The buttons above the routine cards.
routines-new = New routine
routines-import = Import routine…
routines-problems-label = Problems in the routine file

# The buttons and the history line of a routine card.
card-edit = Edit
card-edit-label = Edit { $name }
card-duplicate = Duplicate
card-duplicate-label = Duplicate { $name }
history-not-done = Not done yet
history-started = { $count ->
        [one] Started once, not finished yet
       *[other] Started { $count } times, not finished yet
    }
history-done = { $count ->
        [one] Done once
       *[other] Done { $count } times
    }
# $day is a short date in the person's language, for example "Fri 21 Nov".
history-done-last = { $count ->
        [one] Done once · last on { $day }
       *[other] Done { $count } times · last on { $day }
    }
