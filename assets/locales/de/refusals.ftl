streak-refused-boundary-time = Die Uhrzeit, zu der ein neuer Tag beginnt, muss wie 04:00 geschrieben sein (angegeben: „{ $got }“).
streak-refused-boundary-late = Ein neuer Tag muss zwischen 00:00 und { $latest } beginnen (angegeben: { $got }).
streak-refused-rest-days = Ruhetage pro Monat müssen zwischen 0 und { $max } liegen (angegeben: { $got }).
streak-refused-unknown-routine = Für „{ $routine }“ kann kein Ziel gesetzt werden: Es gibt keine Routine mit diesem Namen.
streak-refused-goal = Ein Wochenziel muss zwischen { $min } und { $max } Tagen liegen (angegeben: { $got }).
rest-day-refused-already = Heute ist schon ein Ruhetag.
rest-day-refused-limit = { $limit ->
        [one] Du hast den Ruhetag dieses Monats für diese Routine schon genommen.
       *[other] Du hast die { $limit } Ruhetage dieses Monats für diese Routine schon genommen.
    }
