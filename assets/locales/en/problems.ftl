# What keeps Limber from saving, said where the window, the end screen, the check-in form and `limber status`
# show it. $readable is "yes" when Limber can still show the data it has, "no" when it started without reading it.

problem-disk-full-title = The disk that holds Limber's data is full.
problem-disk-full-advice = { $readable ->
        [yes] Nothing was lost.
       *[no] Nothing was lost: your data is still in that folder, and Limber opens it once there is room.
    } Anything new you do is kept while Limber stays open, and Limber tries to save it every few seconds. Free some space on that disk (empty the trash, or delete large files you no longer need) and Limber saves by itself.
problem-read-only-title = Limber cannot save: its data folder is read-only.
problem-read-only-advice = { $readable ->
        [yes] Nothing was lost: your data is still there.
       *[no] Nothing was lost: your data is still in that folder, and Limber opens it once it can.
    } Anything new you do is kept while Limber stays open, and Limber tries to save it every few seconds. Make the folder writable again (check that its disk is not mounted read-only and that your user owns the folder) and Limber saves by itself.
problem-busy-title = Another program is using Limber's data file.
problem-busy-advice = Nothing was lost. Anything new you do is kept while Limber stays open, and Limber tries to save it every few seconds. It is saved by itself as soon as the other program lets go; if that does not happen, close programs that may have the file open (a backup or sync tool, a database viewer, a second Limber).
problem-unavailable-title = Limber cannot use its data right now.
problem-unavailable-advice = { $readable ->
        [yes] Nothing was deleted.
       *[no] Nothing was deleted: your data is still in that folder.
    } Anything new you do is kept while Limber stays open, and Limber tries to save it every few seconds.
# Everything about a problem in one paragraph, for `limber status` and the log. $title and $advice are the
# sentences above, $folder the data folder's path, $detail the database's own words (left in English).
problem-sentence = { $title } The folder is { $folder }. { $advice } (Details: { $detail }.)

# Why something the person did is not saved yet, and what happens to it.
problem-disk-full-waiting = The disk that holds Limber's data is full. Limber keeps this and tries again every few seconds: free some space on that disk and it is saved by itself. Keep Limber open until then.
problem-read-only-waiting = Limber's data folder is read-only. Limber keeps this and tries again every few seconds: make the folder writable again and it is saved by itself. Keep Limber open until then.
problem-busy-waiting = Another program is using Limber's data file. Limber keeps this and tries again every few seconds: it is saved by itself as soon as the other program lets go. Keep Limber open until then.
problem-unavailable-waiting = Limber cannot use its data right now. It keeps this and tries again every few seconds. Keep Limber open until it is saved.

# A change the person asked for that could not be written.
problem-disk-full-refused = Not saved: the disk that holds Limber's data is full. Free some space on that disk and try again.
problem-read-only-refused = Not saved: Limber's data folder is read-only. Make it writable again and try again.

# The store refused a finished session for what it is (Limber should never build such a record). $detail is the
# database's reason, in English.
session-not-saved = The session could not be saved: { $detail }.
