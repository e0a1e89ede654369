status-weekday = { $day ->
    [mon] lunedì
    [tue] martedì
    [wed] mercoledì
    [thu] giovedì
    [fri] venerdì
    [sat] sabato
   *[sun] domenica
}
status-month = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
status-date = { $day } { $month }
status-today = oggi
status-tomorrow = domani
status-yesterday = ieri
# «lunedì notte, 00:30»: la notte tra lunedì e martedì.
status-night = { $weekday } notte
status-at = { $day } alle { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, al primo uso dopo le { $time }
status-snoozed = posticipato alle { $time }
status-now = adesso
status-quiet-hours-end = alla fine delle ore di silenzio, alle { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
status-rule-at = alle { $time }
status-rule-bedtime = { $minutes } min prima di andare a letto alle { $time }
status-rule-first-use = primo uso dopo le { $time }

status-tray-paused = Promemoria in pausa per oggi
status-tray-next = Prossimo: { $routine }, { $when }
status-tray-none = Nessun promemoria impostato
status-tray-no-streak = Ancora nessuna serie
status-tray-streak = Serie: { $streaks }
status-tray-streak-item = { $routine } ({ $days })

status-cli-now = Limber, { $weekday } { $day } { $month } { $year }, { $time } ({ $zone })
status-cli-paused = I promemoria sono in pausa per oggi.
status-cli-next = Prossimo promemoria: { $routine }, { $when }
status-cli-next-none = Prossimo promemoria: nessuno impostato
status-cli-no-reminder = nessun promemoria
status-cli-reminder-off = promemoria disattivato
status-cli-reminder-next = prossimo promemoria: { $when }
status-cli-reminder-next-rule = prossimo promemoria: { $when } ({ $rule })
status-cli-reminder-none-upcoming = nessun promemoria in arrivo ({ $rule })
status-cli-today = oggi: { $done ->
    [yes] fatta
   *[no] non ancora fatta
}{ $reminder ->
    [sent] ; promemoria inviato
    [missed] ; promemoria perso
   *[none] {""}
}
status-cli-streak = serie: { $days } (record: { $best })
status-cli-folder = Cartella: { $folder }
status-cli-details = (Dettagli: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
