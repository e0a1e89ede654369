progress-heading = Fortschritt
progress-today-is = Heute ist { $day }
progress-loading = Wird geladen …
progress-paused-heading = Änderungen am Umfang sind pausiert
progress-paused-text = { $reason } Solange deine Einträge das zeigen, schlägt Limber für keine Routine eine Änderung vor.
progress-empty-heading = Noch nichts zu zählen
progress-empty-text = Schließ eine Routine ab, dann beginnen hier ihr Kalender und ihre Serie. Ruhetage und verpasste Tage zählen erst ab dann.
progress-empty-choose = Routine auswählen
progress-mornings-heading = Schmerzen und Steifheit am Morgen
progress-checkin = Befinden am Morgen
progress-insight-heading = Morgens nach einer Abendroutine
progress-sleep-heading = So hast du geschlafen
progress-sleep-insight-heading = Schlaf nach einer Abendroutine

progress-schedule-every-day = Jeden Tag
progress-schedule-none = Keine Tage geplant
progress-schedule-weekdays = Werktags
progress-meta = { $schedule } · { $today }
progress-today-done = Heute erledigt
progress-today-rest = Heute Ruhetag
progress-today-pending = Heute noch nicht erledigt
progress-today-unscheduled = Heute nicht geplant
progress-current-streak = Aktuelle Serie
progress-best-streak = Längste Serie
progress-streak-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
progress-habit-strength = Gewohnheitsstärke
progress-last-30 = Letzte 30 geplante Tage
progress-completion-none = Noch keiner vergangen
progress-completion = { $done } von { $total } erledigt ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } Ruhetag
       *[other] , { $rest } Ruhetage
    }
progress-weekly-goal = Wochenziel
progress-weekly = { $done } von { $goal } Tagen diese Woche{ $weeks ->
        [0] {""}
        [one] {" "}· Ziel { $weeks } Woche in Folge erreicht
       *[other] {" "}· Ziel { $weeks } Wochen in Folge erreicht
    }
progress-rest-button = Heute Ruhetag
progress-rest-button-label = Heute Ruhetag für { $name }
progress-rest-undo = Ruhetag zurücknehmen
progress-rest-undo-label = Ruhetag für { $name } zurücknehmen
progress-rest-available = { $left ->
        [one] Noch { $left } Ruhetag in diesem Monat. Ein Ruhetag hält deine Serie, ohne sie zu verlängern.
       *[other] Noch { $left } Ruhetage in diesem Monat. Ein Ruhetag hält deine Serie, ohne sie zu verlängern.
    }
progress-rest-marked = Heute ist Ruhetag. Deine Serie bleibt erhalten.
progress-rest-limit = { $limit ->
        [one] Dein { $limit } Ruhetag für diesen Monat ist aufgebraucht.
       *[other] Deine { $limit } Ruhetage für diesen Monat sind aufgebraucht.
    }
progress-trend-none = Noch keine Gewohnheitsstärke.
progress-trend-one = Gewohnheitsstärke { $now }.
progress-trend = Gewohnheitsstärke { $now }, von { $first } am { $day }.

progress-insight-waiting = Nach { $needed } Morgen mit einer Abendroutine am Vorabend und { $needed } ohne siehst du, wie sich deine Schmerzen am Morgen vergleichen. Bisher: { $withCount } mit, { $withoutCount } ohne (letzte { $days } Tage).
progress-insight = Schmerzen am Morgen nach einer Abendroutine: im Schnitt { $with } ({ $withCount ->
        [one] { $withCount } Morgen
       *[other] { $withCount } Morgen
    }). Ohne: { $without } ({ $withoutCount ->
        [one] { $withoutCount } Morgen
       *[other] { $withoutCount } Morgen
    }). { $comparison }
progress-insight-same = In beiden Fällen etwa gleich.
progress-insight-lower = Im Schnitt { $diff } Punkte niedriger nach einer Abendroutine.
progress-insight-higher = Im Schnitt { $diff } Punkte höher nach einer Abendroutine.
progress-sleep-waiting = Nach { $needed } Einträgen nach einer Abendroutine und { $needed } ohne siehst du, wie du deinen Schlaf jeweils bewertet hast. Bisher: { $withCount } mit, { $withoutCount } ohne (letzte { $days } Tage).
progress-sleep-insight = Schlaf nach einer Abendroutine: im Schnitt mit { $with } von 5 bewertet ({ $withCount ->
        [one] { $withCount } Nacht
       *[other] { $withCount } Nächte
    }). Ohne: { $without } ({ $withoutCount ->
        [one] { $withoutCount } Nacht
       *[other] { $withoutCount } Nächte
    }). { $comparison }
progress-sleep-better = Im Schnitt { $diff } Punkte besser nach einer Abendroutine.
progress-sleep-worse = Im Schnitt { $diff } Punkte schlechter nach einer Abendroutine.
progress-insight-days = Letzte { $days } Tage.
progress-insight-caveat = Diese Durchschnittswerte beschreiben deine eigenen Einträge; sie sind kein medizinischer Befund. Schlaf, Stress und der Vortag spielen auch eine Rolle.

