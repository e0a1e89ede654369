# Zdania dawki dopasowywanej na ekranie postępów. Spokojnie i prosto: propozycja, nigdy polecenie.
# $exercise i $routine to nazwy bez odmiany, dlatego stoją po słowie „ćwiczenie” / „rutyna” albo po dwukropku.

dose-value-hold = { $exercise }: przytrzymanie { $value } s
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } powtórzenie na każdą stronę
            [few] { $value } powtórzenia na każdą stronę
            [many] { $value } powtórzeń na każdą stronę
           *[other] { $value } powtórzenia na każdą stronę
        }
       *[none] { $value ->
            [one] { $value } powtórzenie
            [few] { $value } powtórzenia
            [many] { $value } powtórzeń
           *[other] { $value } powtórzenia
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } runda
        [few] { $value } rundy
        [many] { $value } rund
       *[other] { $value } rundy
    }

dose-change-hold = { $exercise }: przytrzymanie { $to } s zamiast { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } powtórzenie na każdą stronę
            [few] { $to } powtórzenia na każdą stronę
            [many] { $to } powtórzeń na każdą stronę
           *[other] { $to } powtórzenia na każdą stronę
        }
       *[none] { $to ->
            [one] { $to } powtórzenie
            [few] { $to } powtórzenia
            [many] { $to } powtórzeń
           *[other] { $to } powtórzenia
        }
    } zamiast { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } runda
        [few] { $to } rundy
        [many] { $to } rund
       *[other] { $to } rundy
    } zamiast { $from }.

# „{ powód }. Możesz spróbować: { krok }.” Krok to wyrażenie typu „o jedną rundę więcej”.
dose-why = { $reason }. Możesz spróbować: { $step }.
dose-because-run = Udało Ci się ukończyć ćwiczenia w { $finished } z { $planned } ostatnich { $days ->
        [bedtime] wieczorów
        [morning] poranków
       *[anytime] zaplanowanych dni
    }, a Twoje plecy czują się mniej więcej tak samo albo lepiej
dose-because-rising = { $measure ->
        [after-sessions] Ostatnio Twoje plecy czują się gorzej po tej rutynie
        [morning-pain] Ostatnio Twoje plecy bardziej bolą rano
       *[morning-stiffness] Ostatnio Twoje plecy są rano bardziej sztywne
    } (średnio z { $before } do { $after } na 10)
dose-because-skipped = W { $sessions } z { $of } ostatnich sesji pominięto część ćwiczenia { $exercise }
dose-step-hold-up = { $by ->
        [one] o jedną sekundę dłużej przy każdym przytrzymaniu
        [few] o { $by } sekundy dłużej przy każdym przytrzymaniu
        [many] o { $by } sekund dłużej przy każdym przytrzymaniu
       *[other] o { $by } sekundy dłużej przy każdym przytrzymaniu
    }
dose-step-hold-down = { $by ->
        [one] o jedną sekundę krócej przy każdym przytrzymaniu
        [few] o { $by } sekundy krócej przy każdym przytrzymaniu
        [many] o { $by } sekund krócej przy każdym przytrzymaniu
       *[other] o { $by } sekundy krócej przy każdym przytrzymaniu
    }
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [one] o jedno powtórzenie więcej na każdą stronę
            [few] o { $by } powtórzenia więcej na każdą stronę
            [many] o { $by } powtórzeń więcej na każdą stronę
           *[other] o { $by } powtórzenia więcej na każdą stronę
        }
       *[none] { $by ->
            [one] o jedno powtórzenie więcej
            [few] o { $by } powtórzenia więcej
            [many] o { $by } powtórzeń więcej
           *[other] o { $by } powtórzenia więcej
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [one] o jedno powtórzenie mniej na każdą stronę
            [few] o { $by } powtórzenia mniej na każdą stronę
            [many] o { $by } powtórzeń mniej na każdą stronę
           *[other] o { $by } powtórzenia mniej na każdą stronę
        }
       *[none] { $by ->
            [one] o jedno powtórzenie mniej
            [few] o { $by } powtórzenia mniej
            [many] o { $by } powtórzeń mniej
           *[other] o { $by } powtórzenia mniej
        }
    }
dose-step-rounds-up = { $by ->
        [one] o jedną rundę więcej
        [few] o { $by } rundy więcej
        [many] o { $by } rund więcej
       *[other] o { $by } rundy więcej
    }
dose-step-rounds-down = { $by ->
        [one] o jedną rundę mniej
        [few] o { $by } rundy mniej
        [many] o { $by } rund mniej
       *[other] o { $by } rundy mniej
    }

# $day to date-long („14 grudnia (poniedziałek)”), więc może stać po „od” i „przed”.
dose-quiet-answered = Najwyżej jedna zmiana w tygodniu: następna propozycja może się pojawić od { $day }.
dose-quiet-little-history = Na razie za mało sesji i porannych wpisów, by zaproponować zmianę: ćwicz dalej i po każdej sesji odpowiadaj na pytanie „Jak teraz czują się Twoje plecy?”.
dose-quiet-building = Dni z ukończonymi ćwiczeniami: { $finished } z { $planned } ostatnich zaplanowanych. Gdy będzie ich { $needed } z { $days }, Limber może zaproponować trochę więcej.
dose-quiet-not-settled = Dawka zostaje bez zmian: { $measure ->
        [after-sessions] ocena pleców po sesjach zmieniła się
        [morning-pain] poranny ból pleców zmienił się
       *[morning-stiffness] poranna sztywność zmieniła się
    } średnio z { $before } na { $after }, więc to nie jest dobry moment, by dodawać więcej.
dose-quiet-at-limit = Każda dawka, którą dałoby się zmienić, jest już na granicy bezpiecznego zakresu: dawka zostaje bez zmian.

dose-copy-note = Rutyna { $routine } jest wbudowana: przyjęcie zmiany utworzy Twoją własną kopię z nową dawką, która przejmie przypomnienie, cel i historię tej rutyny.

dose-accepted = Od następnej sesji: { $doses }
dose-accepted-copy = Od następnej sesji: { $doses } Limber utworzył Twoją własną kopię rutyny { $routine } z nową dawką, o nazwie „{ $copy }”: przypomnienie, cel tygodniowy i historia przechodzą na kopię, a oryginał zostaje taki, jaki był.
dose-declined = Dawka zostaje bez zmian. Limber nie zaproponuje kolejnej zmiany w tej rutynie przed { $day }.
dose-undone = Cofnięto. Od następnej sesji: { $doses }

dose-refused-not-offered = Ta propozycja jest już nieaktualna: od jej pokazania zmieniły się Twoje sesje lub wpisy. Niczego nie zmieniono.
dose-refused-nothing-to-undo = W tej rutynie nie ma zmiany dawki, którą można by cofnąć.
dose-refused-stale = Ta propozycja nie pasuje już do rutyny { $routine }: rutynę zmieniono, odkąd propozycja powstała. Niczego nie zmieniono.
dose-refused-range = Ta zmiana wyprowadziłaby ćwiczenie { $exercise } poza jego bezpieczny zakres. Niczego nie zmieniono.

dose-era-start = Dawka początkowa
dose-era-step-up = Przyjęte zwiększenie dawki
dose-era-step-down = Przyjęte zmniejszenie dawki
dose-era-undo = Cofnięta zmiana
