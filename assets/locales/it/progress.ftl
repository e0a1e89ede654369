progress-heading = Progressi
progress-today-is = Oggi è { $day }
progress-loading = Caricamento…
progress-paused-heading = I cambi di carico sono in pausa
progress-paused-text = { $reason } Finché i tuoi check-in mostrano questo, Limber non propone cambi a nessuna routine.
progress-empty-heading = Ancora niente da contare
progress-empty-text = Finisci una routine e qui iniziano il suo calendario e la sua serie. I giorni di riposo e quelli saltati contano solo da allora.
progress-empty-choose = Scegli una routine
progress-mornings-heading = Dolore e rigidità al mattino
progress-checkin = Check-in del mattino
progress-insight-heading = Mattine dopo un rilassamento serale
progress-sleep-heading = Come hai dormito
progress-sleep-insight-heading = Il sonno dopo un rilassamento serale

progress-schedule-every-day = Ogni giorno
progress-schedule-none = Nessun giorno in programma
progress-schedule-weekdays = Giorni feriali
progress-meta = { $schedule } · { $today }
progress-today-done = Fatta oggi
progress-today-rest = Oggi giorno di riposo
progress-today-pending = Non ancora fatta oggi
progress-today-unscheduled = Non in programma oggi
progress-current-streak = Serie attuale
progress-best-streak = Serie migliore
progress-streak-days = { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
progress-habit-strength = Forza dell'abitudine
progress-last-30 = Ultimi 30 giorni in programma
progress-completion-none = Non ne è ancora passato nessuno
progress-completion = { $done } su { $total } fatti ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } giorno di riposo
       *[other] , { $rest } giorni di riposo
    }
progress-weekly-goal = Obiettivo settimanale
progress-weekly = { $done } su { $goal } { $goal ->
        [one] giorno
       *[other] giorni
    } questa settimana{ $weeks ->
        [0] {""}
        [one] {" "}· obiettivo raggiunto da { $weeks } settimana di fila
       *[other] {" "}· obiettivo raggiunto da { $weeks } settimane di fila
    }
progress-rest-button = Oggi riposo
progress-rest-button-label = Oggi riposo per { $name }
progress-rest-undo = Annulla il riposo
progress-rest-undo-label = Annulla il giorno di riposo per { $name }
progress-rest-available = { $left ->
        [one] Ti resta { $left } giorno di riposo questo mese. Un giorno di riposo mantiene la serie senza allungarla.
       *[other] Ti restano { $left } giorni di riposo questo mese. Un giorno di riposo mantiene la serie senza allungarla.
    }
progress-rest-marked = Oggi è un giorno di riposo. La tua serie è salva.
progress-rest-limit = { $limit ->
        [0] Questo mese non hai giorni di riposo.
        [one] Hai già usato il giorno di riposo di questo mese.
       *[other] Hai usato tutti i { $limit } giorni di riposo di questo mese.
    }
progress-trend-none = Ancora nessuna forza dell'abitudine.
progress-trend-one = Forza dell'abitudine { $now }.
progress-trend = Forza dell'abitudine { $now }, da { $first } il { $day }.

progress-insight-waiting = Dopo { $needed } { $needed ->
        [one] mattina
       *[other] mattine
    } con un rilassamento la sera prima e { $needed } senza, vedrai come si confronta il tuo dolore al mattino. Finora: { $withCount } con, { $withoutCount } senza (ultimi { $days } giorni).
progress-insight = Dolore al mattino dopo un rilassamento serale: in media { $with } ({ $withCount ->
        [one] { $withCount } mattina
       *[other] { $withCount } mattine
    }). Senza: { $without } ({ $withoutCount ->
        [one] { $withoutCount } mattina
       *[other] { $withoutCount } mattine
    }). { $comparison }
progress-insight-same = Più o meno uguale in entrambi i casi.
progress-insight-lower = In media { $diff } punti in meno dopo un rilassamento serale.
progress-insight-higher = In media { $diff } punti in più dopo un rilassamento serale.
progress-sleep-waiting = Dopo { $needed } check-in successivi a un rilassamento serale e { $needed } senza, vedrai come hai valutato il sonno nei due casi. Finora: { $withCount } con, { $withoutCount } senza (ultimi { $days } giorni).
progress-sleep-insight = Sonno dopo un rilassamento serale: in media { $with } su 5 ({ $withCount ->
        [one] { $withCount } notte
       *[other] { $withCount } notti
    }). Senza: { $without } ({ $withoutCount ->
        [one] { $withoutCount } notte
       *[other] { $withoutCount } notti
    }). { $comparison }
progress-sleep-better = In media { $diff } punti meglio dopo un rilassamento serale.
progress-sleep-worse = In media { $diff } punti peggio dopo un rilassamento serale.
progress-insight-days = { $days ->
        [one] Ultimo giorno.
       *[other] Ultimi { $days } giorni.
    }
