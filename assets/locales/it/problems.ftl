problem-disk-full-title = Il disco che contiene i dati di Limber è pieno.
problem-disk-full-advice = { $readable ->
        [yes] Non è andato perso nulla.
       *[no] Non è andato perso nulla: i tuoi dati sono ancora in quella cartella e Limber li aprirà appena ci sarà spazio.
    } Tutto quello che fai di nuovo viene conservato finché Limber resta aperto, e Limber prova a salvarlo ogni pochi secondi. Libera spazio su quel disco (svuota il cestino o elimina i file grandi che non ti servono più) e Limber salverà da solo.
problem-read-only-title = Limber non può salvare: la sua cartella dei dati è di sola lettura.
problem-read-only-advice = { $readable ->
        [yes] Non è andato perso nulla: i tuoi dati sono ancora lì.
       *[no] Non è andato perso nulla: i tuoi dati sono ancora in quella cartella e Limber li aprirà appena potrà.
    } Tutto quello che fai di nuovo viene conservato finché Limber resta aperto, e Limber prova a salvarlo ogni pochi secondi. Rendi di nuovo scrivibile la cartella (controlla che il suo disco non sia montato in sola lettura e che la cartella appartenga al tuo utente) e Limber salverà da solo.
problem-busy-title = Un altro programma sta usando il file dei dati di Limber.
problem-busy-advice = Non è andato perso nulla. Tutto quello che fai di nuovo viene conservato finché Limber resta aperto, e Limber prova a salvarlo ogni pochi secondi. Verrà salvato da solo appena l'altro programma rilascia il file; se non succede, chiudi i programmi che potrebbero avere il file aperto (uno strumento di backup o di sincronizzazione, un visualizzatore di database, un secondo Limber).
problem-unavailable-title = Limber non può usare i suoi dati in questo momento.
problem-unavailable-advice = { $readable ->
        [yes] Non è stato eliminato nulla.
       *[no] Non è stato eliminato nulla: i tuoi dati sono ancora in quella cartella.
    } Tutto quello che fai di nuovo viene conservato finché Limber resta aperto, e Limber prova a salvarlo ogni pochi secondi.
problem-sentence = { $title } La cartella è { $folder }. { $advice } (Dettagli: { $detail }.)

problem-disk-full-waiting = Il disco che contiene i dati di Limber è pieno. Limber lo conserva e riprova ogni pochi secondi: libera spazio su quel disco e verrà salvato da solo. Tieni Limber aperto fino ad allora.
problem-read-only-waiting = La cartella dei dati di Limber è di sola lettura. Limber lo conserva e riprova ogni pochi secondi: rendi di nuovo scrivibile la cartella e verrà salvato da solo. Tieni Limber aperto fino ad allora.
problem-busy-waiting = Un altro programma sta usando il file dei dati di Limber. Limber lo conserva e riprova ogni pochi secondi: verrà salvato da solo appena l'altro programma rilascia il file. Tieni Limber aperto fino ad allora.
problem-unavailable-waiting = Limber non può usare i suoi dati in questo momento. Lo conserva e riprova ogni pochi secondi. Tieni Limber aperto finché non viene salvato.

problem-disk-full-refused = Non salvato: il disco che contiene i dati di Limber è pieno. Libera spazio su quel disco e riprova.
problem-read-only-refused = Non salvato: la cartella dei dati di Limber è di sola lettura. Rendila di nuovo scrivibile e riprova.

session-not-saved = Impossibile salvare la sessione: { $detail }.
