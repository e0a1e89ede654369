editor-title-loading = Routine
editor-title-new = Nuova routine
editor-title-edit = Modifica routine
editor-back = Indietro
editor-loading = Caricamento…
editor-about = Informazioni su questa routine
editor-copy-of = Una copia di { $name }; l'originale non cambia mai.
editor-reset = Ripristina { $name }
editor-name = Nome
editor-description = A cosa serve
editor-when = Quando
editor-when-bedtime = Prima di dormire
editor-when-morning = Al mattino
editor-when-anytime = In qualsiasi momento

## Gli esercizi della routine.

editor-exercises = Esercizi
editor-empty = { $count ->
        [0] Ancora nessun esercizio. Aggiungine qualcuno dall'elenco.
       *[other] Ancora nessun esercizio. Aggiungine qualcuno dall'elenco di { $count }.
    }
editor-order-hint = Trascina un esercizio per la sua maniglia, oppure usa Sposta su e Sposta giù. I campi vuoti usano il valore predefinito dell'esercizio.
editor-drag = Trascina per riordinare
editor-about-length = circa { $duration }
editor-move-up = Sposta su
editor-move-up-label = Sposta su { $exercise }
editor-move-down = Sposta giù
editor-move-down-label = Sposta giù { $exercise }
editor-remove = Rimuovi
editor-remove-label = Rimuovi { $exercise }
editor-hold = Tenuta (s)
editor-reps = Ripetizioni
editor-rounds = Giri
editor-pace = Ritmo (s per movimento)
editor-sides = Lati
editor-rest-after = Riposo dopo (s)
editor-sides-none = Nessun lato
editor-sides-each = Un lato alla volta
editor-sides-alternate = Lati alternati
editor-sides-default = { $sides ->
        [none] Predefinito (nessun lato)
        [each] Predefinito (un lato alla volta)
       *[alternate] Predefinito (lati alternati)
    }
editor-default = predefinito: { $value }
editor-not-a-number = Scrivi un numero intero, oppure lascia vuoto per il valore predefinito.

## La scelta degli esercizi.

editor-add-heading = Aggiungi esercizi
editor-search = Cerca esercizi
editor-area = Zona del corpo
editor-all-areas = Tutte le zone
editor-where = Dove
editor-anywhere = Ovunque
editor-choice-meta = { $area } · { $position } · circa { $duration }
editor-add = Aggiungi
editor-add-label = Aggiungi { $exercise }
editor-shown-all = { $total ->
        [one] { $total } esercizio
       *[other] { $total } esercizi
    }
editor-shown-none = Nessun esercizio corrisponde; cancella la ricerca o un filtro.
editor-shown-some = { $total ->
        [one] { $shown } di { $total } esercizio
       *[other] { $shown } di { $total } esercizi
    }

## La routine come file.

editor-file-heading = Questa routine
editor-file-hint = Condividila o conservane una copia come file, oppure eliminala. Se la elimini, le sue sessioni passate restano nella tua cronologia.
editor-save-to-export = Salva le modifiche per esportarle.
editor-export = Esporta in un file…
editor-delete = Elimina routine
editor-delete-question = Eliminare «{ $name }»? Le sue sessioni passate restano nella tua cronologia.
editor-delete-yes = Sì, eliminala
editor-delete-keep = Mantienila
editor-leave-question = Uscire senza salvare? Le tue modifiche andranno perse.
editor-leave-yes = Esci senza salvare
editor-leave-keep = Continua a modificare

## La barra in basso.

editor-total = { $count ->
        [one] Circa { $duration } · { $count } esercizio
       *[other] Circa { $duration } · { $count } esercizi
    }
editor-problems = { $count ->
        [one] { $count } cosa da correggere prima di salvare.
       *[other] { $count } cose da correggere prima di salvare.
    }
editor-not-saved = Non ancora salvata.
editor-saved = Salvata.
editor-save = Salva routine
editor-start = Inizia

## Cosa sente un lettore di schermo dopo una modifica.

editor-added = Aggiunto { $exercise }. { $total }.
editor-removed = Rimosso { $exercise }.
editor-moved = { $exercise } ora è in posizione { $position } di { $count }.
editor-the-exercise = L'esercizio
editor-reset-done = Gli esercizi di { $name } sono tornati. Salva per mantenerli.
editor-reset-done-unnamed = Gli esercizi dell'originale sono tornati. Salva per mantenerli.
editor-saved-as = «{ $name }» salvata. È nella schermata Oggi con le altre routine.

## La routine salvata in un file o importata.

routine-exported = «{ $name }» salvata in { $path }.
routine-import-refused = Non è stato importato nulla: { $file } ha { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemi
    }.
routine-imported = «{ $name }» importata.
routine-imported-restored = «{ $name }» importata; le sue sessioni precedenti sono di nuovo nella sua cronologia.
routine-imported-copy = «{ $name }» importata come nuova routine, perché ce n'è già una con lo stesso identificativo.
editor-filter-routine = Routine di Limber

routine-new-name = La mia routine
routine-new-description = Una routine fatta su misura per me.
routine-copy-of-own = { $name } (copia)
