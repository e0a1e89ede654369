# The morning check-in screen, its card on the home screen, and the notice after a restored backup.

checkin-heading = Morning check-in
# Under the heading: the routine day ("Mon 3 Mar") and a line for it.
checkin-meta-again = { $day } · You checked in today already; change anything and save again.
checkin-meta-new = { $day } · How is your back this morning?
checkin-pain-legend = Back pain right now
# A choice's full name for a screen reader; only the number shows.
checkin-pain-value = Pain { $value }
checkin-pain-low = 0 none
checkin-pain-high = 10 worst imaginable
checkin-stiffness-legend = Stiffness right now
checkin-stiffness-value = Stiffness { $value }
checkin-stiffness-low = 0 none
checkin-stiffness-high = 10 can hardly move
checkin-sleep-legend = How did you sleep?
# $quality is one of the checkin-sleep-quality messages.
checkin-sleep-value = Sleep { $quality }
checkin-sleep-very-poor = Very poor
checkin-sleep-poor = Poor
checkin-sleep-ok = OK
checkin-sleep-good = Good
checkin-sleep-very-good = Very good
checkin-position-legend = Position you slept in
checkin-position-side = Side
checkin-position-back = Back
checkin-position-stomach = Stomach
checkin-position-varies = It varied
checkin-note = Note (optional)
checkin-save = Save check-in
checkin-see-progress = See progress
checkin-not-saved = Not saved yet
checkin-saved-for = Saved for { $day }.
# The questions left unanswered; $questions is a list of the checkin-missing names.
checkin-missing = Please answer: { $questions }.
checkin-missing-pain = back pain
checkin-missing-stiffness = stiffness
checkin-missing-sleep = sleep quality
checkin-missing-position = sleep position

# The card on the home screen. $pain, $stiffness and $sleep are numbers, or "–" when not answered.
checkin-card-not-saved = Today's answers are not saved yet: Limber keeps them and tries again.
checkin-card-see = See check-in
checkin-card-done = Done today: pain { $pain }, stiffness { $stiffness }, sleep { $sleep } of 5.
checkin-card-edit = Edit check-in
checkin-card-invite = How is your back this morning? Four taps, under ten seconds.
checkin-card-now = Check in now

# The notice after Limber restored a damaged database. $day is a backup's day ("Mon 3 Mar 2025"); $records
# how many records its record log brought back.
recovery-heading = Your data was restored from a backup
recovery-restored = { $records ->
        [0] Limber found its database damaged and restored the backup from { $day }. Settings changed after that backup are as they were then.
        [one] Limber found its database damaged and restored the backup from { $day } and the one record saved since then. Settings changed after that backup are as they were then.
       *[other] Limber found its database damaged and restored the backup from { $day } and the { $records } records saved since then. Settings changed after that backup are as they were then.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber found its database damaged and had no good backup, so it started afresh with the one record from its record log.
       *[other] Limber found its database damaged and had no good backup, so it started afresh with the { $records } records from its record log.
    }
recovery-fresh = Limber found its database damaged and had no good backup, so it started afresh.
# The damaged file's path follows.
recovery-kept = The damaged file was kept, not deleted:
# The recovery as `limber status` and `limber import` print it: $what is recovery-restored, -fresh or
# -fresh-with-log, $kept is recovery-kept, $path the damaged file's path.
recovery-told = { $what } { $kept } { $path }
recovery-details = Details
recovery-ok = OK
