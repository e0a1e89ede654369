# The first run (ui/src/screens/Welcome.svelte, ui/src/lib/onboarding/flow.ts): a few questions, then the plan
# Limber proposes. "Limber" is the brand and stays as it is.

welcome-step = Step { $step } of { $steps }
welcome-skip = Skip setup

## Each step's heading.

welcome-title-safety = Safety first
welcome-title-area = Where does it hurt?
welcome-title-health = Does any of this apply to you?
welcome-title-sleep = How do you usually sleep?
welcome-title-times = When do you usually sleep?
welcome-title-plan = Your plan

## The safety step (the signs that need a professional follow, from the safety guide).

welcome-safety-lead = Welcome. A few short questions and Limber proposes a bedtime and morning plan for your back. It takes about a minute. First, the signs that need a professional:

## Where it hurts.

welcome-area-lower-back = Lower back
welcome-area-lower-back-hint = Stiff or sore around the waist and below.
welcome-area-upper-back-neck = Upper back and neck
welcome-area-upper-back-neck-hint = Between the shoulder blades, shoulders or neck.
welcome-area-both = Both
welcome-area-both-hint = A bit of each.

## Conditions that rule moves out. Each hint says which moves Limber leaves out: keep its meaning exact.

welcome-health-lead = Some moves do not suit everyone. Tick what is true for you and Limber leaves those moves out of your routines.
welcome-condition-osteoporosis = Osteoporosis, or bones that break easily
welcome-condition-osteoporosis-hint = Moves that bend the spine forward or twist it are left out.
welcome-condition-surgery = Surgery on my back or neck, or a broken bone in my spine, that I am still recovering from
welcome-condition-surgery-hint = Only breathing, relaxation and getting up safely stay, until your surgeon or physiotherapist says more is fine.
welcome-condition-pregnancy = I am pregnant
welcome-condition-pregnancy-hint = Moves done lying flat on your back are left out.
welcome-condition-bending = My back pain gets worse when I bend forward
welcome-condition-bending-hint = The knee-to-chest stretch is left out.
welcome-condition-none = None of these
welcome-health-hint = Not sure? Ask your doctor or physiotherapist. You can change your answers later in Settings.

## How they sleep (the positions' names are settings.ftl's sleep-position messages).

welcome-sleep-lead = Most people move around at night. Pick the position you fall asleep in.

## The usual times.

welcome-bedtime = Usual bedtime
welcome-wake-time = Usual wake time
welcome-days = On which days?
welcome-morning-cue = Remind me of the morning routine
welcome-cue-after-waking = 15 minutes after I wake up
welcome-cue-first-computer-use = When I first use the computer

## What is still missing before the person can go on.

welcome-missing-area = Choose where it hurts.
# The quoted words are welcome-condition-none's.
welcome-missing-health = Tick what applies to you, or “{ welcome-condition-none }”.
welcome-missing-sleep = Choose how you usually sleep.
welcome-missing-bedtime = Enter your usual bedtime, like 23:00.
welcome-missing-wake-time = Enter your usual wake time, like 07:00.
welcome-missing-days = Choose at least one day.

## The plan.

welcome-plan-lead = Based on your answers. You can change any of it later in Settings.
welcome-plan-routines = Routines
welcome-plan-no-reminder = No reminder: do it whenever your upper back or neck feels stiff, for example in a break.
welcome-plan-sleep = Your sleep setup
welcome-plan-sleep-hint = Tonight's setup checklist comes up before the bedtime routine. More in Sleep setup.
welcome-start-at-login = Start Limber when I log in
welcome-start-at-login-hint = Reminders only come while Limber is running. It waits quietly in the tray.
welcome-preparing = Preparing your plan…

## The buttons.

welcome-accept = Accept this plan
welcome-change = Change my answers
welcome-understand = I understand
welcome-continue = Continue
welcome-back = Back
