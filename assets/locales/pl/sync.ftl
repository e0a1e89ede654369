sync-heading = Synchronizacja między Twoimi komputerami
sync-off-hint = Używasz aplikacji Limber na więcej niż jednym komputerze? Wybierz folder, który już synchronizujesz przez Syncthing, Nextcloud, Dropbox, OneDrive lub iCloud Drive, albo folder na pendrivie. Limber zapisuje w nim jeden plik dla tego komputera i czyta pliki Twoich pozostałych komputerów, więc rutyna wykonana na jednym liczy się na wszystkich. Sam Limber nigdy nie korzysta z sieci.
sync-choose = Wybierz folder synchronizacji…
sync-folder = Folder
sync-last-synced = Ostatnia synchronizacja
sync-not-yet = Jeszcze nie
sync-this-computer = Ten komputer
sync-now = Synchronizuj teraz
sync-choose-another = Wybierz inny folder…
sync-stop = Zatrzymaj synchronizację
sync-devices-heading = Twoje pozostałe komputery
sync-no-devices = Jeszcze nie ma żadnych. Wybierz ten sam folder w aplikacji Limber na drugim komputerze; tamten komputer pojawi się tutaj, gdy dotrze jego plik.
sync-device-activity = { $changes }, ostatnia zmiana { $when }
sync-confirm-remove = Przestać czytać plik komputera { $name }? To, co już z niego przyszło, zostaje.
sync-yes-remove = Tak, usuń { $name }
sync-keep = Zachowaj { $name }
sync-remove = Usuń { $name }
sync-skipped-heading = Pominięte przy ostatniej synchronizacji
sync-contents = Co zawierają pliki
sync-contents-what = Twoje sesje, wpisy o samopoczuciu (dziennik), dni odpoczynku, Twoje własne rutyny oraz godziny przypomnień, plan rutyn i cele. Nie ustawienia dźwięku ani rozmiar okna.
sync-contents-plain = Pliki to czytelny JSON, bez szyfrowania, więc wybierz folder, któremu ufasz: każdy, kto może otworzyć ten folder, może je przeczytać.

sync-chosen = Limber synchronizuje teraz przez { $folder }.
sync-synced = Zsynchronizowano.
sync-stopped = Zatrzymano synchronizację. Pliki aplikacji Limber zostają w { $folder }; wybierz folder ponownie, żeby znów zacząć.
sync-removed = Usunięto { $name }: Limber nie czyta już jego pliku. To, co już z niego przyszło, zostaje.

sync-just-now = przed chwilą
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] brak zmian
        [one] { $count } zmiana
        [few] { $count } zmiany
        [many] { $count } zmian
       *[other] { $count } zmiany
    }
sync-written-none = z tego komputera nic jeszcze nie zapisano
# Bez uzgadniania z liczbą: „Zapisane z tego komputera: 5 zmian”.
sync-written = Zapisane z tego komputera: { $changes }
sync-unnamed = Komputer bez nazwy

sync-error-no-folder = Nie wybrano folderu synchronizacji: wybierz go w Ustawieniach albo uruchom `limber sync --folder ŚCIEŻKA`.
sync-error-folder = Limber nie może użyć folderu { $folder } do synchronizacji: { $why }.
sync-why-not-found = folder nie istnieje
sync-why-denied = Limber nie ma uprawnień do zapisu w tym miejscu
sync-why-read-only = folder jest na dysku tylko do odczytu
sync-why-full = dysk jest pełny
sync-why-not-folder = to nie jest folder
sync-why-system = komunikat systemu: { $detail }

sync-skip-unreadable-folder = nie udało się odczytać folderu: { $why }
sync-skip-conflict-copy = kopia utworzona przez narzędzie synchronizacji przy konflikcie dwóch wersji; Limber czyta oryginał
sync-skip-unknown-name = Limber nie zapisuje plików o takiej nazwie
sync-skip-not-file = to nie jest zwykły plik
sync-skip-too-large = plik jest większy niż { $megabytes } MB, czyli znacznie większy niż pliki zapisywane przez Limber
sync-skip-no-header = plik nie zaczyna się jak plik synchronizacji aplikacji Limber
sync-skip-newer = plik zapisała nowsza wersja aplikacji Limber (format { $version }); zaktualizuj Limber na tym komputerze, aby go odczytać
sync-skip-other-device = pierwszy wiersz wskazuje inny komputer ({ $device })
sync-skip-torn = wiersz { $line } nie dotarł jeszcze w całości; zostanie odczytany, gdy narzędzie synchronizacji go dostarczy
sync-skip-bad-line = wiersz { $line }: { $reason }
sync-skip-not-taken = nie uwzględniono: { $why }

sync-cli-synced = Zsynchronizowano z { $folder } ({ $time }).
# Etykieta: liczba, żeby uniknąć uzgadniania („nowe zmiany zapisane: 5”).
sync-cli-this-computer = Ten komputer ({ $name }, { $id }…): nowe zmiany zapisane: { $written }, łącznie: { $total }.
sync-cli-read = Odczytano { $read ->
        [one] { $read } nową zmianę
        [few] { $read } nowe zmiany
       *[many] { $read } nowych zmian
    } z { $computers ->
        [one] { $computers } innego komputera
       *[other] { $computers } innych komputerów
    }.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } zmiana
        [few] { $changes } zmiany
       *[many] { $changes } zmian
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } zmiana
        [few] { $changes } zmiany
       *[many] { $changes } zmian
    }, ostatnia zmiana { $last }
sync-cli-skipped = Pominięto { $files ->
        [one] { $files } plik
        [few] { $files } pliki
       *[many] { $files } plików
    }:
sync-picker-title = Wybierz folder, przez który ma działać synchronizacja
