dose-value-hold = { $exercise }: { $value } s halten
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } Wiederholung pro Seite
           *[other] { $value } Wiederholungen pro Seite
        }
       *[none] { $value ->
            [one] { $value } Wiederholung
           *[other] { $value } Wiederholungen
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } Runde
       *[other] { $value } Runden
    }

dose-change-hold = { $exercise }: { $to } s halten statt { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } Wiederholung pro Seite
           *[other] { $to } Wiederholungen pro Seite
        }
       *[none] { $to ->
            [one] { $to } Wiederholung
           *[other] { $to } Wiederholungen
        }
    } statt { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } Runde
       *[other] { $to } Runden
    } statt { $from }.

dose-why = { $reason }: Versuch { $step }.
dose-because-run = Du hast { $finished } deiner letzten { $planned } { $days ->
        [bedtime] Abende
        [morning] Morgen
       *[anytime] geplanten Tage
    } geschafft, und dein Rücken ist etwa gleich geblieben oder besser geworden
dose-because-rising = { $measure ->
        [after-sessions] Dein Rücken hat sich nach dieser Routine zuletzt schlechter angefühlt
        [morning-pain] Dein Rücken hat morgens zuletzt mehr wehgetan
       *[morning-stiffness] Dein Rücken war morgens zuletzt steifer
    } (im Schnitt von { $before } auf { $after } von 10)
dose-because-skipped = Du hast in { $sessions } deiner letzten { $of } Einheiten einen Teil von { $exercise } ausgelassen
dose-step-hold-up = { $by ->
        [one] eine Sekunde mehr
       *[other] { $by } Sekunden mehr
    } bei jedem Halten
dose-step-hold-down = { $by ->
        [one] eine Sekunde weniger
       *[other] { $by } Sekunden weniger
    } bei jedem Halten
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [one] eine Wiederholung mehr pro Seite
           *[other] { $by } Wiederholungen mehr pro Seite
        }
       *[none] { $by ->
            [one] eine Wiederholung mehr
           *[other] { $by } Wiederholungen mehr
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [one] eine Wiederholung weniger pro Seite
           *[other] { $by } Wiederholungen weniger pro Seite
        }
       *[none] { $by ->
            [one] eine Wiederholung weniger
           *[other] { $by } Wiederholungen weniger
        }
    }
dose-step-rounds-up = { $by ->
        [one] eine Runde mehr
       *[other] { $by } Runden mehr
    }
dose-step-rounds-down = { $by ->
        [one] eine Runde weniger
       *[other] { $by } Runden weniger
    }

dose-quiet-answered = Höchstens eine Änderung pro Woche: Der nächste Vorschlag kann ab { $day } kommen.
dose-quiet-little-history = Noch nicht genug Einheiten und Check-ins am Morgen für einen Vorschlag: Mach weiter und beantworte nach jeder Einheit „Wie fühlt sich dein Rücken an?“.
dose-quiet-building = { $finished } der letzten { $planned } geplanten Tage geschafft: Nach { $needed } von { $days } schlägt Limber vielleicht etwas mehr vor.
dose-quiet-not-settled = Der Umfang bleibt, wie er ist: { $measure ->
        [after-sessions] Dein Rücken nach den Einheiten
        [morning-pain] Der Rückenschmerz am Morgen
       *[morning-stiffness] Die Steifheit am Morgen
    } ging im Schnitt von { $before } auf { $after }, daher ist jetzt nicht die Zeit für mehr.
dose-quiet-at-limit = Jeder Umfang, der sich ändern ließe, ist am Rand seines sicheren Bereichs: Der Umfang bleibt, wie er ist.

dose-copy-note = { $routine } ist eingebaut: Wenn du zustimmst, entsteht deine eigene Kopie mit dem neuen Umfang, die ihre Erinnerung, ihr Ziel und ihren Verlauf übernimmt.

dose-accepted = Ab deiner nächsten Einheit: { $doses }
dose-accepted-copy = Ab deiner nächsten Einheit: { $doses } Limber hat deine eigene Kopie von { $routine } mit dem neuen Umfang angelegt, genannt „{ $copy }“: Ihre Erinnerung, ihr Wochenziel und ihr Verlauf gehen auf die Kopie über, und das Original bleibt, wie es war.
dose-declined = Der Umfang bleibt, wie er ist. Limber schlägt für diese Routine vor { $day } keine weitere Änderung vor.
dose-undone = Rückgängig gemacht. Ab deiner nächsten Einheit: { $doses }

dose-refused-not-offered = Dieser Vorschlag gilt nicht mehr: Deine Einheiten oder Check-ins haben sich geändert, seit er angezeigt wurde. Es wurde nichts geändert.
dose-refused-nothing-to-undo = Für diese Routine gibt es keine Änderung am Umfang, die sich rückgängig machen ließe.
dose-refused-stale = Dieser Vorschlag passt nicht mehr zu { $routine }: Die Routine wurde geändert, seit er gemacht wurde. Es wurde nichts geändert.
dose-refused-range = Die Änderung würde { $exercise } aus dem sicheren Bereich bringen. Es wurde nichts geändert.

dose-era-start = Anfangsumfang
dose-era-step-up = Steigerung, die du angenommen hast
dose-era-step-down = Verringerung, die du angenommen hast
dose-era-undo = Änderung rückgängig gemacht
