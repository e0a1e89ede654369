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

# After an import: what it added. Each count's part is left out when it is 0 (except the first and third).
# $sessions sessions added, $skipped already there, $entries journal entries added, $updated journal entries
# updated, $restDays rest days added, $routines custom routines added or updated, $settings settings added.
import-done = Imported: { $sessions ->
        [one] { $sessions } session added
       *[other] { $sessions } sessions added
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } already there
    }, { $entries ->
        [one] { $entries } journal entry added
       *[other] { $entries } journal entries added
    }{ $updated ->
        [0] {""}
       *[other] , { $updated } updated with newer answers
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } rest day added
       *[other] , { $restDays } rest days added
    }{ $routines ->
        [0] {""}
        [one] , { $routines } custom routine added or updated
       *[other] , { $routines } custom routines added or updated
    }{ $settings ->
        [0] {""}
        [one] , { $settings } setting added
       *[other] , { $settings } settings added
    }.
# A refused import: the file has $total problems; $problems lists the first $shown of them (in English for
# now), and $more is how many are not listed.
import-refused-invalid = Nothing was imported: the file has { $total ->
        [one] { $total } problem
       *[other] { $total } problems
    }. { $shown ->
        [one] It is
       *[other] The first are
    }: { $problems }{ $more ->
        [0] .
       *[other] ; and { $more } more.
    }
import-refused-not-export = Nothing was imported: the file is not a Limber export.
import-refused-not-text = Nothing was imported: the file is not a Limber export (it is not text).
# $found is the file's export version, $known the newest this Limber reads.
import-refused-newer = Nothing was imported: the file was made by a newer Limber (export version { $found }; this Limber reads up to version { $known }); please update Limber to import it.
# $bytes is the file's size and $limit the largest export Limber reads, both in bytes.
import-refused-too-large = Nothing was imported: the file is too large to be a Limber export ({ $bytes } bytes; the limit is { $limit }).
# Any other reason ($reason, in English for now).
import-refused = Nothing was imported: { $reason }.
# `limber import`, after the summary, when Limber was running and has read the imported data.
import-picked-up = The running Limber has picked up the change.
# The file types in the system's save and open dialogs.
data-filter-json = Limber export (JSON)
data-filter-csv = CSV spreadsheet
