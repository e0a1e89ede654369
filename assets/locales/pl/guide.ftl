# Ekran ćwiczeń, warunki snu, Pomoc i wspólne elementy przewodnika. Nazwy ($name, $exercise, $routines,
# $conditions) są bez odmiany, dlatego stoją po dwukropku lub w nawiasie.

library-heading = Ćwiczenia
library-intro = Wszystkie ruchy, których używa Limber. Otwórz ćwiczenie, żeby zobaczyć, jak je wykonać, jak oddychać i na co uważać.
library-area = Część ciała
library-area-all = Wszystkie części
library-position = Pozycja
library-position-all = Wszystkie pozycje
library-count = Widoczne ćwiczenia: { $shown } z { $total }
library-no-match = Żadne ćwiczenie nie pasuje do obu filtrów. Wybierz „Wszystkie części” lub „Wszystkie pozycje”.
library-list = Ćwiczenia
library-meta = { $area } · { $position } · { $dose } · około { $duration }
library-show = Kroki i środki ostrożności
library-show-label = Kroki i środki ostrożności: { $name }
library-hide = Ukryj kroki
library-hide-label = Ukryj kroki: { $name }
library-how = Jak wykonać
library-breathing = Oddech
library-used-in = Część rutyn: { $routines }

area-lower-back = Dolna część pleców
area-upper-back = Górna część pleców
area-neck = Kark
area-core = Tułów
position-in-bed = W łóżku
position-floor = Na podłodze
position-standing = Na stojąco
position-seated = Na siedząco

exercise-dose-breaths = { $count ->
        [one] { $count } powolny oddech
        [few] { $count } powolne oddechy
        [many] { $count } powolnych oddechów
       *[other] { $count } powolnego oddechu
    }{ $rounds ->
        [1] {""}
        [few] , { $rounds } rundy
        [many] , { $rounds } rund
       *[other] , { $rounds } rundy
    }
exercise-dose-once = { $rounds ->
        [1] Raz
        [few] Raz, { $rounds } rundy
        [many] Raz, { $rounds } rund
       *[other] Raz, { $rounds } rundy
    }
exercise-dose-hold = Przytrzymaj { $hold } s{ $sides ->
        [each] {" "}na każdą stronę
        [alternate] {" "}na każdą stronę, naprzemiennie
       *[none] {""}
    }{ $rounds ->
        [1] {""}
        [few] , { $rounds } rundy
        [many] , { $rounds } rund
       *[other] , { $rounds } rundy
    }
exercise-dose-reps = { $count ->
        [one] { $count } powtórzenie
        [few] { $count } powtórzenia
        [many] { $count } powtórzeń
       *[other] { $count } powtórzenia
    }{ $sides ->
        [each] {" "}na każdą stronę
        [alternate] {" "}na każdą stronę, naprzemiennie
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , przytrzymanie { $hold } s
    }{ $rounds ->
        [1] {""}
        [few] , { $rounds } rundy
        [many] , { $rounds } rund
       *[other] , { $rounds } rundy
    }

# Małą literą, w mianowniku; stoją w nawiasie.
condition-osteoporosis = osteoporoza
condition-spinal-surgery = niedawna operacja lub złamanie kręgosłupa
condition-pregnancy = ciąża
condition-bending-forward = ból przy pochylaniu się do przodu
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Pominięte w Twoim planie: { $items }.
guide-unsuitable = { $name } nie jest w Twoim planie: wszystkie ruchy tej rutyny są pominięte.
guide-unsuitable-because = { $name } nie jest w Twoim planie: wszystkie ruchy tej rutyny są pominięte (powód: { $conditions }).
guide-ask-surgeon = Chirurg lub fizjoterapeuta powie Ci, które ruchy są dla Ciebie odpowiednie i od kiedy.
guide-ask-physio = Fizjoterapeuta może zaproponować ruchy odpowiednie dla Ciebie.

guide-take-care = Uważaj
guide-take-care-for = Uważaj: { $name }
guide-tonight = Przygotowanie na dzisiejszą noc
guide-this-evening = Dzisiejszy wieczór
guide-start-routine = Rozpocznij rutynę
guide-skip-checklist = Pomiń listę kontrolną
guide-setup-label = Co gdzie położyć: { $position }
guide-safety-loading = Wczytywanie wskazówek bezpieczeństwa…
guide-safety-problem = Nie udało się wyświetlić wskazówek bezpieczeństwa: { $problem }

