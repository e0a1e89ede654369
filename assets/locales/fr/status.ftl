status-weekday = { $day ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
}
status-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# « 1er décembre », « 28 novembre ».
status-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
status-today = aujourd'hui
status-tomorrow = demain
status-yesterday = hier
# La nuit à laquelle appartient une heure après minuit : « nuit de lundi à mardi » ($weekday est un nom de
# status-weekday ; un autre nom donne « nuit de … »).
status-night = { $weekday ->
    [lundi] nuit de lundi à mardi
    [mardi] nuit de mardi à mercredi
    [mercredi] nuit de mercredi à jeudi
    [jeudi] nuit de jeudi à vendredi
    [vendredi] nuit de vendredi à samedi
    [samedi] nuit de samedi à dimanche
    [dimanche] nuit de dimanche à lundi
   *[other] nuit de { $weekday }
}
status-at = { $day } à { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, à la première utilisation après { $time }
status-snoozed = reporté à { $time }
status-now = maintenant
status-quiet-hours-end = à la fin des heures de silence, à { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
status-rule-at = à { $time }
status-rule-bedtime = { $minutes } min avant de se coucher à { $time }
status-rule-first-use = première utilisation après { $time }

status-tray-paused = Rappels en pause pour aujourd'hui
status-tray-next = Prochain : { $routine }, { $when }
status-tray-none = Aucun rappel réglé
status-tray-no-streak = Pas encore de série
status-tray-streak = Série : { $streaks }
status-tray-streak-item = { $routine } ({ $days })

status-cli-now = Limber, { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }, { $time } ({ $zone })
status-cli-paused = Les rappels sont en pause pour aujourd'hui.
status-cli-next = Prochain rappel : { $routine }, { $when }
status-cli-next-none = Prochain rappel : aucun réglé
status-cli-no-reminder = aucun rappel
status-cli-reminder-off = rappel désactivé
status-cli-reminder-next = prochain rappel : { $when }
status-cli-reminder-next-rule = prochain rappel : { $when } ({ $rule })
status-cli-reminder-none-upcoming = aucun rappel à venir ({ $rule })
status-cli-today = aujourd'hui : { $done ->
    [yes] faite
   *[no] pas encore faite
}{ $reminder ->
    [sent] ; rappel envoyé
    [missed] ; rappel manqué
   *[none] {""}
}
status-cli-streak = série : { $days } (record : { $best })
status-cli-folder = Dossier : { $folder }
status-cli-details = (Détails : { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
