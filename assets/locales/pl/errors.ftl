error-not-found = { $what ->
        [exercise] Nie ma ćwiczenia o nazwie „{ $id }”.
        [session] Nie ma sesji o nazwie „{ $id }”.
        [own-routine] Nie masz rutyny o nazwie „{ $id }”.
       *[routine] Nie ma rutyny o nazwie „{ $id }”.
    }
error-as-said = { $text }
error-library = Wbudowana biblioteka ćwiczeń jest nieprawidłowa: { $detail }
error-data-dir = Nie znaleziono folderu danych: { $detail }
error-internal = Coś poszło nie tak wewnątrz aplikacji Limber: { $detail }
