# The settings section for sync between a person's computers. $folder is a folder's path; $name a computer's
# name as it is shown.

sync-heading = Sync between your computers
sync-off-hint = Use Limber on more than one computer? Choose a folder you already sync with Syncthing, Nextcloud, Dropbox, OneDrive or iCloud Drive, or one on a USB stick. Limber writes one file for this computer into it and reads your other computers' files, so a routine done on one counts on all. Limber itself never uses the network.
sync-choose = Choose sync folder…
sync-folder = Folder
sync-last-synced = Last synced
sync-not-yet = Not yet
sync-this-computer = This computer
sync-now = Sync now
sync-choose-another = Choose another folder…
sync-stop = Stop syncing
sync-devices-heading = Your other computers
sync-no-devices = None yet. Choose this same folder in Limber on your other computer; it shows here once its file has arrived.
# A computer's row: how many changes its file holds ($changes, a sync-changes message) and, when it has any,
# when the last one was ($when: "5 minutes ago (09:55)").
sync-device-activity = { $changes }, last change { $when }
sync-confirm-remove = Stop reading { $name }'s file? What it brought stays.
sync-yes-remove = Yes, remove { $name }
sync-keep = Keep { $name }
sync-remove = Remove { $name }
sync-skipped-heading = Skipped on the last pass
sync-contents = What the files contain
sync-contents-what = Your sessions, check-ins (journal), rest days, your own routines, and your reminder times, routine plan and goals. Not your sound settings or window size.
sync-contents-plain = The files are readable JSON, not encrypted, so choose a folder you trust: anyone who can open the folder can read them.

# What a pass or a button did.
sync-chosen = Limber now syncs through { $folder }.
sync-synced = Synced.
sync-stopped = Stopped syncing. Limber's files stay in { $folder }; choose the folder again to start again.
sync-removed = Removed { $name }: Limber no longer reads its file. What it brought stays.

# How things stand.
sync-just-now = just now
# $ago is how long ago in words ("5 minutes ago"), $time the local time ("09:55").
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] no changes
        [one] { $count } change
       *[other] { $count } changes
    }
sync-written-none = nothing written from this computer yet
# $changes is a sync-changes message.
sync-written = { $changes } written from this computer
sync-unnamed = Unnamed computer

# Why the sync folder cannot be used. $folder is its path; $why one of the sync-why- reasons below.
sync-error-no-folder = No sync folder is chosen: choose one in Settings, or run `limber sync --folder PATH`.
sync-error-folder = Limber cannot use { $folder } as a sync folder: { $why }.
sync-why-not-found = it does not exist
sync-why-denied = Limber is not allowed to write there
sync-why-read-only = it is on a read-only disk
sync-why-full = the disk is full
sync-why-not-folder = it is not a folder
# $detail is the system's own words, in English.
sync-why-system = the system says: { $detail }

# Why a file in the sync folder was left out (shown after the file's name).
sync-skip-unreadable-folder = the folder could not be read: { $why }
sync-skip-conflict-copy = a copy the sync tool made when two versions met; Limber reads the original
sync-skip-unknown-name = its name is not one Limber writes
sync-skip-not-file = it is not a regular file
sync-skip-too-large = it is larger than { $megabytes } MB, far more than Limber writes
sync-skip-no-header = it does not start like a Limber sync file
# $version is the file format's number.
sync-skip-newer = a newer Limber wrote it (format { $version }); update Limber on this computer to read it
# $device is the other computer's id.
sync-skip-other-device = its first line names another computer ({ $device })
sync-skip-torn = line { $line } has not fully arrived yet; it is read once the sync tool has brought it
# $reason is the reader's own words, in English.
sync-skip-bad-line = line { $line }: { $reason }
# A change from another computer that the rules refused; $why is the reason, in English.
sync-skip-not-taken = not taken in: { $why }

# `limber sync`'s summary. $folder is a path, $time a local date and time.
sync-cli-synced = Synced with { $folder } at { $time }.
# $name and $id are this computer's name and the start of its id; $written new changes, $total in all.
sync-cli-this-computer = This computer ({ $name }, { $id }…): { $written ->
        [one] { $written } new change
       *[other] { $written } new changes
    } written, { $total } in all.
sync-cli-read = Read { $read ->
        [one] { $read } new change
       *[other] { $read } new changes
    } from { $computers ->
        [one] { $computers } other computer
       *[other] { $computers } other computers
    }.
# Another computer: its name, the start of its id, how many changes it made (and when it made the latest).
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } change
       *[other] { $changes } changes
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } change
       *[other] { $changes } changes
    }, last change { $last }
sync-cli-skipped = Skipped { $files ->
        [one] { $files } file
       *[other] { $files } files
    }:
# The title of the system's folder picker.
sync-picker-title = Choose the folder to sync through
