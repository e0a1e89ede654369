player-back-home = ← Zurück
player-exercises-label = Übungen in dieser Routine
player-safety = Beweg dich langsam und sanft. Hör mit jeder Übung auf, die deine Schmerzen verstärkt oder ins Bein ausstrahlen lässt.
player-help = Wann du Hilfe brauchst
player-not-for-you = Wegen deiner Antworten bei der Einrichtung wird jede Bewegung dieser Routine für dich ausgelassen. Du kannst die Antworten in den Einstellungen ändern, mit „{ guide-run-again }“.
player-start = Starten
player-loading = Wird geladen …
player-sound-note = { $reason } Die Routine läuft ohne Ton.

player-in-progress = { $routine } läuft
player-progress = Fortschritt der Routine
player-time-left = { $seconds ->
        [one] Noch { $seconds } Sekunde in diesem Schritt
       *[other] Noch { $seconds } Sekunden in diesem Schritt
    }
player-breathe-in = Einatmen
player-breathe-out = Ausatmen
player-paused = Pausiert
player-show-steps = Alle Schritte zeigen
player-hide-steps = Schritte ausblenden
player-show-cautions = Vorsicht
player-hide-cautions = Vorsicht ausblenden
player-steps-label = So geht { $exercise }
player-controls = Steuerung der Routine
player-previous = Zurück
player-pause = Pausieren
player-resume = Weiter
player-skip = Überspringen
player-add-time = +{ $seconds } Sek.
player-stop = Beenden
player-stop-question = Diese Routine beenden? Was du bisher gemacht hast, bleibt erhalten.
player-keep-going = Weitermachen
player-stop-routine = Routine beenden
player-help-paused = Die Routine ist pausiert.
player-help-back = Zurück zur Routine
player-help-close = Schließen

player-lights-out = Licht aus
player-lights-out-label = { $routine } läuft, Licht aus
player-lights-on = Licht an
player-lights-on-paused = Pausiert. Licht an

player-get-ready-for = Mach dich bereit: { $exercise }
player-get-ready = Mach dich bereit
player-switch-sides = Seite wechseln
player-rest = Pause
player-exercise = Übung
player-side-left = Linke Seite
player-side-right = Rechte Seite
player-with-side = { $side ->
        [left] { $title }, linke Seite
       *[right] { $title }, rechte Seite
    }
player-rep = Wiederholung { $rep } von { $reps }
player-hold = Halten { $rep } von { $reps }
player-breath = Atemzug { $rep } von { $reps }
player-round = Runde { $round } von { $rounds }
player-count-round = { $count } · Runde { $round } von { $rounds }
player-next = Als Nächstes: { $step }
player-next-finish = Als Nächstes: Ende
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, { $seconds } Sekunde halten.
       *[other] { $step }, { $seconds } Sekunden halten.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } Wiederholung.
       *[other] { $step }, { $count } Wiederholungen.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } Atemzug.
       *[other] { $step }, { $count } Atemzüge.
    }

player-well-done = Gut gemacht
player-stopped = Routine beendet
player-summary = { $skipped ->
        [0] { $routine }: { $done } von { $total } Schritten erledigt, Dauer { $time }.
       *[other] { $routine }: { $done } von { $total } Schritten erledigt, { $skipped } übersprungen, Dauer { $time }.
    }
player-not-saved = Nicht gespeichert
player-not-saved-yet = Noch nicht gespeichert
player-feel-legend = Wie fühlt sich dein Rücken jetzt an?
player-feel-low = 0 keine Schmerzen
player-feel-high = 10 am schlimmsten
player-feel-value = Rücken: { $value } von 10
player-checkin = Befinden am Morgen
player-done = Fertig
