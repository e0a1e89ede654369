reminders-heading = Promemoria
reminders-paused = I promemoria sono in pausa per oggi.
reminders-next = Prossimo promemoria: { $routine }, { $when }.
reminders-none-on = Nessun promemoria è attivo.
reminders-saved-next = Salvato. Prossimo promemoria: { $routine }, { $when }.
reminders-saved-none = Salvato. Nessun promemoria è attivo.
reminders-pause-today = Metti in pausa i promemoria per oggi
reminders-resume-today = Riprendi i promemoria oggi
reminders-routine-done-today = Fatta oggi.
reminders-routine-next = Prossimo: { $when }.

reminders-remind-me = Ricordamelo
reminders-remind-me-about = Ricordami { $name }
reminders-when = Quando
reminders-when-for = Quando ricordarmi { $name }
reminders-kind-bedtime = Prima di andare a dormire
reminders-kind-fixed = A un orario fisso
reminders-kind-first-use = Al primo uso del computer dopo
reminders-time-bedtime = Ora di dormire
reminders-time-bedtime-for = Ora di dormire per { $name }
reminders-time-fixed = Orario
reminders-time-fixed-for = Orario per { $name }
reminders-time-after = Dopo
reminders-time-after-for = Dopo (orario) per { $name }
reminders-lead = Minuti prima di dormire
reminders-lead-for = Minuti prima di dormire per { $name }
reminders-days = Giorni
reminders-days-for = Giorni per { $name }
reminders-day-for = { $day } per { $name }

reminders-shared-legend = Per tutti i promemoria
reminders-grace = Ricordamelo anche in ritardo, fino a questi minuti
reminders-snooze = Minuti di posticipo
reminders-grace-hint = Un promemoria perso mentre il computer era in sospensione arriva al risveglio se il ritardo non supera questo valore; altrimenti viene saltato.
reminders-quiet-hours = Ore di silenzio
reminders-quiet-from = Dalle
reminders-quiet-until = Alle
reminders-save = Salva i promemoria
reminders-start-at-login = Avvia Limber all'accesso, così i promemoria possono arrivare

reminders-problem-time = { $name }: «{ $text }» non è un orario; scrivilo così: 22:30.
reminders-problem-days = { $name }: scegli almeno un giorno.
reminders-problem-lead = { $name }: i minuti prima di dormire devono essere un numero intero da 0 a 720.
reminders-problem-snooze = I minuti di posticipo devono essere un numero intero da 1 a 120.
reminders-problem-grace = Il ritardo massimo di un promemoria deve essere un numero intero di minuti da 0 a 720.
reminders-problem-quiet-start = Ore di silenzio: «{ $text }» non è un orario; scrivilo così: 22:30.
reminders-problem-quiet-end = Ore di silenzio: «{ $text }» non è un orario; scrivilo così: 07:00.
reminders-problem-quiet-same = Le ore di silenzio devono iniziare e finire a orari diversi.

reminders-night-at-fixed = alle { $time }
reminders-night-at-first-use = al primo uso dopo le { $time }
reminders-night-every = L'orario { $time } è dopo mezzanotte, quindi conta per la notte precedente: ogni notte, cioè la mattina dopo { $at }.
reminders-night-some = L'orario { $time } è dopo mezzanotte, quindi conta per la notte precedente: { $count ->
        [one] la notte di { $nights }
       *[other] le notti di { $nights }
    }, cioè { $mornings } { $at }.
