## Prima che la routine inizi.

player-back-home = ← Indietro
player-exercises-label = Esercizi di questa routine
player-safety = Muoviti lentamente e con delicatezza. Interrompi qualsiasi esercizio che peggiora il dolore o lo fa scendere lungo una gamba.
player-help = Quando chiedere aiuto
player-not-for-you = Tutti i movimenti di questa routine sono esclusi per te in base alle tue risposte alle domande iniziali. Puoi cambiarle nelle Impostazioni, con «{ guide-run-again }».
player-start = Inizia
player-loading = Caricamento…
player-sound-note = { $reason } La routine prosegue in silenzio.

## Durante la routine.

player-in-progress = { $routine } in corso
player-progress = Avanzamento della routine
player-time-left = { $seconds ->
        [one] Manca { $seconds } secondo in questo passaggio
       *[other] Mancano { $seconds } secondi in questo passaggio
    }
player-breathe-in = Inspira
player-breathe-out = Espira
player-paused = In pausa
player-show-steps = Mostra tutti i passaggi
player-hide-steps = Nascondi i passaggi
player-show-cautions = Precauzioni
player-hide-cautions = Nascondi le precauzioni
player-steps-label = Come fare { $exercise }
player-controls = Comandi della sessione
player-previous = Indietro
player-pause = Pausa
player-resume = Riprendi
player-skip = Salta
player-add-time = +{ $seconds } s
player-stop = Ferma
player-stop-question = Fermare questa routine? Quello che hai fatto finora viene conservato.
player-keep-going = Continua
player-stop-routine = Ferma la routine
player-help-paused = La routine è in pausa.
player-help-back = Torna alla routine
player-help-close = Chiudi

## Luci spente.

player-lights-out = Spegni le luci
player-lights-out-label = { $routine } in corso, luci spente
player-lights-on = Accendi le luci
player-lights-on-paused = In pausa. Accendi le luci

## Cos'è il passaggio.

player-get-ready-for = Preparati: { $exercise }
player-get-ready = Preparati
player-switch-sides = Cambia lato
player-rest = Riposo
player-exercise = Esercizio
player-side-left = Lato sinistro
player-side-right = Lato destro
player-with-side = { $side ->
        [left] { $title }, lato sinistro
       *[right] { $title }, lato destro
    }
player-rep = Ripetizione { $rep } di { $reps }
player-hold = Tenuta { $rep } di { $reps }
player-breath = Respiro { $rep } di { $reps }
player-round = Giro { $round } di { $rounds }
player-count-round = { $count } · giro { $round } di { $rounds }
player-next = Poi: { $step }
player-next-finish = Poi: fine
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, tieni per { $seconds } secondo.
       *[other] { $step }, tieni per { $seconds } secondi.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } ripetizione.
       *[other] { $step }, { $count } ripetizioni.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } respiro.
       *[other] { $step }, { $count } respiri.
    }

## La schermata finale.

player-well-done = Ben fatto
player-stopped = Sessione interrotta
player-summary = { $skipped ->
        [0] { $routine }: { $done } di { $total } passaggi fatti, in { $time }.
        [one] { $routine }: { $done } di { $total } passaggi fatti, { $skipped } saltato, in { $time }.
       *[other] { $routine }: { $done } di { $total } passaggi fatti, { $skipped } saltati, in { $time }.
    }
player-not-saved = Non salvata
player-not-saved-yet = Non ancora salvata
player-feel-legend = Come senti la schiena adesso?
player-feel-low = 0 nessun dolore
player-feel-high = 10 il peggiore
player-feel-value = Schiena: { $value } su 10
player-checkin = Check-in del mattino
player-done = Fatto
