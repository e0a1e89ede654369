data-heading = I tuoi dati
data-hint = Tutto resta su questo computer (e nella tua cartella di sincronizzazione, se ne scegli una qui sotto). Esporta una copia da conservare, da portare su un altro computer o da aprire in un foglio di calcolo.
data-export-json = Esporta tutto (JSON)…
data-export-sessions = Esporta le sessioni (CSV)…
data-export-journal = Esporta il diario (CSV)…
data-exported = File di { $size } salvato in { $path }.
data-import-heading = Importa
data-import-hint = Importa un'esportazione di Limber (JSON). Il file viene controllato prima; se qualcosa non va, non cambia nulla. Le sessioni e le voci che hai già vengono mantenute, quindi importare due volte lo stesso file non aggiunge nulla.
data-import = Importa un'esportazione di Limber…
data-backups-heading = Backup giornalieri
data-backups-hint = Limber copia il suo database una volta al giorno e conserva le { $kept } copie più recenti. Se il database si danneggia, all'avvio ripristina la copia integra più recente. Si trovano in { $folder }.
data-no-backup = Ancora nessun backup; il primo viene fatto oggi.
data-backups-label = Backup
data-backup-row = { $day } · { $size }
data-backup-old = Il tuo backup più recente risale a { $days } giorni fa. Se i tuoi dati si danneggiassero ora, Limber potrebbe recuperarli solo com'erano { $days } giorni fa, e tutto quello che hai registrato da allora andrebbe perso. Limber fa un backup ogni giorno in cui è in esecuzione; se questo avviso resta, controlla che sul disco ci sia spazio libero e che nella cartella dei backup si possa scrivere.

size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } byte
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = Importato: { $sessions ->
        [one] { $sessions } sessione aggiunta
       *[other] { $sessions } sessioni aggiunte
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } già presente
       *[other] , { $skipped } già presenti
    }, { $entries ->
        [one] { $entries } voce del diario aggiunta
       *[other] { $entries } voci del diario aggiunte
    }{ $updated ->
        [0] {""}
        [one] , { $updated } aggiornata con risposte più recenti
       *[other] , { $updated } aggiornate con risposte più recenti
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } giorno di riposo aggiunto
       *[other] , { $restDays } giorni di riposo aggiunti
    }{ $routines ->
        [0] {""}
        [one] , { $routines } routine personale aggiunta o aggiornata
       *[other] , { $routines } routine personali aggiunte o aggiornate
    }{ $settings ->
        [0] {""}
        [one] , { $settings } impostazione aggiunta
       *[other] , { $settings } impostazioni aggiunte
    }.
import-refused-invalid = Non è stato importato nulla: il file ha { $total ->
        [one] { $total } problema
       *[other] { $total } problemi
    }. { $shown ->
        [one] Eccolo
       *[other] Ecco i primi
    }: { $problems }{ $more ->
        [0] .
       *[other] ; e altri { $more }.
    }
import-refused-not-export = Non è stato importato nulla: il file non è un'esportazione di Limber.
import-refused-not-text = Non è stato importato nulla: il file non è un'esportazione di Limber (non è un file di testo).
import-refused-newer = Non è stato importato nulla: il file è stato creato da una versione più recente di Limber (versione di esportazione { $found }; questa versione di Limber legge fino alla versione { $known }); aggiorna Limber per importarlo.
import-refused-too-large = Non è stato importato nulla: il file è troppo grande per essere un'esportazione di Limber ({ $bytes } byte; il limite è { $limit }).
import-refused = Non è stato importato nulla: { $reason }.
import-picked-up = Limber, già aperto, ha recepito la modifica.
data-filter-json = Esportazione di Limber (JSON)
data-filter-csv = Foglio di calcolo CSV
file-write-failed = Impossibile scrivere { $path }: { $detail }.
file-save-failed = Impossibile salvare { $path }: { $detail }.
