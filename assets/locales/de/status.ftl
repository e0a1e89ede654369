status-weekday = { $day ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
   *[sun] Sonntag
}
status-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
status-date = { $day }. { $month }
status-today = heute
status-tomorrow = morgen
status-yesterday = gestern
# „Montagnacht“: die Nacht von Montag auf Dienstag.
status-night = { $weekday }nacht
status-at = { $day } um { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, bei der ersten Nutzung nach { $time }
status-snoozed = verschoben auf { $time }
status-now = jetzt
status-quiet-hours-end = wenn die Ruhezeit um { $time } endet
status-minutes = { $minutes } Min.
status-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
status-rule-at = um { $time }
status-rule-bedtime = { $minutes } Min. vor der Schlafenszeit um { $time }
status-rule-first-use = erste Nutzung nach { $time }

status-tray-paused = Erinnerungen für heute pausiert
status-tray-next = Als Nächstes: { $routine }, { $when }
status-tray-none = Keine Erinnerungen eingerichtet
status-tray-no-streak = Noch keine Serie
status-tray-streak = Serie: { $streaks }
status-tray-streak-item = { $routine } { $days }

status-cli-now = Limber, { $weekday }, { $day }. { $month } { $year }, { $time } ({ $zone })
status-cli-paused = Die Erinnerungen sind für heute pausiert.
status-cli-next = Nächste Erinnerung: { $routine }, { $when }
status-cli-next-none = Nächste Erinnerung: keine eingerichtet
status-cli-no-reminder = keine Erinnerung
status-cli-reminder-off = Erinnerung aus
status-cli-reminder-next = nächste Erinnerung { $when }
status-cli-reminder-next-rule = nächste Erinnerung { $when } ({ $rule })
status-cli-reminder-none-upcoming = keine anstehende Erinnerung ({ $rule })
status-cli-today = heute: { $done ->
    [yes] erledigt
   *[no] noch nicht erledigt
}{ $reminder ->
    [sent] ; Erinnerung gesendet
    [missed] ; Erinnerung verpasst
   *[none] {""}
}
status-cli-streak = Serie: { $days } (bisher beste: { $best })
status-cli-folder = Ordner: { $folder }
status-cli-details = (Einzelheiten: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
