# The player: what a person follows with one eye, lying on the floor at 23:00 or in bed at 07:00. Short and
# calm. Routine and exercise names ($routine, $exercise) are content and come in as they are.

## Before the routine starts.

player-back-home = ← Back
player-exercises-label = Exercises in this routine
player-safety = Move slowly and gently. Stop any exercise that makes your pain worse or sends it down a leg.
player-help = When to get help
# The quoted words are the Settings button that runs the first run again.
player-not-for-you = Every move in this routine is left out for you because of your answers in the setup questions. You can change them in Settings, with “{ guide-run-again }”.
player-start = Start
player-loading = Loading…
# When no sound device works; $reason is Limber's explanation of why (a whole sentence).
player-sound-note = { $reason } The routine runs silently.

## While the routine runs.

# The screen's name for a screen reader.
player-in-progress = { $routine } in progress
player-progress = Routine progress
# The countdown's name for a screen reader.
player-time-left = { $seconds ->
        [one] { $seconds } second left in this step
       *[other] { $seconds } seconds left in this step
    }
player-breathe-in = Breathe in
player-breathe-out = Breathe out
player-paused = Paused
player-show-steps = Show all steps
player-hide-steps = Hide steps
player-show-cautions = Cautions
player-hide-cautions = Hide cautions
player-steps-label = How to do { $exercise }
player-controls = Session controls
# Goes back one step.
player-previous = Back
player-pause = Pause
player-resume = Resume
player-skip = Skip
# Adds this many seconds to the step.
player-add-time = +{ $seconds } s
player-stop = Stop
player-stop-question = Stop this routine? What you did so far is kept.
player-keep-going = Keep going
player-stop-routine = Stop routine
player-help-paused = The routine is paused.
player-help-back = Back to the routine
player-help-close = Close

## Lights out: the bedtime routine goes on by voice with a dark screen that shows one line.

player-lights-out = Lights out
player-lights-out-label = { $routine } in progress, lights out
player-lights-on = Lights on
player-lights-on-paused = Paused. Lights on

## What the step is.

player-get-ready-for = Get ready: { $exercise }
player-get-ready = Get ready
player-switch-sides = Switch sides
player-rest = Rest
player-exercise = Exercise
player-side-left = Left side
player-side-right = Right side
# A step's title and its side in one line: "Open book, left side".
player-with-side = { $side ->
        [left] { $title }, left side
       *[right] { $title }, right side
    }
player-rep = Rep { $rep } of { $reps }
player-hold = Hold { $rep } of { $reps }
player-breath = Breath { $rep } of { $reps }
player-round = Round { $round } of { $rounds }
# $count is one of player-rep, player-hold or player-breath: "Rep 3 of 8 · round 1 of 2".
player-count-round = { $count } · round { $round } of { $rounds }
# $step is a step's title, with its side when it has one.
player-next = Next: { $step }
player-next-finish = Next: finish
# What a screen reader says when a new step begins. $step is its title, with its side when it has one.
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, hold { $seconds } second.
       *[other] { $step }, hold { $seconds } seconds.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } rep.
       *[other] { $step }, { $count } reps.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } breath.
       *[other] { $step }, { $count } breaths.
    }

## The end screen.

player-well-done = Well done
player-stopped = Session stopped
# $done, $total and $skipped count steps; $time is how long it took ("12:34", minutes and seconds).
player-summary = { $skipped ->
        [0] { $routine }: { $done } of { $total } steps done, in { $time }.
       *[other] { $routine }: { $done } of { $total } steps done, { $skipped } skipped, in { $time }.
    }
player-not-saved = Not saved
player-not-saved-yet = Not saved yet
player-feel-legend = How does your back feel now?
player-feel-low = 0 no pain
player-feel-high = 10 worst
player-feel-value = Back feels { $value } out of 10
player-checkin = Morning check-in
player-done = Done
