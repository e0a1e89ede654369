settings-saved = Zapisano.

## Twój plan i poradnik snu

guide-heading = Twój plan i poradnik snu
guide-plan-label = Rutyny w Twoim planie
guide-no-reminder = Brak przypomnień w planie.
guide-plan-hint = To przypomnienia zaproponowane przez Twój plan; ich godziny zmienisz w sekcji Przypomnienia.
guide-no-plan = Nie masz jeszcze planu.
guide-run-again = Uruchom ponownie konfigurację początkową
guide-set-up = Utwórz mój plan
guide-position-legend = Jak zwykle śpię
guide-checklists-legend = Przed wieczorną rutyną
guide-wind-down-checklist = Pokazuj listę kontrolną wieczornego wyciszenia
guide-setup-checklist = Pokazuj listę kontrolną warunków snu na dzisiejszą noc

sleep-position-side = Na boku
sleep-position-back = Na plecach
sleep-position-stomach = Na brzuchu
sleep-position-varies = Różnie

# $days stoi przed godziną: skrót dnia („pt.”) na końcu zdania dałby podwójną kropkę.
plan-reminder-bedtime = Przypomnienie: { $days }, o { $time } ({ $lead } min przed porą snu).
plan-reminder-fixed = Przypomnienie: { $days }, o { $time }.
plan-reminder-first-use = Przypomnienie: { $days }, przy pierwszym użyciu komputera po { $time }.
plan-days-every-day = codziennie
plan-days-weekdays = w dni robocze
plan-days-weekends = w weekendy
plan-days-none = bez wybranych dni
plan-days-some = { $days }

## Dźwięk

sound-heading = Dźwięk
sound-unavailable = { $reason } Sesje i tak się odbywają; będą bez dźwięku, dopóki nie pojawi się dostępne wyjście audio.
sound-play = Odtwarzaj dźwięk podczas rutyny
sound-tones-volume = Głośność sygnałów
sound-volume-value = { $percent } procent
sound-test = Sprawdź dźwięk
sound-coach-legend = Trener głosowy
sound-coach-off = Wyłączony
sound-coach-off-hint = Tylko sygnały.
sound-coach-cues = Tylko komunikaty
sound-coach-cues-hint = Zapowiada każde ćwiczenie, odlicza „3, 2, 1” i mówi „zmień stronę”, „odpoczynek”, „połowa”, „ostatnie” i „dobra robota”.
sound-coach-full = Pełny trener
sound-coach-full-hint = Dodatkowo mówi, jak wykonać każde ćwiczenie, liczy powtórzenia i mówi, kiedy zrobić wdech i wydech: możesz ćwiczyć z zamkniętymi oczami.
sound-voice-volume = Głośność głosu
sound-test-voice = Sprawdź głos
sound-gentle-at-night = Łagodniejszy głos wieczorem: wolniejszy i cichszy w rutynach wieczornych
sound-test-night-voice = Sprawdź głos wieczorny
sound-loading = Wczytywanie…

## Wygląd

appearance-heading = Wygląd
appearance-theme-legend = Motyw
appearance-theme-system = Jak w systemie
appearance-theme-system-hint = Jasny lub ciemny, zgodnie z ustawieniem pulpitu.
appearance-theme-light = Jasny
appearance-theme-light-hint = Ciemny tekst na jasnym tle.
appearance-theme-dark = Ciemny
appearance-theme-dark-hint = Jasny tekst na ciemnym tle.
appearance-theme-night = Nocny
appearance-theme-night-hint = Przygaszony i ciepły, z małą ilością niebieskiego światła, przez cały dzień.
appearance-night-after-bedtime = Wygląd nocny po porze snu
appearance-night-when = Od przypomnienia o porze snu ({ $from }) do początku dnia ({ $until }).
appearance-night-needs-reminder = Najpierw ustaw przypomnienie o wieczornej rutynie: wygląd nocny włącza się o jego godzinie.
appearance-night-on = Jest już po porze snu: wygląd nocny jest włączony.

## Serie i cele

streaks-heading = Serie i cele
streaks-day-boundary = Nowy dzień zaczyna się o
streaks-day-boundary-hint = Wieczorne wyciszenie ukończone przed tą godziną liczy się do poprzedniego wieczoru. Między 00:00 a { $latest }.
streaks-rest-days = Dozwolone dni odpoczynku w miesiącu, dla każdej rutyny
streaks-rest-days-hint = Dzień odpoczynku podtrzymuje serię, ale jej nie wydłuża.
streaks-goals-legend = Cele tygodniowe
streaks-goals-hint = Opcjonalnie: ile dni w tygodniu chcesz ćwiczyć. Dni odpoczynku wliczają się do celu.
streaks-no-goal = Bez celu
streaks-goal-days = { $days } z 7 dni
streaks-save = Zapisz ustawienia serii

sound-off-because = Dźwięk jest niedostępny: { $cause }.
sound-cause-no-device = nie znaleziono urządzenia dźwiękowego
sound-cause-device-lost = urządzenie dźwiękowe przestało działać
sound-cause-thread = nie udało się uruchomić wątku dźwięku
sound-cause-opening = wyjście dźwięku jest jeszcze otwierane
sound-invalid-volume = Głośność musi być liczbą od 0 do 1, a nie { $volume }.
sound-invalid-voice-volume = Głośność głosu musi być liczbą od 0 do 1, a nie { $volume }.
