home-tagline = Routine delicate per una schiena rigida, la sera e la mattina.
home-routines-heading = Routine
home-loading = Caricamento…
home-routine-meta = { $duration } · { $count ->
        [one] { $count } esercizio
       *[other] { $count } esercizi
    }
home-start = Inizia
home-start-label = Inizia { $name }
home-details = Dettagli
home-details-label = Dettagli di { $name }
home-exercises-in = Esercizi di { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nuova routine
routines-import = Importa routine…
routines-problems-label = Problemi nel file della routine

card-edit = Modifica
card-edit-label = Modifica { $name }
card-duplicate = Duplica
card-duplicate-label = Duplica { $name }
history-not-done = Non ancora fatta
history-started = { $count ->
        [one] Iniziata una volta, non ancora finita
       *[other] Iniziata { $count } volte, non ancora finita
    }
history-done = { $count ->
        [one] Fatta una volta
       *[other] Fatta { $count } volte
    }
history-done-last = { $count ->
        [one] Fatta una volta · l'ultima il { $day }
       *[other] Fatta { $count } volte · l'ultima il { $day }
    }
