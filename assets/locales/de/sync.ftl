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
