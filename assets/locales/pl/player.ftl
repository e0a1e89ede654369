# Odtwarzacz: czytany jednym okiem, na podłodze o 23:00 lub w łóżku o 7:00. Krótko i spokojnie.
# Formy bezosobowe tam, gdzie czas przeszły wymagałby rodzaju („Co już zrobiono…”).

## Before the routine starts.

player-back-home = ← Wstecz
player-exercises-label = Ćwiczenia w tej rutynie
player-safety = Poruszaj się powoli i łagodnie. Przerwij każde ćwiczenie, które nasila ból lub powoduje, że promieniuje on do nogi.
player-help = Kiedy szukać pomocy
player-not-for-you = Z powodu Twoich odpowiedzi na pytania początkowe wszystkie ruchy tej rutyny są dla Ciebie pominięte. Możesz je zmienić w Ustawieniach, przyciskiem „{ guide-run-again }”.
player-start = Rozpocznij
player-loading = Wczytywanie…
player-sound-note = { $reason } Rutyna będzie przebiegać bez dźwięku.

## While the routine runs.

player-in-progress = { $routine } w toku
player-progress = Postęp rutyny
player-time-left = { $seconds ->
        [one] Do końca tego kroku została { $seconds } sekunda
        [few] Do końca tego kroku zostały { $seconds } sekundy
        [many] Do końca tego kroku zostało { $seconds } sekund
       *[other] Do końca tego kroku zostało { $seconds } sekundy
    }
player-breathe-in = Wdech
player-breathe-out = Wydech
player-paused = Pauza
player-show-steps = Pokaż wszystkie kroki
player-hide-steps = Ukryj kroki
player-show-cautions = Środki ostrożności
player-hide-cautions = Ukryj środki ostrożności
player-steps-label = Jak wykonać: { $exercise }
player-controls = Sterowanie rutyną
player-previous = Wstecz
player-pause = Wstrzymaj
player-resume = Wznów
player-skip = Pomiń
player-add-time = +{ $seconds } s
player-stop = Zakończ
player-stop-question = Zakończyć tę rutynę? To, co już zostało zrobione, zostanie zachowane.
player-keep-going = Kontynuuj
player-stop-routine = Zakończ rutynę
player-help-paused = Rutyna jest wstrzymana.
player-help-back = Wróć do rutyny
player-help-close = Zamknij

## Lights out: the bedtime routine goes on by voice with a dark screen that shows one line.

player-lights-out = Zgaś światło
player-lights-out-label = { $routine } w toku, ekran wygaszony
player-lights-on = Włącz światło
player-lights-on-paused = Pauza. Włącz światło

## What the step is.

player-get-ready-for = Przygotuj się: { $exercise }
player-get-ready = Przygotuj się
player-switch-sides = Zmień stronę
player-rest = Odpoczynek
player-exercise = Ćwiczenie
player-side-left = Lewa strona
player-side-right = Prawa strona
player-with-side = { $side ->
        [left] { $title }, lewa strona
       *[right] { $title }, prawa strona
    }
player-rep = Powtórzenie { $rep } z { $reps }
player-hold = Przytrzymanie { $rep } z { $reps }
player-breath = Oddech { $rep } z { $reps }
player-round = Runda { $round } z { $rounds }
player-count-round = { $count } · runda { $round } z { $rounds }
player-next = Następnie: { $step }
player-next-finish = Następnie: koniec
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, przytrzymaj { $seconds } sekundę.
        [few] { $step }, przytrzymaj { $seconds } sekundy.
        [many] { $step }, przytrzymaj { $seconds } sekund.
       *[other] { $step }, przytrzymaj { $seconds } sekundy.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } powtórzenie.
        [few] { $step }, { $count } powtórzenia.
        [many] { $step }, { $count } powtórzeń.
       *[other] { $step }, { $count } powtórzenia.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } oddech.
        [few] { $step }, { $count } oddechy.
        [many] { $step }, { $count } oddechów.
       *[other] { $step }, { $count } oddechu.
    }

## The end screen.

player-well-done = Dobra robota
player-stopped = Sesja zakończona
# Bez odmiany liczebników: „kroki wykonane: 5 z 8”.
player-summary = { $skipped ->
        [0] { $routine }: wykonane kroki: { $done } z { $total }, czas: { $time }.
       *[other] { $routine }: wykonane kroki: { $done } z { $total }, pominięte: { $skipped }, czas: { $time }.
    }
player-not-saved = Nie zapisano
player-not-saved-yet = Jeszcze nie zapisano
player-feel-legend = Jak teraz czują się Twoje plecy?
player-feel-low = 0 brak bólu
player-feel-high = 10 najgorszy
player-feel-value = Plecy: { $value } na 10
player-checkin = Poranne samopoczucie
player-done = Gotowe
