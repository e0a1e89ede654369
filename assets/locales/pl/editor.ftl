# Edytor rutyn. $name i $exercise to nazwy rutyn i ćwiczeń (treść lub to, co wpisała osoba), bez odmiany,
# dlatego zwykle stoją po dwukropku albo po słowie „rutyna”.

editor-title-loading = Rutyna
editor-title-new = Nowa rutyna
editor-title-edit = Edytuj rutynę
editor-back = Wstecz
editor-loading = Wczytywanie…
editor-about = O tej rutynie
editor-copy-of = Kopia rutyny { $name }; oryginał nigdy się nie zmienia.
editor-reset = Przywróć: { $name }
editor-name = Nazwa
editor-description = Do czego służy
editor-when = Kiedy
editor-when-bedtime = Przed snem
editor-when-morning = Rano
editor-when-anytime = O dowolnej porze

## The routine's exercises.

editor-exercises = Ćwiczenia
editor-empty = { $count ->
        [0] Nie ma jeszcze ćwiczeń. Dodaj je z listy.
        [one] Nie ma jeszcze ćwiczeń. Dodaj je z listy { $count } ćwiczenia.
       *[other] Nie ma jeszcze ćwiczeń. Dodaj je z listy { $count } ćwiczeń.
    }
editor-order-hint = Przeciągnij ćwiczenie za uchwyt albo użyj przycisków W górę i W dół. Puste pola przyjmują wartość domyślną ćwiczenia.
editor-drag = Przeciągnij, aby zmienić kolejność
editor-about-length = około { $duration }
editor-move-up = W górę
editor-move-up-label = Przesuń w górę: { $exercise }
editor-move-down = W dół
editor-move-down-label = Przesuń w dół: { $exercise }
editor-remove = Usuń
editor-remove-label = Usuń: { $exercise }
editor-hold = Przytrzymanie (s)
editor-reps = Powtórzenia
editor-rounds = Rundy
editor-pace = Tempo (s na ruch)
editor-sides = Strony
editor-rest-after = Odpoczynek po (s)
editor-sides-none = Bez podziału na strony
editor-sides-each = Każda strona po kolei
editor-sides-alternate = Strony naprzemiennie
editor-sides-default = { $sides ->
        [none] Domyślnie (bez podziału na strony)
        [each] Domyślnie (każda strona po kolei)
       *[alternate] Domyślnie (strony naprzemiennie)
    }
editor-default = domyślnie { $value }
editor-not-a-number = Wpisz liczbę całkowitą albo zostaw puste pole, aby użyć wartości domyślnej.

## The exercise picker.

editor-add-heading = Dodaj ćwiczenia
editor-search = Szukaj ćwiczeń
editor-area = Część ciała
editor-all-areas = Wszystkie części
editor-where = Gdzie
editor-anywhere = Gdziekolwiek
editor-choice-meta = { $area } · { $position } · około { $duration }
editor-add = Dodaj
editor-add-label = Dodaj: { $exercise }
editor-shown-all = { $total ->
        [one] { $total } ćwiczenie
        [few] { $total } ćwiczenia
        [many] { $total } ćwiczeń
       *[other] { $total } ćwiczenia
    }
editor-shown-none = Żadne ćwiczenie nie pasuje; wyczyść wyszukiwanie lub filtr.
editor-shown-some = { $total ->
        [one] { $shown } z { $total } ćwiczenia
       *[other] { $shown } z { $total } ćwiczeń
    }

## The routine as a file.

editor-file-heading = Ta rutyna
editor-file-hint = Udostępnij ją lub zachowaj jej kopię w pliku albo ją usuń. Po usunięciu jej dawne sesje zostają w historii.
editor-save-to-export = Zapisz zmiany, aby je wyeksportować.
editor-export = Eksportuj do pliku…
editor-delete = Usuń rutynę
editor-delete-question = Usunąć „{ $name }”? Jej dawne sesje zostaną w historii.
editor-delete-yes = Tak, usuń
editor-delete-keep = Zachowaj
editor-leave-question = Wyjść bez zapisywania? Zmiany zostaną utracone.
editor-leave-yes = Wyjdź bez zapisywania
editor-leave-keep = Edytuj dalej

## The bar at the bottom.

editor-total = { $count ->
        [one] Około { $duration } · { $count } ćwiczenie
        [few] Około { $duration } · { $count } ćwiczenia
        [many] Około { $duration } · { $count } ćwiczeń
       *[other] Około { $duration } · { $count } ćwiczenia
    }
editor-problems = { $count ->
        [one] Przed zapisaniem trzeba poprawić { $count } rzecz.
       *[other] Przed zapisaniem trzeba poprawić { $count } rzeczy.
    }
editor-not-saved = Jeszcze nie zapisano.
editor-saved = Zapisano.
editor-save = Zapisz rutynę
editor-start = Rozpocznij

## What a screen reader hears after an edit.

editor-added = Dodano: { $exercise }. { $total }.
editor-removed = Usunięto: { $exercise }.
editor-moved = { $exercise } jest teraz na pozycji { $position } z { $count }.
editor-the-exercise = Ćwiczenie
editor-reset-done = Przywrócono ćwiczenia rutyny { $name }. Zapisz, aby je zachować.
editor-reset-done-unnamed = Przywrócono ćwiczenia oryginału. Zapisz, aby je zachować.
editor-saved-as = Zapisano „{ $name }”. Rutyna jest na ekranie Dzisiaj razem z innymi.

routine-exported = Zapisano „{ $name }” w pliku { $path }.
routine-import-refused = Nic nie zaimportowano: { $file } zawiera { $problems ->
        [one] { $problems } problem
        [few] { $problems } problemy
        [many] { $problems } problemów
       *[other] { $problems } problemu
    }.
routine-imported = Zaimportowano „{ $name }”.
routine-imported-restored = Zaimportowano „{ $name }”; jej wcześniejsze sesje wróciły do historii.
routine-imported-copy = Zaimportowano „{ $name }” jako nową rutynę, bo rutyna o tym samym identyfikatorze już istnieje.
editor-filter-routine = Rutyna Limber

routine-new-name = Moja rutyna
routine-new-description = Rutyna ułożona przeze mnie.
routine-copy-of-own = { $name } (kopia)
