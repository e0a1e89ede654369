streak-refused-boundary-time = Die Uhrzeit, zu der ein neuer Tag beginnt, muss wie 04:00 geschrieben sein (angegeben: „{ $got }“).
streak-refused-boundary-late = Ein neuer Tag muss zwischen 00:00 und { $latest } beginnen (angegeben: { $got }).
streak-refused-rest-days = Ruhetage pro Monat müssen zwischen 0 und { $max } liegen (angegeben: { $got }).
streak-refused-unknown-routine = Für „{ $routine }“ kann kein Ziel gesetzt werden: Es gibt keine Routine mit diesem Namen.
streak-refused-goal = Ein Wochenziel muss zwischen { $min } und { $max } Tagen liegen (angegeben: { $got }).
rest-day-refused-already = Heute ist schon ein Ruhetag.
rest-day-refused-limit = { $limit ->
        [0] Deine Einstellungen erlauben für diese Routine keine Ruhetage im Monat.
        [one] Du hast den Ruhetag dieses Monats für diese Routine schon genommen.
       *[other] Du hast die { $limit } Ruhetage dieses Monats für diese Routine schon genommen.
    }

session-refused-running = { $routine } läuft noch: Beende diese Routine, bevor du eine andere startest.
session-refused-unsuitable = Jede Übung in { $routine } wird für dich ausgelassen, wegen deiner Antworten in den Einrichtungsfragen. Du kannst sie in den Einstellungen mit „Ersteinrichtung noch einmal durchlaufen“ ändern.
session-refused-none = Es läuft keine Routine.
session-refused-feel = Die Antwort muss zwischen { $min } und { $max } liegen (angegeben: { $got }).
routine-refused-built-in = Eingebaute Routinen lassen sich nicht ändern; dupliziere sie, um deine eigene zu erstellen.
routine-refused-built-in-delete = Eingebaute Routinen lassen sich nicht löschen.
routine-refused-not-a-copy = Diese Routine ist keine Kopie einer eingebauten Routine, daher gibt es nichts, worauf sie zurückgesetzt werden könnte.
routine-refused-problems = Die Routine wurde nicht gespeichert: { $count ->
        [one] Behebe zuerst das angezeigte Problem.
       *[other] Behebe zuerst die { $count } angezeigten Probleme.
    }
plan-refused-no-days = Wähle mindestens einen Tag für deine Routinen.

session-refused-command = { $state ->
        [not-started] Die Routine hat noch nicht begonnen.
        [started] Die Routine hat schon begonnen.
        [paused] Die Routine ist schon pausiert.
        [not-paused] Die Routine ist nicht pausiert.
        [over] Die Routine ist vorbei.
       *[nothing-to-extend] Dieser Schritt hat kein Halten und keine Pause, die sich verlängern ließe.
    }
routine-refused-edit = Diese Änderung passt nicht mehr zu dieser Routine. Es wurde nichts geändert.
language-refused-unknown = Limber spricht „{ $tag }“ nicht.