sleep-show-for = Pokaż ułożenie dla pozycji
sleep-yours = (Twoja)
sleep-tips = Warto spróbować

help-heading = Pomoc
help-when = Kiedy szukać pomocy
help-use-heading = Jak korzystać z Limber
help-use-start-title = Rozpocznij rutynę
help-use-start = na ekranie Dzisiaj. Wieczorne wyciszenie jest na wieczór, na podłodze lub w łóżku; poranna rutyna zaczyna się w łóżku, zanim wstaniesz.
help-use-follow-title = Podążaj za minutnikiem i głosem.
help-use-follow = Włącz trenera głosowego w Ustawieniach, w części Dźwięk: przy opcji „Tylko komunikaty” każde ćwiczenie jest zapowiadane na początku i słyszysz, kiedy zmienić stronę i kiedy kończy się przytrzymanie; „Pełny trener” mówi też, jak wykonać każdy ruch, liczy powtórzenia i nadaje rytm oddechowi, więc możesz mieć zamknięte oczy. Działa także przy zamkniętym oknie.
help-use-before-title = Przed wieczorną rutyną
help-use-before = Limber pokazuje krótką listę kontrolną na wieczór i na dzisiejsze ułożenie poduszek. Zaznacz, co się zgadza, albo ją pomiń.
help-use-reminders-title = Przypomnienia
help-use-reminders = pojawiają się chwilę przed porą snu i po przebudzeniu. Zmienisz je w Ustawieniach, gdzie możesz też ponownie uruchomić konfigurację początkową.
help-use-checkin-title = Dodawaj wpis
help-use-checkin = codziennie: jak się czuły plecy i jak Ci się spało. Postępy pokazują z czasem, co pomaga.
help-use-gently-title = Zaczynaj łagodnie.
help-use-gently = Zrób kilka powtórzeń i stopniowo zwiększaj ich liczbę, rano i wieczorem. Poruszaj się powoli, bez sprężynowania, i oddychaj normalnie.
help-use-bed-title = Kładzenie się i wstawanie z łóżka.
help-use-bed = Aby wstać, obróć się na bok, odepchnij się rękami i opuść nogi poza łóżko. Wieczorem, aby się położyć, zrób to samo w odwrotnej kolejności.
help-use-answers-title = Twoje odpowiedzi mają znaczenie.
help-use-answers = Jeśli w odpowiedziach dla Limber jest osteoporoza, niedawna operacja kręgosłupa, ciąża lub ból przy pochylaniu się do przodu, ruchy, które nie są dla Ciebie odpowiednie, są pomijane w rutynach. Odpowiedzi zmienisz w Ustawieniach.
help-keys-heading = Skróty klawiszowe podczas rutyny
help-keys-key = Klawisz
help-keys-does = Działanie
help-key-space = Spacja
help-key-right = Strzałka w prawo
help-key-left = Strzałka w lewo
help-key-esc = Esc
help-key-space-does = Wstrzymaj lub kontynuuj
help-key-right-does = Przejdź do następnego ćwiczenia
help-key-left-does = Wróć do poprzedniego ćwiczenia
help-key-esc-does = Zakończ rutynę
help-routines-heading = Do czego służy każda rutyna
help-find-exercises = Wszystkie ćwiczenia, z krokami i środkami ostrożności, znajdziesz w zakładce { $exercises }.
help-find-sleep = Poduszki i materac znajdziesz w zakładce { $sleep }.
help-advice-heading = Limber nie udziela porad medycznych
help-advice = Limber proponuje ogólne, łagodne rutyny i wskazówki dotyczące snu oparte na publicznych źródłach o zdrowiu. Nie zna Twojego ciała ani Twojej historii, nie może niczego zdiagnozować i nie zastąpi lekarza ani fizjoterapeuty. Jeśli nie masz pewności, czy ćwiczenie jest dla Ciebie odpowiednie, zapytaj któregoś z nich.
