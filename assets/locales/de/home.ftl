home-tagline = Sanfte Routinen für einen steifen Rücken – am Abend und am Morgen.
home-routines-heading = Routinen
home-loading = Wird geladen …
home-routine-meta = { $duration } · { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }
home-start = Starten
home-start-label = { $name } starten
home-details = Details
home-details-label = Details zu { $name }
home-exercises-in = Übungen in { $name }

duration-seconds = { $seconds } Sek.
duration-minutes = { $minutes } Min.

routines-new = Neue Routine
routines-import = Routine importieren …
routines-problems-label = Probleme in der Routinendatei

card-edit = Bearbeiten
card-edit-label = { $name } bearbeiten
card-duplicate = Duplizieren
card-duplicate-label = { $name } duplizieren
history-not-done = Noch nicht gemacht
history-started = { $count ->
        [one] Einmal begonnen, noch nicht beendet
       *[other] { $count }-mal begonnen, noch nicht beendet
    }
history-done = { $count ->
        [one] Einmal gemacht
       *[other] { $count }-mal gemacht
    }
history-done-last = { $count ->
        [one] Einmal gemacht · zuletzt am { $day }
       *[other] { $count }-mal gemacht · zuletzt am { $day }
    }
