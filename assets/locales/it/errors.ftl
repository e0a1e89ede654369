error-not-found = { $what ->
        [exercise] Nessun esercizio chiamato «{ $id }».
        [session] Nessuna sessione chiamata «{ $id }».
        [own-routine] Non hai nessuna routine chiamata «{ $id }».
       *[routine] Nessuna routine chiamata «{ $id }».
    }
error-as-said = { $text }
error-library = La libreria di esercizi integrata non è valida: { $detail }
error-data-dir = Impossibile trovare la cartella dei dati: { $detail }
error-internal = Qualcosa è andato storto in Limber: { $detail }
