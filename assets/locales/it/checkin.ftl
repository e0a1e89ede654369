checkin-heading = Check-in del mattino
checkin-meta-again = { $day } · Hai già fatto il check-in oggi; cambia quello che vuoi e salva di nuovo.
checkin-meta-new = { $day } · Come sta la tua schiena stamattina?
checkin-pain-legend = Mal di schiena in questo momento
checkin-pain-value = Dolore { $value }
checkin-pain-low = 0 nessuno
checkin-pain-high = 10 il peggiore immaginabile
checkin-stiffness-legend = Rigidità in questo momento
checkin-stiffness-value = Rigidità { $value }
checkin-stiffness-low = 0 nessuna
checkin-stiffness-high = 10 riesco a malapena a muovermi
checkin-sleep-legend = Come hai dormito?
checkin-sleep-value = Sonno: { $quality }
checkin-sleep-very-poor = Molto male
checkin-sleep-poor = Male
checkin-sleep-ok = Così così
checkin-sleep-good = Bene
checkin-sleep-very-good = Molto bene
checkin-position-legend = Posizione in cui hai dormito
checkin-position-side = Sul fianco
checkin-position-back = Sulla schiena
checkin-position-stomach = A pancia in giù
checkin-position-varies = È cambiata
checkin-note = Nota (facoltativa)
checkin-save = Salva il check-in
checkin-see-progress = Vedi i progressi
checkin-not-saved = Non ancora salvato
checkin-saved-for = Salvato per { $day }.
checkin-missing = Rispondi anche a: { $questions }.
checkin-missing-pain = mal di schiena
checkin-missing-stiffness = rigidità
checkin-missing-sleep = qualità del sonno
checkin-missing-position = posizione nel sonno

checkin-card-not-saved = Le risposte di oggi non sono ancora salvate: Limber le conserva e riprova.
checkin-card-see = Vedi il check-in
checkin-card-done = Fatto oggi: dolore { $pain }, rigidità { $stiffness }, sonno { $sleep } su 5.
checkin-card-edit = Modifica il check-in
checkin-card-invite = Come sta la tua schiena stamattina? Quattro clic, meno di dieci secondi.
checkin-card-now = Fai il check-in

recovery-heading = I tuoi dati sono stati ripristinati da un backup
recovery-restored = { $records ->
        [0] Limber ha trovato il suo database danneggiato e ha ripristinato il backup del { $day }. Le impostazioni cambiate dopo quel backup sono tornate com'erano allora.
        [one] Limber ha trovato il suo database danneggiato e ha ripristinato il backup del { $day } e l'unica voce salvata da allora. Le impostazioni cambiate dopo quel backup sono tornate com'erano allora.
       *[other] Limber ha trovato il suo database danneggiato e ha ripristinato il backup del { $day } e le { $records } voci salvate da allora. Le impostazioni cambiate dopo quel backup sono tornate com'erano allora.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber ha trovato il suo database danneggiato e non aveva un backup integro, quindi è ripartito da zero con l'unica voce del suo registro.
       *[other] Limber ha trovato il suo database danneggiato e non aveva un backup integro, quindi è ripartito da zero con le { $records } voci del suo registro.
    }
recovery-fresh = Limber ha trovato il suo database danneggiato e non aveva un backup integro, quindi è ripartito da zero.
recovery-kept = Il file danneggiato è stato conservato, non eliminato:
recovery-told = { $what } { $kept } { $path }
recovery-details = Dettagli
recovery-ok = OK
