editor-title-loading = Routine
editor-title-new = Neue Routine
editor-title-edit = Routine bearbeiten
editor-back = Zurück
editor-loading = Wird geladen …
editor-about = Über diese Routine
editor-copy-of = Eine Kopie von { $name }; das Original bleibt unverändert.
editor-reset = Auf { $name } zurücksetzen
editor-name = Name
editor-description = Wofür sie ist
editor-when = Wann
editor-when-bedtime = Vor dem Schlafengehen
editor-when-morning = Am Morgen
editor-when-anytime = Jederzeit

editor-exercises = Übungen
editor-empty = { $count ->
        [0] Noch keine Übungen. Füge welche aus der Liste hinzu.
       *[other] Noch keine Übungen. Füge welche aus der Liste mit { $count } Übungen hinzu.
    }
editor-order-hint = Zieh eine Übung an ihrem Griff oder nutze „Nach oben“ und „Nach unten“. Leere Felder nehmen den Standardwert der Übung.
editor-drag = Ziehen zum Umsortieren
editor-about-length = etwa { $duration }
editor-move-up = Nach oben
editor-move-up-label = { $exercise } nach oben
editor-move-down = Nach unten
editor-move-down-label = { $exercise } nach unten
editor-remove = Entfernen
editor-remove-label = { $exercise } entfernen
editor-hold = Halten (s)
editor-reps = Wiederholungen
editor-rounds = Runden
editor-pace = Tempo (s pro Bewegung)
editor-sides = Seiten
editor-rest-after = Pause danach (s)
editor-sides-none = Ohne Seiten
editor-sides-each = Erst eine Seite, dann die andere
editor-sides-alternate = Seiten im Wechsel
editor-sides-default = { $sides ->
        [none] Standard (ohne Seiten)
        [each] Standard (erst eine Seite, dann die andere)
       *[alternate] Standard (Seiten im Wechsel)
    }
editor-default = Standard { $value }
editor-not-a-number = Gib eine ganze Zahl ein oder lass das Feld leer für den Standardwert.

editor-add-heading = Übungen hinzufügen
editor-search = Übungen suchen
editor-area = Körperbereich
editor-all-areas = Alle Bereiche
editor-where = Wo
editor-anywhere = Überall
editor-choice-meta = { $area } · { $position } · etwa { $duration }
editor-add = Hinzufügen
editor-add-label = { $exercise } hinzufügen
editor-shown-all = { $total ->
        [one] { $total } Übung
       *[other] { $total } Übungen
    }
editor-shown-none = Keine Übung passt; leere die Suche oder einen Filter.
editor-shown-some = { $total ->
        [one] { $shown } von { $total } Übung
       *[other] { $shown } von { $total } Übungen
    }

editor-file-heading = Diese Routine
editor-file-hint = Teile sie, bewahre eine Kopie als Datei auf oder lösche sie. Beim Löschen bleiben ihre bisherigen Durchgänge in deinem Verlauf.
editor-save-to-export = Speichere deine Änderungen, um sie zu exportieren.
editor-export = In Datei exportieren …
editor-delete = Routine löschen
editor-delete-question = „{ $name }“ löschen? Ihre bisherigen Durchgänge bleiben in deinem Verlauf.
editor-delete-yes = Ja, löschen
editor-delete-keep = Behalten
editor-leave-question = Ohne Speichern verlassen? Deine Änderungen gehen verloren.
editor-leave-yes = Ohne Speichern verlassen
editor-leave-keep = Weiter bearbeiten

editor-total = { $count ->
        [one] Etwa { $duration } · { $count } Übung
       *[other] Etwa { $duration } · { $count } Übungen
    }
editor-problems = { $count ->
        [one] Vor dem Speichern ist noch { $count } Sache zu beheben.
       *[other] Vor dem Speichern sind noch { $count } Sachen zu beheben.
    }
editor-not-saved = Noch nicht gespeichert.
editor-saved = Gespeichert.
editor-save = Routine speichern
editor-start = Starten

editor-added = { $exercise } hinzugefügt. { $total }.
editor-removed = { $exercise } entfernt.
editor-moved = { $exercise } ist jetzt an Stelle { $position } von { $count }.
editor-the-exercise = Die Übung
editor-reset-done = Die Übungen von { $name } sind wieder da. Speichere, um sie zu behalten.
editor-reset-done-unnamed = Die Übungen des Originals sind wieder da. Speichere, um sie zu behalten.
editor-saved-as = „{ $name }“ gespeichert. Sie steht mit den anderen Routinen auf dem Bildschirm „Heute“.

routine-exported = „{ $name }“ gespeichert unter { $path }.
routine-import-refused = Es wurde nichts importiert: { $file } hat { $problems ->
        [one] { $problems } Problem
       *[other] { $problems } Probleme
    }.
routine-imported = „{ $name }“ importiert.
routine-imported-restored = „{ $name }“ importiert; seine früheren Einheiten sind wieder in seinem Verlauf.
routine-imported-copy = „{ $name }“ als neue Routine importiert, weil es hier schon eine mit derselben Kennung gibt.
editor-filter-routine = Limber-Routine

routine-new-name = Meine Routine
routine-new-description = Eine Routine, die ich mir zusammengestellt habe.
routine-copy-of-own = { $name } (Kopie)
