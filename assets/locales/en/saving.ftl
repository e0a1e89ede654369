# What keeps Limber from saving (a full disk, a read-only data folder), on every screen, and the lines about
# whether a session and its answer are saved. The problem's title and advice come from Limber's core.

saving-folder = Folder:
saving-not-saved-yet = Not saved yet
saving-waiting = { $count ->
        [one] One thing you did is not saved yet. Limber keeps it while it stays open.
       *[other] { $count } things you did are not saved yet. Limber keeps them while it stays open.
    }
saving-quit-held = Limber did not quit, because what is not saved yet would be lost. Free the space (or fix the folder) and wait a few seconds, or quit anyway.
saving-quit-anyway = Quit anyway and lose it
# The all-clear after a problem; its name for a screen reader is saving-clear-label.
saving-clear = Saved. Limber can write its data again, and everything that waited is on disk now.
saving-clear-label = Saved
saving-clear-ok = OK

# The end screen's line about the session's record.
saving-record-saving = Saving…
saving-record-counts = Saved. This counts for today.
saving-record-not-counted = Saved. Not counted for today: less than most of the routine was done.
# The line under the "back feels" buttons; $problem is why it was refused (a sentence).
saving-feel-saved = Saved with this session.
saving-feel-waiting = Not saved yet: Limber keeps your answer and saves it with the session.
saving-feel-refused = Not saved: { $problem }
