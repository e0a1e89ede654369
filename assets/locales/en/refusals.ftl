# Values the streak settings and rest days refuse, with nothing changed (Rust: limber_app::progress_settings).
# The settings screen checks most of them itself; these are said when a value gets past it.
# $got is the value that was given; $latest is a 24-hour time such as 06:00.
streak-refused-boundary-time = The time a new day starts must be written like 04:00 (got “{ $got }”).
streak-refused-boundary-late = A new day must start between 00:00 and { $latest } (got { $got }).
streak-refused-rest-days = Rest days per month must be 0–{ $max } (got { $got }).
# $routine is a routine's id, as a settings file names it.
streak-refused-unknown-routine = No routine called “{ $routine }” can have a goal.
streak-refused-goal = A weekly goal must be { $min }–{ $max } days (got { $got }).
rest-day-refused-already = Today is already a rest day.
# $limit is how many rest days a month the person allowed themselves.
rest-day-refused-limit = { $limit ->
        [0] Your settings allow no rest days a month for this routine.
        [one] You have used this month's rest day for this routine.
       *[other] You have used this month's { $limit } rest days for this routine.
    }

# A routine cannot start (Rust: the session driver). $routine is a routine's name.
session-refused-running = { $routine } is still running: stop it before starting another routine.
session-refused-unsuitable = Every move in { $routine } is left out for you because of your answers in the setup questions. You can change them in Settings, with “Run the first-run setup again”.
session-refused-none = No routine is running.
# The answer to "how does your back feel now?" after a session, out of range.
session-refused-feel = The answer must be { $min }–{ $max } (got { $got }).
# The routine editor's save and delete, refused with nothing changed.
routine-refused-built-in = Built-in routines cannot be changed; duplicate it to make your own.
routine-refused-built-in-delete = Built-in routines cannot be deleted.
routine-refused-not-a-copy = This routine was not copied from a built-in routine, so there is nothing to reset it to.
routine-refused-problems = The routine was not saved: { $count ->
        [one] first fix the problem shown.
       *[other] first fix the { $count } problems shown.
    }
# The first-run plan without any day ticked.
plan-refused-no-days = Choose at least one day for your routines.

# A button pressed on the player just as the session changed (the screen had not caught up). $state is
# not-started, started, paused, not-paused, over or nothing-to-extend (no hold or rest to add time to).
session-refused-command = { $state ->
        [not-started] The routine has not started yet.
        [started] The routine has already started.
        [paused] The routine is already paused.
        [not-paused] The routine is not paused.
        [over] The routine is over.
       *[nothing-to-extend] This step has no hold or rest to add time to.
    }
# An edit that no longer fits the routine on screen (another window changed it). Nothing was changed.
routine-refused-edit = That change no longer fits this routine. Nothing was changed.
# The language setting was given a language Limber does not have; $tag is its code.
language-refused-unknown = Limber does not speak “{ $tag }”.
