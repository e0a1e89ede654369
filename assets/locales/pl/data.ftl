data-heading = Twoje dane
data-hint = Wszystko zostaje na tym komputerze (i w Twoim folderze synchronizacji, jeśli wybierzesz go poniżej). Wyeksportuj kopię, żeby ją zachować, przenieść na inny komputer albo otworzyć w arkuszu kalkulacyjnym.
data-export-json = Eksportuj wszystko (JSON)…
data-export-sessions = Eksportuj sesje (CSV)…
data-export-journal = Eksportuj dziennik (CSV)…
data-exported = Zapisano { $size } w { $path }.
data-import-heading = Import
data-import-hint = Wczytaj eksport z aplikacji Limber (JSON). Plik jest najpierw sprawdzany; jeśli coś w nim jest nie tak, nic się nie zmienia. Sesje i wpisy, które już masz, zostają, więc dwukrotny import tego samego pliku niczego nie dodaje.
data-import = Importuj eksport z aplikacji Limber…
data-backups-heading = Codzienne kopie zapasowe
data-backups-hint = Limber kopiuje swoją bazę danych raz dziennie i przechowuje { $kept ->
        [one] ostatnią kopię
        [few] { $kept } najnowsze kopie
       *[many] { $kept } najnowszych kopii
    }. Jeśli baza danych kiedyś się uszkodzi, Limber przy uruchomieniu przywróci najnowszą dobrą kopię. Kopie są w folderze { $folder }.
data-no-backup = Nie ma jeszcze kopii zapasowej; pierwsza powstanie dzisiaj.
data-backups-label = Kopie zapasowe
data-backup-row = { $day } · { $size }
data-backup-old = Twoja najnowsza kopia zapasowa ma już { $days } dni. Gdyby Twoje dane uległy teraz uszkodzeniu, Limber mógłby je przywrócić tylko w stanie sprzed { $days } dni, a wszystko, co zapisano od tamtej pory, przepadłoby. Limber tworzy kopię zapasową każdego dnia, w którym działa; jeśli to ostrzeżenie nie znika, sprawdź, czy na dysku jest wolne miejsce i czy do folderu kopii zapasowych można zapisywać.

size-bytes = { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajty
        [many] { $bytes } bajtów
       *[other] { $bytes } bajta
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

# Etykieta: liczba, żeby uniknąć uzgadniania form liczebnika („Dodane sesje: 5”).
import-done = Zaimportowano. Dodane sesje: { $sessions }{ $skipped ->
        [0] {""}
       *[other] , już istniejące: { $skipped }
    }, dodane wpisy w dzienniku: { $entries }{ $updated ->
        [0] {""}
       *[other] , zaktualizowane nowszymi odpowiedziami: { $updated }
    }{ $restDays ->
        [0] {""}
       *[other] , dodane dni odpoczynku: { $restDays }
    }{ $routines ->
        [0] {""}
       *[other] , dodane lub zaktualizowane własne rutyny: { $routines }
    }{ $settings ->
        [0] {""}
       *[other] , dodane ustawienia: { $settings }
    }.
import-refused-invalid = Nic nie zaimportowano: plik zawiera { $total ->
        [one] { $total } problem
        [few] { $total } problemy
       *[many] { $total } problemów
    }. { $shown ->
        [one] Oto on
       *[other] Oto pierwsze z nich
    }: { $problems }{ $more ->
        [0] .
       *[other] ; pozostałe: { $more }.
    }
import-refused-not-export = Nic nie zaimportowano: plik nie jest eksportem z aplikacji Limber.
import-refused-not-text = Nic nie zaimportowano: plik nie jest eksportem z aplikacji Limber (to nie jest plik tekstowy).
import-refused-newer = Nic nie zaimportowano: plik pochodzi z nowszej wersji aplikacji Limber (wersja eksportu { $found }; ta wersja odczytuje eksporty do wersji { $known }); zaktualizuj aplikację Limber, aby go zaimportować.
import-refused-too-large = Nic nie zaimportowano: plik jest za duży jak na eksport z aplikacji Limber (rozmiar w bajtach: { $bytes }; limit: { $limit }).
import-refused = Nic nie zaimportowano: { $reason }.
import-picked-up = Uruchomiona aplikacja Limber uwzględniła już zmianę.
data-filter-json = Eksport z aplikacji Limber (JSON)
data-filter-csv = Arkusz CSV
file-write-failed = Nie udało się zapisać pliku { $path }: { $detail }.
file-save-failed = Nie udało się zachować pliku { $path }: { $detail }.
