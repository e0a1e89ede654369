problem-disk-full-title = Dysk z danymi aplikacji Limber jest pełny.
problem-disk-full-advice = { $readable ->
        [yes] Nic nie zostało utracone.
       *[no] Nic nie zostało utracone: Twoje dane nadal są w tym folderze, a Limber otworzy je, gdy zwolni się miejsce.
    } Wszystko, co teraz zrobisz, zostanie zachowane, dopóki Limber jest otwarty, a Limber co kilka sekund próbuje to zapisać. Zwolnij trochę miejsca na tym dysku (opróżnij kosz albo usuń duże pliki, których już nie potrzebujesz), a Limber zapisze wszystko sam.
problem-read-only-title = Limber nie może zapisywać: jego folder danych jest tylko do odczytu.
problem-read-only-advice = { $readable ->
        [yes] Nic nie zostało utracone: Twoje dane nadal tam są.
       *[no] Nic nie zostało utracone: Twoje dane nadal są w tym folderze, a Limber otworzy je, gdy tylko będzie mógł.
    } Wszystko, co teraz zrobisz, zostanie zachowane, dopóki Limber jest otwarty, a Limber co kilka sekund próbuje to zapisać. Przywróć możliwość zapisu w folderze (sprawdź, czy dysk nie jest zamontowany tylko do odczytu i czy folder należy do Twojego użytkownika), a Limber zapisze wszystko sam.
problem-busy-title = Inny program używa pliku danych aplikacji Limber.
problem-busy-advice = Nic nie zostało utracone. Wszystko, co teraz zrobisz, zostanie zachowane, dopóki Limber jest otwarty, a Limber co kilka sekund próbuje to zapisać. Zapis nastąpi sam, gdy tylko inny program zwolni plik; jeśli tak się nie stanie, zamknij programy, które mogą mieć ten plik otwarty (narzędzie do kopii zapasowych lub synchronizacji, przeglądarkę baz danych, drugą kopię aplikacji Limber).
problem-unavailable-title = Limber nie może teraz korzystać ze swoich danych.
problem-unavailable-advice = { $readable ->
        [yes] Nic nie zostało usunięte.
       *[no] Nic nie zostało usunięte: Twoje dane nadal są w tym folderze.
    } Wszystko, co teraz zrobisz, zostanie zachowane, dopóki Limber jest otwarty, a Limber co kilka sekund próbuje to zapisać.
problem-sentence = { $title } Folder: { $folder }. { $advice } (Szczegóły: { $detail }.)

problem-disk-full-waiting = Dysk z danymi aplikacji Limber jest pełny. Limber przechowuje tę zmianę i co kilka sekund próbuje ponownie: zwolnij trochę miejsca na tym dysku, a zapis nastąpi sam. Do tego czasu nie zamykaj aplikacji Limber.
problem-read-only-waiting = Folder danych aplikacji Limber jest tylko do odczytu. Limber przechowuje tę zmianę i co kilka sekund próbuje ponownie: przywróć możliwość zapisu w folderze, a zapis nastąpi sam. Do tego czasu nie zamykaj aplikacji Limber.
problem-busy-waiting = Inny program używa pliku danych aplikacji Limber. Limber przechowuje tę zmianę i co kilka sekund próbuje ponownie: zapis nastąpi sam, gdy tylko inny program zwolni plik. Do tego czasu nie zamykaj aplikacji Limber.
problem-unavailable-waiting = Limber nie może teraz korzystać ze swoich danych. Przechowuje tę zmianę i co kilka sekund próbuje ponownie. Nie zamykaj aplikacji Limber, dopóki zmiana nie zostanie zapisana.

problem-disk-full-refused = Nie zapisano: dysk z danymi aplikacji Limber jest pełny. Zwolnij trochę miejsca na tym dysku i spróbuj ponownie.
problem-read-only-refused = Nie zapisano: folder danych aplikacji Limber jest tylko do odczytu. Przywróć możliwość zapisu i spróbuj ponownie.

session-not-saved = Nie udało się zapisać sesji: { $detail }.
