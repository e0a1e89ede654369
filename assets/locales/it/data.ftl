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
