checkin-heading = Befinden am Morgen
checkin-meta-again = { $day } · Du hast heute schon eingetragen; ändere, was du möchtest, und speichere erneut.
checkin-meta-new = { $day } · Wie geht es deinem Rücken heute Morgen?
checkin-pain-legend = Rückenschmerzen gerade jetzt
checkin-pain-value = Schmerz { $value }
checkin-pain-low = 0 keine
checkin-pain-high = 10 schlimmste vorstellbare
checkin-stiffness-legend = Steifheit gerade jetzt
checkin-stiffness-value = Steifheit { $value }
checkin-stiffness-low = 0 keine
checkin-stiffness-high = 10 kaum beweglich
checkin-sleep-legend = Wie hast du geschlafen?
checkin-sleep-value = Schlaf: { $quality }
checkin-sleep-very-poor = Sehr schlecht
checkin-sleep-poor = Schlecht
checkin-sleep-ok = Mittel
checkin-sleep-good = Gut
checkin-sleep-very-good = Sehr gut
checkin-position-legend = So hast du gelegen
checkin-position-side = Seite
checkin-position-back = Rücken
checkin-position-stomach = Bauch
checkin-position-varies = Unterschiedlich
checkin-note = Notiz (freiwillig)
checkin-save = Eintrag speichern
checkin-see-progress = Fortschritt ansehen
checkin-not-saved = Noch nicht gespeichert
checkin-saved-for = Gespeichert für { $day }.
checkin-missing = Bitte beantworte noch: { $questions }.
checkin-missing-pain = Rückenschmerzen
checkin-missing-stiffness = Steifheit
checkin-missing-sleep = Schlafqualität
checkin-missing-position = Schlafposition

checkin-card-not-saved = Die Antworten von heute sind noch nicht gespeichert: Limber behält sie und versucht es weiter.
checkin-card-see = Eintrag ansehen
checkin-card-done = Heute erledigt: Schmerz { $pain }, Steifheit { $stiffness }, Schlaf { $sleep } von 5.
checkin-card-edit = Eintrag bearbeiten
checkin-card-invite = Wie geht es deinem Rücken heute Morgen? Vier Klicks, keine zehn Sekunden.
checkin-card-now = Jetzt eintragen

recovery-heading = Deine Daten wurden aus einer Sicherung wiederhergestellt
recovery-restored = { $records ->
        [0] Limber hat seine Datenbank beschädigt vorgefunden und die Sicherung vom { $day } wiederhergestellt. Einstellungen, die du nach dieser Sicherung geändert hast, sind wieder so wie damals.
        [one] Limber hat seine Datenbank beschädigt vorgefunden und die Sicherung vom { $day } wiederhergestellt, dazu den einen Eintrag, der seitdem gespeichert wurde. Einstellungen, die du nach dieser Sicherung geändert hast, sind wieder so wie damals.
       *[other] Limber hat seine Datenbank beschädigt vorgefunden und die Sicherung vom { $day } wiederhergestellt, dazu die { $records } Einträge, die seitdem gespeichert wurden. Einstellungen, die du nach dieser Sicherung geändert hast, sind wieder so wie damals.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber hat seine Datenbank beschädigt vorgefunden und keine intakte Sicherung gehabt. Es hat deshalb neu begonnen, mit dem einen Eintrag aus seinem Protokoll.
       *[other] Limber hat seine Datenbank beschädigt vorgefunden und keine intakte Sicherung gehabt. Es hat deshalb neu begonnen, mit den { $records } Einträgen aus seinem Protokoll.
    }
recovery-fresh = Limber hat seine Datenbank beschädigt vorgefunden und keine intakte Sicherung gehabt. Es hat deshalb neu begonnen.
recovery-kept = Die beschädigte Datei wurde aufbewahrt, nicht gelöscht:
recovery-told = { $what } { $kept } { $path }
recovery-details = Details
recovery-ok = OK
