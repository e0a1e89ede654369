sync-heading = Sync zwischen deinen Computern
sync-off-hint = Du nutzt Limber auf mehr als einem Computer? Wähle einen Ordner, den du schon mit Syncthing, Nextcloud, Dropbox, OneDrive oder iCloud Drive synchronisierst, oder einen auf einem USB-Stick. Limber legt darin eine Datei für diesen Computer ab und liest die Dateien deiner anderen Computer, sodass eine Routine, die du auf einem machst, auf allen zählt. Limber selbst nutzt nie das Netzwerk.
sync-choose = Sync-Ordner wählen …
sync-folder = Ordner
sync-last-synced = Zuletzt synchronisiert
sync-not-yet = Noch nicht
sync-this-computer = Dieser Computer
sync-now = Jetzt synchronisieren
sync-choose-another = Anderen Ordner wählen …
sync-stop = Sync beenden
sync-devices-heading = Deine anderen Computer
sync-no-devices = Noch keine. Wähle in Limber auf deinem anderen Computer denselben Ordner; er erscheint hier, sobald seine Datei angekommen ist.
sync-device-activity = { $changes }, letzte Änderung { $when }
sync-confirm-remove = Die Datei von { $name } nicht mehr lesen? Was bereits übernommen wurde, bleibt.
sync-yes-remove = Ja, { $name } entfernen
sync-keep = { $name } behalten
sync-remove = { $name } entfernen
sync-skipped-heading = Beim letzten Durchlauf übersprungen
sync-contents = Was die Dateien enthalten
sync-contents-what = Deine Einheiten, dein Befinden (Tagebuch), Ruhetage, deine eigenen Routinen sowie deine Erinnerungszeiten, deinen Routinenplan und deine Ziele. Nicht deine Toneinstellungen oder die Fenstergröße.
sync-contents-plain = Die Dateien sind lesbares JSON und nicht verschlüsselt. Wähle also einen Ordner, dem du vertraust: Wer den Ordner öffnen kann, kann sie lesen.

sync-chosen = Limber synchronisiert jetzt über { $folder }.
sync-synced = Synchronisiert.
sync-stopped = Sync beendet. Limbers Dateien bleiben in { $folder }; wähle den Ordner erneut, um wieder zu beginnen.
sync-removed = { $name } entfernt: Limber liest seine Datei nicht mehr. Was bereits übernommen wurde, bleibt.

sync-just-now = gerade eben
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] keine Änderungen
        [one] { $count } Änderung
       *[other] { $count } Änderungen
    }
sync-written-none = von diesem Computer noch nichts geschrieben
sync-written = { $changes } von diesem Computer geschrieben
sync-unnamed = Unbenannter Computer

sync-error-no-folder = Es ist kein Sync-Ordner gewählt: Wähle einen in den Einstellungen oder führe `limber sync --folder PFAD` aus.
sync-error-folder = Limber kann { $folder } nicht als Sync-Ordner verwenden: { $why }.
sync-why-not-found = Er existiert nicht
sync-why-denied = Limber darf dort nicht schreiben
sync-why-read-only = Er liegt auf einem schreibgeschützten Datenträger
sync-why-full = Der Datenträger ist voll
sync-why-not-folder = Es ist kein Ordner
sync-why-system = Das System meldet: { $detail }

sync-skip-unreadable-folder = der Ordner konnte nicht gelesen werden: { $why }
sync-skip-conflict-copy = eine Kopie, die das Sync-Programm angelegt hat, als zwei Fassungen aufeinandertrafen; Limber liest das Original
sync-skip-unknown-name = ihr Name ist keiner, den Limber schreibt
sync-skip-not-file = keine gewöhnliche Datei
sync-skip-too-large = größer als { $megabytes } MB, weit mehr, als Limber schreibt
sync-skip-no-header = beginnt nicht wie eine Limber-Sync-Datei
sync-skip-newer = von einem neueren Limber geschrieben (Format { $version }); aktualisiere Limber auf diesem Computer, um sie zu lesen
sync-skip-other-device = ihre erste Zeile nennt einen anderen Computer ({ $device })
sync-skip-torn = Zeile { $line } ist noch nicht vollständig angekommen; sie wird gelesen, sobald das Sync-Programm sie gebracht hat
sync-skip-bad-line = Zeile { $line }: { $reason }
sync-skip-not-taken = nicht übernommen: { $why }

sync-cli-synced = Synchronisiert mit { $folder } um { $time }.
sync-cli-this-computer = Dieser Computer ({ $name }, { $id }…): { $written ->
        [one] { $written } neue Änderung
       *[other] { $written } neue Änderungen
    } geschrieben, { $total } insgesamt.
sync-cli-read = { $read ->
        [one] { $read } neue Änderung
       *[other] { $read } neue Änderungen
    } von { $computers ->
        [one] { $computers } anderen Computer
       *[other] { $computers } anderen Computern
    } gelesen.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } Änderung
       *[other] { $changes } Änderungen
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } Änderung
       *[other] { $changes } Änderungen
    }, letzte Änderung { $last }
sync-cli-skipped = { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } übersprungen:
sync-picker-title = Wähle den Ordner, über den synchronisiert wird
