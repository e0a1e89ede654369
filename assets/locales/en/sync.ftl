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
