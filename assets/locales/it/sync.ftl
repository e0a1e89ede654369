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
