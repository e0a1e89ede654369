dose-value-hold = { $exercise }: tenuta di { $value } s
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } ripetizione per lato
           *[other] { $value } ripetizioni per lato
        }
       *[none] { $value ->
            [one] { $value } ripetizione
           *[other] { $value } ripetizioni
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } giro
       *[other] { $value } giri
    }

dose-change-hold = { $exercise }: tenuta di { $to } s invece di { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } ripetizione per lato
           *[other] { $to } ripetizioni per lato
        }
       *[none] { $to ->
            [one] { $to } ripetizione
           *[other] { $to } ripetizioni
        }
    } invece di { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } giro
       *[other] { $to } giri
    } invece di { $from }.

dose-why = { $reason }: prova con { $step }.
dose-because-run = Hai fatto la routine in { $finished } { $days ->
        [bedtime] delle tue ultime { $planned } sere
        [morning] delle tue ultime { $planned } mattine
       *[anytime] dei tuoi ultimi { $planned } giorni previsti
    } e la tua schiena è rimasta più o meno uguale o è migliorata
dose-because-rising = { $measure ->
        [after-sessions] Ultimamente senti la schiena peggio dopo questa routine
        [morning-pain] Ultimamente la schiena ti fa più male al mattino
       *[morning-stiffness] Ultimamente la schiena è più rigida al mattino
    } (in media da { $before } a { $after } su 10)
dose-because-skipped = Hai saltato una parte dell'esercizio { $exercise } in { $sessions } delle tue ultime { $of } sessioni
dose-step-hold-up = { $by ->
        [one] un secondo in più
       *[other] { $by } secondi in più
    } per ogni tenuta
dose-step-hold-down = { $by ->
        [one] un secondo in meno
       *[other] { $by } secondi in meno
    } per ogni tenuta
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [one] una ripetizione in più per lato
           *[other] { $by } ripetizioni in più per lato
        }
       *[none] { $by ->
            [one] una ripetizione in più
           *[other] { $by } ripetizioni in più
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [one] una ripetizione in meno per lato
           *[other] { $by } ripetizioni in meno per lato
        }
       *[none] { $by ->
            [one] una ripetizione in meno
           *[other] { $by } ripetizioni in meno
        }
    }
dose-step-rounds-up = { $by ->
        [one] un giro in più
       *[other] { $by } giri in più
    }
dose-step-rounds-down = { $by ->
        [one] un giro in meno
       *[other] { $by } giri in meno
    }

dose-quiet-answered = Al massimo un cambio a settimana: il prossimo suggerimento può arrivare a partire da { $day }.
dose-quiet-little-history = Non ci sono ancora abbastanza sessioni e check-in del mattino per suggerire un cambio: continua così e rispondi a «Come senti la schiena adesso?» dopo ogni sessione.
dose-quiet-building = Hai fatto la routine in { $finished } degli ultimi { $planned } giorni previsti: quando arrivi a { $needed } su { $days }, Limber potrebbe proporti un po' di più.
dose-quiet-not-settled = Il carico resta com'è: { $measure ->
        [after-sessions] il voto che dai alla schiena dopo le sessioni è passato
        [morning-pain] il mal di schiena del mattino è passato
       *[morning-stiffness] la rigidità del mattino è passata
    } in media da { $before } a { $after }, quindi non è il momento di aggiungere altro.
dose-quiet-at-limit = Ogni carico che si potrebbe cambiare è già al limite del suo intervallo sicuro: il carico resta com'è.

dose-copy-note = { $routine } è una routine integrata: se accetti, viene creata una tua copia con il nuovo carico, che ne eredita il promemoria, l'obiettivo e lo storico.

dose-accepted = Dalla tua prossima sessione: { $doses }
dose-accepted-copy = Dalla tua prossima sessione: { $doses } Limber ha creato una tua copia di { $routine } con il nuovo carico, chiamata «{ $copy }»: promemoria, obiettivo settimanale e storico passano alla copia, e l'originale resta com'era.
dose-declined = Il carico resta com'è. Limber non ti suggerirà altri cambi per questa routine prima di { $day }.
dose-undone = Annullato. Dalla tua prossima sessione: { $doses }

dose-refused-not-offered = Questo suggerimento non è più valido: le tue sessioni o i tuoi check-in sono cambiati da quando è stato mostrato. Non è stato cambiato nulla.
dose-refused-nothing-to-undo = Per questa routine non c'è nessun cambio di carico da annullare.
dose-refused-stale = Questo suggerimento non va più bene per { $routine }: la routine è stata modificata dopo il suggerimento. Non è stato cambiato nulla.
dose-refused-range = Il cambio porterebbe l'esercizio { $exercise } fuori dal suo intervallo sicuro. Non è stato cambiato nulla.

dose-era-start = Carico iniziale
dose-era-step-up = Aumento che hai accettato
dose-era-step-down = Riduzione che hai accettato
dose-era-undo = Cambio annullato