progress-insight-caveat = Queste medie descrivono i tuoi check-in; non sono un dato medico. Anche il sonno, lo stress e la giornata precedente contano.

progress-flag-sustained = Hai dato al mal di schiena 7 o più per { $mornings ->
        [one] { $mornings } mattina
       *[other] { $mornings } mattine
    } di fila (dal { $from } al { $to }).
progress-flag-rising = Il tuo dolore medio al mattino è salito ogni settimana per tre settimane, da { $first } (settimana del { $firstWeek }) a { $last } (settimana del { $lastWeek }).
progress-flag-steady = Il tuo dolore medio al mattino è rimasto a 4 o più ogni settimana per { $weeks } { $weeks ->
        [one] settimana
       *[other] settimane
    }: { $first } nella settimana del { $firstWeek }, { $last } nella settimana del { $lastWeek }.
progress-flag-heading = Vale la pena parlarne con un professionista
progress-flag-text = { $reason } Limber non può capire cosa c'è dietro; un medico o un fisioterapista sì.
progress-flag-urgent = Segnali che richiedono aiuto oggi
progress-flag-stop = Interrompi qualsiasi esercizio che peggiora i tuoi sintomi.
progress-flag-dismiss = Chiudi questo avviso

dose-heading = Carico
dose-try = Prova il nuovo carico
dose-try-label = Prova il nuovo carico per { $name }
dose-not-now = Non ora
dose-not-now-label = Non ora: mantieni il carico di { $name }
dose-paused = I cambi di carico sono in pausa: { $reason } Finché dura, Limber non propone cambi; interrompi qualsiasi esercizio che peggiora i tuoi sintomi. Cosa fare è scritto nell'avviso in cima a questa schermata.
dose-changed = Cambiato il { $day }. Se annulli, torni a: { $doses }
dose-undo = Annulla l'ultimo cambio di carico
dose-undo-label = Annulla l'ultimo cambio di carico di { $name }
dose-history = Storico del carico
dose-era-since = { $how }, { $day }
dose-sessions-none = Ancora nessuna sessione
dose-sessions = { $count ->
        [one] { $count } sessione
       *[other] { $count } sessioni
    }: { $days }
dose-sessions-range = dal { $first } al { $last }

heatmap-caption = Calendario di { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Ultima settimana
       *[other] Ultime { $weeks } settimane
    }: { $done ->
        [one] { $done } fatto
       *[other] { $done } fatti
    }, { $rest ->
        [0] {""}
        [one] { $rest } giorno di riposo,{" "}
       *[other] { $rest } giorni di riposo,{" "}
    }{ $missed ->
        [one] { $missed } saltato
       *[other] { $missed } saltati
    }.
heatmap-day = { $day }: { $state }
heatmap-done = fatta
heatmap-rest = giorno di riposo
heatmap-missed = saltata
heatmap-pending = oggi, non ancora fatta
heatmap-unscheduled = non in programma
heatmap-untracked = prima che iniziassi
heatmap-future = deve ancora venire
heatmap-rest-symbol = R
heatmap-legend = Cosa mostra il calendario

chart-pain-axis = 0 = nessuno, 10 = il peggiore
chart-pain = Dolore (linea continua)
chart-stiffness = Rigidità (linea tratteggiata)
chart-wind-down = Rilassamento la sera prima (punto pieno)
chart-morning = Routine del mattino fatta (cerchio)
chart-none = Ancora nessun check-in. Dopo il tuo check-in del mattino, qui compaiono il dolore e la rigidità.
chart-count = { $count ->
        [one] { $count } check-in in questo periodo.
       *[other] { $count } check-in in questo periodo.
    }
chart-latest = Il più recente, { $day }: dolore { $pain }, rigidità { $stiffness }.
chart-average = Media degli ultimi 30 giorni: dolore { $pain }, rigidità { $stiffness }.
chart-table-show = Mostra gli ultimi check-in in una tabella
chart-table-caption = Ultimi check-in, dal più recente
chart-col-day = Giorno
chart-col-pain = Dolore
chart-col-stiffness = Rigidità
chart-col-wind-down = Rilassamento la sera prima
chart-col-morning = Routine del mattino
chart-yes = sì
chart-no = no

sleep-axis = 1 = molto male, 5 = molto bene
sleep-line = Sonno (linea)
sleep-none = Ancora nessuna notte valutata. Il check-in del mattino ti chiede come hai dormito; le tue risposte compaiono qui.
sleep-count = { $count ->
        [one] { $count } notte valutata in questo periodo.
       *[other] { $count } notti valutate in questo periodo.
    }
sleep-latest = La più recente, { $day }: { $quality } su 5.
sleep-average = Media degli ultimi 30 giorni: { $average } su 5.

streaks-problem-boundary = Un nuovo giorno inizia alle: «{ $text }» non è un orario; scrivilo così: 04:00.
