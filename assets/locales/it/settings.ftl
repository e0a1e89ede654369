settings-saved = Salvato.

## Il tuo piano e la guida al sonno

guide-heading = Il tuo piano e la guida al sonno
guide-plan-label = Routine del tuo piano
guide-no-reminder = Nessun promemoria nel piano.
guide-plan-hint = Questi sono i promemoria proposti dal tuo piano; puoi cambiarne gli orari in «Promemoria».
guide-no-plan = Non hai ancora impostato un piano.
guide-run-again = Rifai la configurazione iniziale
guide-set-up = Imposta il mio piano
guide-position-legend = Come dormo di solito
guide-checklists-legend = Prima della routine serale
guide-wind-down-checklist = Mostra la lista per rilassarsi la sera
guide-setup-checklist = Mostra la lista per preparare il letto stanotte

sleep-position-side = Sul fianco
sleep-position-back = Sulla schiena
sleep-position-stomach = A pancia in giù
sleep-position-varies = Dipende

plan-reminder-bedtime = Promemoria alle { $time } ({ $lead } min prima di dormire), { $days }.
plan-reminder-fixed = Promemoria alle { $time }, { $days }.
plan-reminder-first-use = Promemoria al primo uso del computer dopo le { $time }, { $days }.
plan-days-every-day = ogni giorno
plan-days-weekdays = nei giorni feriali
plan-days-weekends = nel fine settimana
plan-days-none = nessun giorno
plan-days-some = { $days }

## Suono

sound-heading = Suono
sound-unavailable = { $reason } Le sessioni funzionano comunque, in silenzio finché non è disponibile un'uscita audio.
sound-play = Riproduci suoni durante una routine
sound-tones-volume = Volume dei segnali acustici
sound-volume-value = { $percent } per cento
sound-test = Prova il suono
sound-coach-legend = Guida vocale
sound-coach-off = Disattivata
sound-coach-off-hint = Solo segnali acustici.
sound-coach-cues = Solo indicazioni
sound-coach-cues-hint = Annuncia ogni esercizio, conta alla rovescia «3, 2, 1» e dice «cambia lato», «riposo», «sei a metà», «ultima» e «ben fatto».
sound-coach-full = Guida completa
sound-coach-full-hint = Spiega anche come fare ogni esercizio, conta le ripetizioni e dice quando inspirare ed espirare: puoi seguirla a occhi chiusi.
sound-voice-volume = Volume della voce
sound-test-voice = Prova la voce
sound-gentle-at-night = Voce più delicata la sera: più lenta e più bassa nelle routine serali
sound-test-night-voice = Prova la voce serale
sound-loading = Caricamento…

## Aspetto

appearance-heading = Aspetto
appearance-theme-legend = Tema
appearance-theme-system = Come il sistema
appearance-theme-system-hint = Chiaro o scuro, come è impostato il tuo desktop.
appearance-theme-light = Chiaro
appearance-theme-light-hint = Testo scuro su sfondo chiaro.
appearance-theme-dark = Scuro
appearance-theme-dark-hint = Testo chiaro su sfondo scuro.
appearance-theme-night = Notte
appearance-theme-night-hint = Attenuato e caldo, con poca luce blu, tutto il giorno.
appearance-night-after-bedtime = Modalità notte dopo l'ora di dormire
appearance-night-when = Dal tuo promemoria serale ({ $from }) fino all'inizio della giornata ({ $until }).
appearance-night-needs-reminder = Prima imposta un promemoria per una routine serale: la modalità notte inizia al suo orario.
appearance-night-on = È passata l'ora di dormire: la modalità notte è attiva.

## Serie e obiettivi

streaks-heading = Serie e obiettivi
streaks-day-boundary = Un nuovo giorno inizia alle
streaks-day-boundary-hint = Un rilassamento serale finito prima di quest'ora conta per la sera prima. Tra le 00:00 e le { $latest }.
streaks-rest-days = Giorni di riposo consentiti al mese, per ogni routine
streaks-rest-days-hint = Un giorno di riposo mantiene la serie senza allungarla.
streaks-goals-legend = Obiettivi settimanali
streaks-goals-hint = Facoltativo: quanti giorni alla settimana ti proponi. I giorni di riposo contano per l'obiettivo.
streaks-no-goal = Nessun obiettivo
streaks-goal-days = { $days ->
        [one] { $days } giorno su 7
       *[other] { $days } giorni su 7
    }
streaks-save = Salva le impostazioni delle serie

sound-off-because = Il suono non è disponibile: { $cause }.
sound-cause-no-device = non è stato trovato nessun dispositivo audio
sound-cause-device-lost = il dispositivo audio ha smesso di funzionare
sound-cause-thread = non è stato possibile avviare il processo audio
sound-cause-opening = l'uscita audio si sta ancora aprendo
sound-invalid-volume = Il volume deve essere un numero da 0 a 1, non { $volume }.
sound-invalid-voice-volume = Il volume della voce deve essere un numero da 0 a 1, non { $volume }.
