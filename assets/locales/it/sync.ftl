sync-heading = Sincronizzazione tra i tuoi computer
sync-off-hint = Usi Limber su più di un computer? Scegli una cartella che sincronizzi già con Syncthing, Nextcloud, Dropbox, OneDrive o iCloud Drive, oppure una su una chiavetta USB. Limber ci scrive un file per questo computer e legge i file degli altri tuoi computer, così una routine fatta su uno conta su tutti. Limber di per sé non usa mai la rete.
sync-choose = Scegli la cartella di sincronizzazione…
sync-folder = Cartella
sync-last-synced = Ultima sincronizzazione
sync-not-yet = Non ancora
sync-this-computer = Questo computer
sync-now = Sincronizza ora
sync-choose-another = Scegli un'altra cartella…
sync-stop = Interrompi la sincronizzazione
sync-devices-heading = I tuoi altri computer
sync-no-devices = Ancora nessuno. Scegli questa stessa cartella in Limber sull'altro computer; comparirà qui appena arriva il suo file.
sync-device-activity = { $changes }, ultima modifica { $when }
sync-confirm-remove = Smettere di leggere il file di { $name }? Quello che ha già portato resta.
sync-yes-remove = Sì, rimuovi { $name }
sync-keep = Mantieni { $name }
sync-remove = Rimuovi { $name }
sync-skipped-heading = Saltati nell'ultimo passaggio
sync-contents = Cosa contengono i file
sync-contents-what = Le tue sessioni, i check-in (diario), i giorni di riposo, le routine create da te, gli orari dei promemoria, il piano delle routine e gli obiettivi. Non le impostazioni del suono né la dimensione della finestra.
sync-contents-plain = I file sono JSON leggibile, non cifrato, quindi scegli una cartella di cui ti fidi: chiunque possa aprire la cartella può leggerli.

sync-chosen = Ora Limber sincronizza tramite { $folder }.
sync-synced = Sincronizzato.
sync-stopped = Sincronizzazione interrotta. I file di Limber restano in { $folder }; scegli di nuovo la cartella per ricominciare.
sync-removed = { $name } rimosso: Limber non legge più il suo file. Quello che ha già portato resta.

sync-just-now = proprio ora
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] nessuna modifica
        [one] { $count } modifica
       *[other] { $count } modifiche
    }
sync-written-none = ancora nulla scritto da questo computer
sync-written = { $changes } da questo computer
sync-unnamed = Computer senza nome

sync-error-no-folder = Nessuna cartella di sincronizzazione scelta: scegline una nelle Impostazioni o esegui `limber sync --folder PERCORSO`.
sync-error-folder = Limber non può usare { $folder } come cartella di sincronizzazione: { $why }.
sync-why-not-found = non esiste
sync-why-denied = Limber non ha il permesso di scriverci
sync-why-read-only = si trova su un disco di sola lettura
sync-why-full = il disco è pieno
sync-why-not-folder = non è una cartella
sync-why-system = il sistema dice: { $detail }

sync-skip-unreadable-folder = non è stato possibile leggere la cartella: { $why }
sync-skip-conflict-copy = una copia creata dallo strumento di sincronizzazione quando due versioni si sono scontrate; Limber legge l'originale
sync-skip-unknown-name = il suo nome non è tra quelli che Limber scrive
sync-skip-not-file = non è un file normale
sync-skip-too-large = è più grande di { $megabytes } MB, molto più di quanto scriva Limber
sync-skip-no-header = non inizia come un file di sincronizzazione di Limber
sync-skip-newer = l'ha scritto una versione più recente di Limber (formato { $version }); aggiorna Limber su questo computer per leggerlo
sync-skip-other-device = la sua prima riga indica un altro computer ({ $device })
sync-skip-torn = la riga { $line } non è ancora arrivata del tutto; verrà letta appena lo strumento di sincronizzazione l'avrà portata
sync-skip-bad-line = riga { $line }: { $reason }
sync-skip-not-taken = non acquisita: { $why }

sync-cli-synced = Sincronizzato con { $folder } ({ $time }).
sync-cli-this-computer = Questo computer ({ $name }, { $id }…): { $written ->
        [one] { $written } nuova modifica scritta
       *[other] { $written } nuove modifiche scritte
    }, { $total } in tutto.
sync-cli-read = { $read ->
        [one] { $read } nuova modifica letta
       *[other] { $read } nuove modifiche lette
    } { $computers ->
        [one] da { $computers } altro computer
       *[other] da altri { $computers } computer
    }.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } modifica
       *[other] { $changes } modifiche
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } modifica
       *[other] { $changes } modifiche
    }, l'ultima il { $last }
sync-cli-skipped = { $files ->
        [one] { $files } file saltato
       *[other] { $files } file saltati
    }:
sync-picker-title = Scegli la cartella da usare per la sincronizzazione
