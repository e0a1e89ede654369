# The exercises screen, the sleep setup screen, Help, and the guide's shared pieces (cautions, checklists, red
# flags). The exercises' own words, the sleep advice and the red flags themselves are content, not here.

library-heading = Exercises
library-intro = Every move Limber uses. Open one to see how to do it, how to breathe and when to take care.
library-area = Body area
library-area-all = All areas
library-position = Position
library-position-all = All positions
library-count = Showing { $shown } of { $total } exercises
library-no-match = No exercise matches both filters. Try “All areas” or “All positions”.
# The accessible name of the list of exercise cards.
library-list = Exercises
# Under an exercise's name: body area, position, the default dose (an exercise-dose message) and its length.
library-meta = { $area } · { $position } · { $dose } · about { $duration }
library-show = Steps and cautions
library-show-label = Steps and cautions for { $name }
library-hide = Hide steps
library-hide-label = Hide steps for { $name }
library-how = How to do it
library-breathing = Breathing
# $routines is a list of routine names.
library-used-in = Part of: { $routines }

area-lower-back = Lower back
area-upper-back = Upper back
area-neck = Neck
area-core = Core
position-in-bed = In bed
position-floor = On the floor
position-standing = Standing
position-seated = Seated

# An exercise's default dose. $rounds is how many rounds (1: none said); $sides is "each", "alternate" or
# "none"; $hold is the seconds a position is held, or "none".
exercise-dose-breaths = { $count ->
        [one] { $count } slow breath
       *[other] { $count } slow breaths
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rounds
    }
exercise-dose-once = { $rounds ->
        [1] Once
       *[other] Once, { $rounds } rounds
    }
exercise-dose-hold = Hold { $hold } s{ $sides ->
        [each] {" "}each side
        [alternate] {" "}each side, alternating
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rounds
    }
exercise-dose-reps = { $count ->
        [one] { $count } rep
       *[other] { $count } reps
    }{ $sides ->
        [each] {" "}each side
        [alternate] {" "}each side, alternating
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , hold { $hold } s
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rounds
    }

# The first-run conditions, as the "left out" lines name them (lower case inside a sentence).
condition-osteoporosis = osteoporosis
condition-spinal-surgery = recent spine surgery or fracture
condition-pregnancy = pregnancy
condition-bending-forward = pain when bending forward
# One move left out and why: "Knee-to-chest (osteoporosis and pregnancy)"; $conditions is a list.
guide-left-out-item = { $exercise } ({ $conditions })
# $items is a list of guide-left-out-item.
guide-left-out = Left out for you: { $items }.
guide-unsuitable = { $name } is not in your plan: every move in it is left out.
guide-unsuitable-because = { $name } is not in your plan: every move in it is left out because of { $conditions }.
guide-ask-surgeon = Your surgeon or physiotherapist can tell you which moves suit you, and when.
guide-ask-physio = A physiotherapist can suggest moves that suit you.

# The guide's shared pieces.
guide-take-care = Take care
# The accessible name of an exercise's cautions.
guide-take-care-for = Take care: { $name }
guide-tonight = Tonight's setup
guide-this-evening = This evening
guide-start-routine = Start the routine
guide-skip-checklist = Skip the checklist
# The accessible name of a position's list of what goes where; $position is the position's name.
guide-setup-label = What to put where: { $position }
guide-safety-loading = Loading the safety guide…
# $problem is what went wrong, in a sentence.
guide-safety-problem = The safety guide could not be shown: { $problem }

# The sleep setup screen.
sleep-show-for = Show the setup for
# After the person's own position in the choice of positions.
sleep-yours = (you)
sleep-tips = Worth a try

# Help.
help-heading = Help
help-when = When to get help
help-use-heading = How to use Limber
help-use-start-title = Start a routine
help-use-start = from Today. The bedtime wind-down is for the evening, on the floor or in bed; the morning routine starts in bed, before you get up.
help-use-follow-title = Follow the timer and the voice.
help-use-follow = Switch on the voice coach in Settings, Sound: with "Cues only" each exercise is named as it starts and you are told when to switch sides and when a hold ends; the "Full coach" also says how to do each move, counts the reps and paces your breathing, so you can keep your eyes closed. It goes on with the window closed.
help-use-before-title = Before the bedtime routine
help-use-before = Limber shows a short checklist for the evening and for tonight's pillows. Tick what is true, or skip it.
help-use-reminders-title = Reminders
help-use-reminders = come a little before bedtime and after you wake. Change them in Settings, where you can also run the first-run setup again.
help-use-checkin-title = Check in
help-use-checkin = each day with how your back and your sleep were. Progress shows what helps over time.
help-use-gently-title = Start gently.
help-use-gently = Do a few repetitions and build up, morning and evening. Move slowly, never bounce, and breathe normally.
help-use-bed-title = Getting in and out of bed.
help-use-bed = To get up, roll onto your side, push up with your arms and swing your legs out. To lie down at night, do the same in reverse.
help-use-answers-title = Your answers count.
help-use-answers = If you told Limber about osteoporosis, recent spine surgery, a pregnancy or pain when bending forward, the moves that do not suit you are left out of the routines. Change your answers in Settings.
help-keys-heading = Keyboard shortcuts in a routine
help-keys-key = Key
help-keys-does = What it does
# The keys as a screen reader names them, and what they do.
help-key-space = Space
help-key-right = Right arrow
help-key-left = Left arrow
help-key-esc = Esc
help-key-space-does = Pause, or carry on
help-key-right-does = Skip to the next exercise
help-key-left-does = Go back to the previous exercise
help-key-esc-does = Stop the routine
help-routines-heading = What each routine is for
# $exercises and $sleep stand for buttons named "Exercises" and "Sleep setup" (the navigation's words).
help-find-exercises = Every exercise, with its steps and cautions, is in { $exercises }.
help-find-sleep = Pillows and mattress are in { $sleep }.
help-advice-heading = Limber is not medical advice
help-advice = Limber offers general, gentle routines and sleep tips drawn from public health sources. It does not know your body or your history, it cannot diagnose anything, and it is no substitute for a doctor or physiotherapist. If you are unsure whether an exercise is right for you, ask one.
