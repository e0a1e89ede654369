status-weekday = { $day ->
    [mon] maandag
    [tue] dinsdag
    [wed] woensdag
    [thu] donderdag
    [fri] vrijdag
    [sat] zaterdag
   *[sun] zondag
}
status-month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
status-date = { $day } { $month }
status-today = vandaag
status-tomorrow = morgen
status-yesterday = gisteren
# "maandagnacht": de nacht van maandag op dinsdag.
status-night = { $weekday }nacht
status-at = { $day } om { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, bij het eerste gebruik na { $time }
status-snoozed = uitgesteld tot { $time }
status-now = nu
status-quiet-hours-end = als de stille uren eindigen om { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
status-rule-at = om { $time }
status-rule-bedtime = { $minutes } min vóór bedtijd om { $time }
status-rule-first-use = eerste gebruik na { $time }

status-tray-paused = Herinneringen gepauzeerd voor vandaag
status-tray-next = Volgende: { $routine }, { $when }
status-tray-none = Geen herinneringen ingesteld
status-tray-no-streak = Nog geen reeks
status-tray-streak = Reeks: { $streaks }
status-tray-streak-item = { $routine } { $days }

status-cli-now = Limber, { $weekday } { $day } { $month } { $year }, { $time } ({ $zone })
status-cli-paused = Herinneringen zijn voor vandaag gepauzeerd.
status-cli-next = Volgende herinnering: { $routine }, { $when }
status-cli-next-none = Volgende herinnering: geen ingesteld
status-cli-no-reminder = geen herinnering
status-cli-reminder-off = herinnering uit
status-cli-reminder-next = volgende herinnering { $when }
status-cli-reminder-next-rule = volgende herinnering { $when } ({ $rule })
status-cli-reminder-none-upcoming = geen komende herinnering ({ $rule })
status-cli-today = vandaag: { $done ->
    [yes] gedaan
   *[no] nog niet gedaan
}{ $reminder ->
    [sent] ; herinnering verstuurd
    [missed] ; herinnering gemist
   *[none] {""}
}
status-cli-streak = reeks: { $days } (beste: { $best })
status-cli-folder = Map: { $folder }
status-cli-details = (Details: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
