# The data settings: export, import and the daily backups.

data-heading = Your data
data-hint = Everything stays on this computer (and in your sync folder, if you choose one below). Export a copy to keep, to move to another computer, or to open in a spreadsheet.
data-export-json = Export everything (JSON)…
data-export-sessions = Export sessions (CSV)…
data-export-journal = Export journal (CSV)…
# After an export: $size is a file size message, $path where the file was written.
data-exported = Saved { $size } to { $path }.
data-import-heading = Import
data-import-hint = Bring in a Limber export (JSON). The file is checked first; if anything in it is wrong, nothing changes. Sessions and entries you already have are kept, so importing the same file twice adds nothing.
data-import = Import a Limber export…
data-backups-heading = Daily backups
# $kept is how many copies are kept; $folder is the path of the folder they are in.
data-backups-hint = Limber copies its database once a day and keeps the { $kept } copies it made most recently. If the database is ever damaged, it restores the most recent good copy when it starts. They are in { $folder }.
data-no-backup = No backup yet; the first is made today.
# The accessible name of the list of backups.
data-backups-label = Backups
# One backup: its day and its size.
data-backup-row = { $day } · { $size }
# $days: how many days old the newest backup is (always more than a week).
data-backup-old = Your newest backup is { $days } days old. If your data were damaged now, Limber could only bring it back as it was { $days } days ago, and everything you recorded since would be lost. Limber makes a backup on each day it runs; if this warning stays, check that the disk has free space and that the backup folder can be written.

# File sizes.
size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
