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