progress-flag-sustained = Du hast deine Rückenschmerzen an { $mornings ->
        [one] { $mornings } Morgen
       *[other] { $mornings } Morgen
    } hintereinander mit 7 oder mehr bewertet ({ $from } bis { $to }).
progress-flag-rising = Deine durchschnittlichen Schmerzen am Morgen sind drei Wochen lang jede Woche gestiegen, von { $first } (Woche ab { $firstWeek }) auf { $last } (Woche ab { $lastWeek }).
progress-flag-steady = Deine durchschnittlichen Schmerzen am Morgen lagen { $weeks } Wochen lang jede Woche bei 4 oder mehr: { $first } in der Woche ab { $firstWeek }, { $last } in der Woche ab { $lastWeek }.
progress-flag-heading = Sprich mit einer Fachperson darüber
progress-flag-text = { $reason } Limber kann nicht erkennen, was dahintersteckt; das kann eine ärztliche oder physiotherapeutische Untersuchung klären.
progress-flag-urgent = Anzeichen, die heute Hilfe brauchen
progress-flag-stop = Brich jede Übung ab, die deine Beschwerden verschlimmert.
progress-flag-dismiss = Hinweis ausblenden

dose-heading = Umfang
dose-try = Neuen Umfang ausprobieren
dose-try-label = Neuen Umfang für { $name } ausprobieren
dose-not-now = Jetzt nicht
dose-not-now-label = Jetzt nicht: Umfang von { $name } beibehalten
dose-paused = Änderungen am Umfang sind pausiert: { $reason } Solange das anhält, schlägt Limber keine Änderung vor; brich jede Übung ab, die deine Beschwerden verschlimmert. Was du tun kannst, steht im Hinweis oben auf dieser Seite.
dose-changed = Geändert am { $day }. „Rückgängig“ stellt wieder her: { $doses }
dose-undo = Letzte Änderung am Umfang rückgängig machen
dose-undo-label = Letzte Änderung am Umfang von { $name } rückgängig machen
dose-history = Bisheriger Umfang
dose-era-since = { $how }, { $day }
dose-sessions-none = Noch keine Einheiten
dose-sessions = { $count ->
        [one] { $count } Einheit
       *[other] { $count } Einheiten
    }: { $days }
dose-sessions-range = { $first } bis { $last }

heatmap-caption = Kalender von { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Letzte Woche
       *[other] Letzte { $weeks } Wochen
    }: { $done } erledigt, { $rest ->
        [0] {""}
        [one] { $rest } Ruhetag,{" "}
       *[other] { $rest } Ruhetage,{" "}
    }{ $missed } verpasst.
heatmap-day = { $day }: { $state }
heatmap-done = erledigt
heatmap-rest = Ruhetag
heatmap-missed = verpasst
heatmap-pending = heute, noch nicht erledigt
heatmap-unscheduled = nicht geplant
heatmap-untracked = vor deinem Start
heatmap-future = kommt noch
heatmap-rest-symbol = R
heatmap-legend = Was der Kalender zeigt

chart-pain-axis = 0 = keine, 10 = schlimmste
chart-pain = Schmerzen (durchgezogene Linie)
chart-stiffness = Steifheit (gestrichelte Linie)
chart-wind-down = Abendroutine am Vorabend (gefüllter Punkt)
chart-morning = Morgenroutine erledigt (Ring)
chart-none = Noch keine Einträge. Nach deinem Eintrag am Morgen erscheinen hier deine Schmerzen und deine Steifheit.
chart-count = { $count ->
        [one] { $count } Eintrag in diesem Zeitraum.
       *[other] { $count } Einträge in diesem Zeitraum.
    }
chart-latest = Zuletzt, { $day }: Schmerzen { $pain }, Steifheit { $stiffness }.
chart-average = Letzte 30 Tage im Schnitt: Schmerzen { $pain }, Steifheit { $stiffness }.
chart-table-show = Die letzten Einträge als Tabelle zeigen
chart-table-caption = Letzte Einträge, neueste zuerst
chart-col-day = Tag
chart-col-pain = Schmerzen
chart-col-stiffness = Steifheit
chart-col-wind-down = Abendroutine am Vorabend
chart-col-morning = Morgenroutine
chart-yes = ja
chart-no = nein

sleep-axis = 1 = sehr schlecht, 5 = sehr gut
sleep-line = Schlaf (Linie)
sleep-none = Noch keine Nacht bewertet. Beim Eintrag am Morgen fragt Limber, wie du geschlafen hast; deine Antworten erscheinen hier.
sleep-count = { $count ->
        [one] { $count } Nacht in diesem Zeitraum bewertet.
       *[other] { $count } Nächte in diesem Zeitraum bewertet.
    }
sleep-latest = Zuletzt, { $day }: { $quality } von 5.
sleep-average = Letzte 30 Tage im Schnitt: { $average } von 5.

streaks-problem-boundary = Ein neuer Tag beginnt um: „{ $text }“ ist keine Uhrzeit; gib sie so ein: 04:00.
