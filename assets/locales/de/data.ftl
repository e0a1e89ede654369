data-heading = Deine Daten
data-hint = Alles bleibt auf diesem Computer (und in deinem Sync-Ordner, falls du unten einen wählst). Exportiere eine Kopie, um sie aufzubewahren, auf einen anderen Computer mitzunehmen oder in einer Tabellenkalkulation zu öffnen.
data-export-json = Alles exportieren (JSON) …
data-export-sessions = Einheiten exportieren (CSV) …
data-export-journal = Tagebuch exportieren (CSV) …
data-exported = { $size } gespeichert unter { $path }.
data-import-heading = Importieren
data-import-hint = Übernimm einen Limber-Export (JSON). Die Datei wird zuerst geprüft; ist darin etwas falsch, ändert sich nichts. Einheiten und Einträge, die du schon hast, bleiben erhalten, daher fügt ein zweiter Import derselben Datei nichts hinzu.
data-import = Limber-Export importieren …
data-backups-heading = Tägliche Sicherungen
data-backups-hint = Limber kopiert seine Datenbank einmal am Tag und behält die { $kept } neuesten Kopien. Wird die Datenbank einmal beschädigt, stellt Limber beim Start die neueste intakte Kopie wieder her. Sie liegen in { $folder }.
data-no-backup = Noch keine Sicherung; die erste wird heute angelegt.
data-backups-label = Sicherungen
data-backup-row = { $day } · { $size }
data-backup-old = Deine neueste Sicherung ist { $days } Tage alt. Würden deine Daten jetzt beschädigt, könnte Limber sie nur so wiederherstellen, wie sie vor { $days } Tagen waren, und alles, was du seitdem eingetragen hast, wäre verloren. Limber legt an jedem Tag, an dem es läuft, eine Sicherung an; bleibt diese Warnung, prüfe, ob auf dem Datenträger Platz frei ist und ob in den Sicherungsordner geschrieben werden kann.

size-bytes = { $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Byte
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = Importiert: { $sessions ->
        [one] { $sessions } Einheit hinzugefügt
       *[other] { $sessions } Einheiten hinzugefügt
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } schon vorhanden
    }, { $entries ->
        [one] { $entries } Tagebucheintrag hinzugefügt
       *[other] { $entries } Tagebucheinträge hinzugefügt
    }{ $updated ->
        [0] {""}
       *[other] , { $updated } mit neueren Antworten aktualisiert
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } Ruhetag hinzugefügt
       *[other] , { $restDays } Ruhetage hinzugefügt
    }{ $routines ->
        [0] {""}
        [one] , { $routines } eigene Routine hinzugefügt oder aktualisiert
       *[other] , { $routines } eigene Routinen hinzugefügt oder aktualisiert
    }{ $settings ->
        [0] {""}
        [one] , { $settings } Einstellung hinzugefügt
       *[other] , { $settings } Einstellungen hinzugefügt
    }.
import-refused-invalid = Es wurde nichts importiert: Die Datei hat { $total ->
        [one] { $total } Problem
       *[other] { $total } Probleme
    }. { $shown ->
        [one] Es lautet
       *[other] Die ersten sind
    }: { $problems }{ $more ->
        [0] .
       *[other] ; und { $more } weitere.
    }
import-refused-not-export = Es wurde nichts importiert: Die Datei ist kein Limber-Export.
import-refused-not-text = Es wurde nichts importiert: Die Datei ist kein Limber-Export (sie ist kein Text).
import-refused-newer = Es wurde nichts importiert: Die Datei stammt von einem neueren Limber (Exportversion { $found }; dieses Limber liest bis Version { $known }); bitte aktualisiere Limber, um sie zu importieren.
import-refused-too-large = Es wurde nichts importiert: Die Datei ist zu groß für einen Limber-Export ({ $bytes } Byte; die Grenze liegt bei { $limit }).
import-refused = Es wurde nichts importiert: { $reason }.
import-picked-up = Das laufende Limber hat die Änderung übernommen.
data-filter-json = Limber-Export (JSON)
data-filter-csv = CSV-Tabelle
