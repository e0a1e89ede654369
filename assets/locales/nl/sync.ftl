sync-heading = Synchroniseren tussen je computers
sync-off-hint = Gebruik je Limber op meer dan één computer? Kies een map die je al synchroniseert met Syncthing, Nextcloud, Dropbox, OneDrive of iCloud Drive, of een map op een USB-stick. Limber zet er één bestand voor deze computer in en leest de bestanden van je andere computers, zodat een routine die je op de ene doet, op alle meetelt. Limber zelf gebruikt nooit het netwerk.
sync-choose = Syncmap kiezen…
sync-folder = Map
sync-last-synced = Laatst gesynchroniseerd
sync-not-yet = Nog niet
sync-this-computer = Deze computer
sync-now = Nu synchroniseren
sync-choose-another = Andere map kiezen…
sync-stop = Sync stoppen
sync-devices-heading = Je andere computers
sync-no-devices = Nog geen. Kies dezelfde map in Limber op je andere computer; die verschijnt hier zodra het bestand ervan is aangekomen.
sync-device-activity = { $changes }, laatste wijziging { $when }
sync-confirm-remove = Het bestand van { $name } niet meer lezen? Wat al is overgenomen, blijft.
sync-yes-remove = Ja, { $name } verwijderen
sync-keep = { $name } behouden
sync-remove = { $name } verwijderen
sync-skipped-heading = Overgeslagen bij de laatste ronde
sync-contents = Wat de bestanden bevatten
sync-contents-what = Je sessies, check-ins (dagboek), rustdagen, je eigen routines, en je herinneringstijden, routineplan en doelen. Niet je geluidsinstellingen of de grootte van het venster.
sync-contents-plain = De bestanden zijn leesbare JSON en niet versleuteld. Kies dus een map die je vertrouwt: iedereen die de map kan openen, kan ze lezen.

sync-chosen = Limber synchroniseert nu via { $folder }.
sync-synced = Gesynchroniseerd.
sync-stopped = Synchronisatie gestopt. De bestanden van Limber blijven in { $folder }; kies de map opnieuw om weer te beginnen.
sync-removed = { $name } verwijderd: Limber leest het bestand ervan niet meer. Wat al is overgenomen, blijft.

sync-just-now = zojuist
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] geen wijzigingen
        [one] { $count } wijziging
       *[other] { $count } wijzigingen
    }
sync-written-none = nog niets geschreven vanaf deze computer
sync-written = { $changes } geschreven vanaf deze computer
sync-unnamed = Naamloze computer

sync-error-no-folder = Er is geen syncmap gekozen: kies er een in Instellingen, of voer `limber sync --folder PAD` uit.
sync-error-folder = Limber kan { $folder } niet als syncmap gebruiken: { $why }.
sync-why-not-found = die bestaat niet
sync-why-denied = Limber mag daar niet schrijven
sync-why-read-only = die staat op een alleen-lezen schijf
sync-why-full = de schijf is vol
sync-why-not-folder = het is geen map
sync-why-system = het systeem meldt: { $detail }

sync-skip-unreadable-folder = de map kon niet worden gelezen: { $why }
sync-skip-conflict-copy = een kopie die het synchronisatieprogramma maakte toen twee versies botsten; Limber leest het origineel
sync-skip-unknown-name = de naam is er geen die Limber schrijft
sync-skip-not-file = het is geen gewoon bestand
sync-skip-too-large = het is groter dan { $megabytes } MB, veel meer dan Limber schrijft
sync-skip-no-header = het begint niet zoals een syncbestand van Limber
sync-skip-newer = een nieuwere Limber heeft het geschreven (formaat { $version }); werk Limber op deze computer bij om het te lezen
sync-skip-other-device = de eerste regel noemt een andere computer ({ $device })
sync-skip-torn = regel { $line } is nog niet helemaal aangekomen; die wordt gelezen zodra het synchronisatieprogramma hem heeft gebracht
sync-skip-bad-line = regel { $line }: { $reason }
sync-skip-not-taken = niet overgenomen: { $why }

sync-cli-synced = Gesynchroniseerd met { $folder } ({ $time }).
sync-cli-this-computer = Deze computer ({ $name }, { $id }…): { $written ->
        [one] { $written } nieuwe wijziging
       *[other] { $written } nieuwe wijzigingen
    } geschreven, { $total } in totaal.
sync-cli-read = { $read ->
        [one] { $read } nieuwe wijziging
       *[other] { $read } nieuwe wijzigingen
    } gelezen van { $computers ->
        [one] { $computers } andere computer
       *[other] { $computers } andere computers
    }.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } wijziging
       *[other] { $changes } wijzigingen
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } wijziging
       *[other] { $changes } wijzigingen
    }, laatste wijziging { $last }
sync-cli-skipped = { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } overgeslagen:
sync-picker-title = Kies de map waarmee je wilt synchroniseren
