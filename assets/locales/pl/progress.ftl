# Ekran postępów. Słownictwo: seria (streak), siła nawyku (habit strength), dzień odpoczynku (rest day),
# dawka (dose: czas przytrzymania, powtórzenia), wyciszenie (wind-down), wpis (check-in).

progress-heading = Postępy
progress-today-is = Dzisiaj jest { $day }
progress-loading = Wczytywanie…
progress-paused-heading = Zmiany dawki są wstrzymane
progress-paused-text = { $reason } Dopóki Twoje wpisy to pokazują, Limber nie proponuje zmian w żadnej rutynie.
progress-empty-heading = Jeszcze nie ma czego liczyć
progress-empty-text = Po ukończeniu rutyny pojawią się tu jej kalendarz i seria. Dni odpoczynku i opuszczone dni liczą się dopiero od tego momentu.
progress-empty-choose = Wybierz rutynę
progress-mornings-heading = Poranny ból i sztywność
progress-checkin = Poranne samopoczucie
progress-insight-heading = Poranki po wyciszeniu
progress-sleep-heading = Jak Ci się spało
progress-sleep-insight-heading = Sen po wyciszeniu

progress-schedule-every-day = Codziennie
progress-schedule-none = Brak zaplanowanych dni
progress-schedule-weekdays = Dni robocze
progress-meta = { $schedule } · { $today }
progress-today-done = Wykonano dzisiaj
progress-today-rest = Dziś dzień odpoczynku
progress-today-pending = Dziś jeszcze nie wykonano
progress-today-unscheduled = Dziś nie w planie
progress-current-streak = Obecna seria
progress-best-streak = Najdłuższa seria
progress-streak-days = { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
progress-habit-strength = Siła nawyku
progress-last-30 = Ostatnie 30 zaplanowanych dni
progress-completion-none = Żaden jeszcze nie minął
progress-completion = Wykonano { $done } z { $total } ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } dzień odpoczynku
        [few] , { $rest } dni odpoczynku
        [many] , { $rest } dni odpoczynku
       *[other] , { $rest } dnia odpoczynku
    }
progress-weekly-goal = Cel tygodniowy
progress-weekly = Dni w tym tygodniu: { $done } z { $goal }{ $weeks ->
        [0] {""}
        [one] {" "}· cel osiągnięty przez { $weeks } tydzień z rzędu
        [few] {" "}· cel osiągnięty przez { $weeks } tygodnie z rzędu
        [many] {" "}· cel osiągnięty przez { $weeks } tygodni z rzędu
       *[other] {" "}· cel osiągnięty przez { $weeks } tygodnia z rzędu
    }
progress-rest-button = Dziś dzień odpoczynku
progress-rest-button-label = Dziś dzień odpoczynku: { $name }
progress-rest-undo = Cofnij dzień odpoczynku
progress-rest-undo-label = Cofnij dzień odpoczynku: { $name }
progress-rest-available = { $left ->
        [one] W tym miesiącu został { $left } dzień odpoczynku. Dzień odpoczynku podtrzymuje serię, ale jej nie wydłuża.
        [few] W tym miesiącu zostały { $left } dni odpoczynku. Dzień odpoczynku podtrzymuje serię, ale jej nie wydłuża.
        [many] W tym miesiącu zostało { $left } dni odpoczynku. Dzień odpoczynku podtrzymuje serię, ale jej nie wydłuża.
       *[other] W tym miesiącu zostało { $left } dnia odpoczynku. Dzień odpoczynku podtrzymuje serię, ale jej nie wydłuża.
    }
progress-rest-marked = Dziś jest dzień odpoczynku. Seria zostaje zachowana.
progress-rest-limit = { $limit ->
        [one] Wykorzystano { $limit } dzień odpoczynku przewidziany na ten miesiąc.
        [few] Wykorzystano { $limit } dni odpoczynku przewidziane na ten miesiąc.
        [many] Wykorzystano { $limit } dni odpoczynku przewidzianych na ten miesiąc.
       *[other] Wykorzystano { $limit } dnia odpoczynku przewidzianego na ten miesiąc.
    }
progress-trend-none = Jeszcze nie ma siły nawyku.
progress-trend-one = Siła nawyku { $now }.
progress-trend = Siła nawyku { $now }, a { $day } wynosiła { $first }.

progress-insight-waiting = { $needed ->
        [one] Po { $needed } poranku z wyciszeniem poprzedniego wieczoru i { $needed } bez niego zobaczysz, jak wypada Twój poranny ból.
       *[other] Po { $needed } porankach z wyciszeniem poprzedniego wieczoru i { $needed } bez niego zobaczysz, jak wypada Twój poranny ból.
    } Na razie: z wyciszeniem { $withCount }, bez { $withoutCount } ({ $days ->
        [one] ostatni { $days } dzień
       *[other] ostatnie { $days } dni
    }).
progress-insight = Poranny ból po wyciszeniu: średnio { $with } ({ $withCount ->
        [one] { $withCount } poranek
        [few] { $withCount } poranki
        [many] { $withCount } poranków
       *[other] { $withCount } poranka
    }). Bez wyciszenia: { $without } ({ $withoutCount ->
        [one] { $withoutCount } poranek
        [few] { $withoutCount } poranki
        [many] { $withoutCount } poranków
       *[other] { $withoutCount } poranka
    }). { $comparison }
progress-insight-same = W obu przypadkach mniej więcej tak samo.
progress-insight-lower = Po wyciszeniu średnio o { $diff } pkt niżej.
progress-insight-higher = Po wyciszeniu średnio o { $diff } pkt wyżej.
progress-sleep-waiting = { $needed ->
        [one] Po { $needed } wpisie po wieczornym wyciszeniu i { $needed } bez niego zobaczysz, jak oceniasz sen w obu przypadkach.
       *[other] Po { $needed } wpisach po wieczornym wyciszeniu i { $needed } bez niego zobaczysz, jak oceniasz sen w obu przypadkach.
    } Na razie: z wyciszeniem { $withCount }, bez { $withoutCount } ({ $days ->
        [one] ostatni { $days } dzień
       *[other] ostatnie { $days } dni
    }).
progress-sleep-insight = Sen po wyciszeniu: średnia ocena { $with } na 5 ({ $withCount ->
        [one] { $withCount } noc
        [few] { $withCount } noce
        [many] { $withCount } nocy
       *[other] { $withCount } nocy
    }). Bez wyciszenia: { $without } ({ $withoutCount ->
        [one] { $withoutCount } noc
        [few] { $withoutCount } noce
        [many] { $withoutCount } nocy
       *[other] { $withoutCount } nocy
    }). { $comparison }
progress-sleep-better = Po wyciszeniu średnio o { $diff } pkt lepiej.
progress-sleep-worse = Po wyciszeniu średnio o { $diff } pkt gorzej.
progress-insight-days = { $days ->
        [one] Ostatni { $days } dzień.
       *[other] Ostatnie { $days } dni.
    }
progress-insight-caveat = Te średnie opisują Twoje własne wpisy; nie są wynikiem badania lekarskiego. Znaczenie mają też sen, stres i poprzedni dzień.

progress-flag-sustained = Ból pleców był oceniany na 7 lub więcej { $mornings ->
        [one] przez { $mornings } poranek
        [few] przez { $mornings } poranki
        [many] przez { $mornings } poranków
       *[other] przez { $mornings } poranka
    } z rzędu ({ $from } – { $to }).
progress-flag-rising = Twój średni poranny ból rósł z tygodnia na tydzień przez trzy tygodnie: od { $first } (tydzień od { $firstWeek }) do { $last } (tydzień od { $lastWeek }).
progress-flag-steady = Twój średni poranny ból wynosi 4 lub więcej w każdym tygodniu od { $weeks ->
        [one] { $weeks } tygodnia
       *[other] { $weeks } tygodni
    }: { $first } w tygodniu od { $firstWeek }, { $last } w tygodniu od { $lastWeek }.
progress-flag-heading = Warto porozmawiać ze specjalistą
progress-flag-text = { $reason } Limber nie może ocenić, co się za tym kryje; lekarz lub fizjoterapeuta może.
progress-flag-urgent = Objawy, przy których trzeba szukać pomocy jeszcze dziś
progress-flag-stop = Przerwij każde ćwiczenie, które nasila objawy.
progress-flag-dismiss = Zamknij to powiadomienie

dose-heading = Dawka
dose-try = Wypróbuj nową dawkę
dose-try-label = Wypróbuj nową dawkę: { $name }
dose-not-now = Nie teraz
dose-not-now-label = Nie teraz: zachowaj dawkę rutyny { $name }
dose-paused = Zmiany dawki są wstrzymane: { $reason } Dopóki to trwa, Limber nie proponuje zmian; przerwij każde ćwiczenie, które nasila objawy. Co robić, opisuje notatka na górze tego ekranu.
dose-changed = Zmieniono { $day }. Cofnięcie przywróci: { $doses }
dose-undo = Cofnij ostatnią zmianę dawki
dose-undo-label = Cofnij ostatnią zmianę dawki: { $name }
dose-history = Historia dawek
dose-era-since = { $how }, { $day }
dose-sessions-none = Jeszcze nie ma sesji
dose-sessions = { $count ->
        [one] { $count } sesja
        [few] { $count } sesje
        [many] { $count } sesji
       *[other] { $count } sesji
    }: { $days }
dose-sessions-range = od { $first } do { $last }

heatmap-caption = Kalendarz rutyny { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Ostatni tydzień
        [few] Ostatnie { $weeks } tygodnie
        [many] Ostatnie { $weeks } tygodni
       *[other] Ostatnie { $weeks } tygodnia
    }: wykonane: { $done }, { $rest ->
        [0] {""}
       *[other] dni odpoczynku: { $rest },{" "}
    }opuszczone: { $missed }.
heatmap-day = { $day }: { $state }
heatmap-done = wykonano
heatmap-rest = dzień odpoczynku
heatmap-missed = opuszczono
heatmap-pending = dziś, jeszcze nie wykonano
heatmap-unscheduled = niezaplanowany
heatmap-untracked = przed rozpoczęciem
heatmap-future = jeszcze przed nami
# Jedna litera: O jak odpoczynek.
heatmap-rest-symbol = O
heatmap-legend = Co pokazuje kalendarz

chart-pain-axis = 0 = brak, 10 = najgorszy
chart-pain = Ból (linia ciągła)
chart-stiffness = Sztywność (linia przerywana)
chart-wind-down = Wyciszenie poprzedniego wieczoru (pełna kropka)
chart-morning = Poranna rutyna wykonana (kółko)
chart-none = Jeszcze nie ma wpisów. Po porannym wpisie pojawią się tu ból i sztywność.
chart-count = { $count ->
        [one] { $count } wpis w tym okresie.
        [few] { $count } wpisy w tym okresie.
        [many] { $count } wpisów w tym okresie.
       *[other] { $count } wpisu w tym okresie.
    }
chart-latest = Ostatni wpis, { $day }: ból { $pain }, sztywność { $stiffness }.
chart-average = Średnio z ostatnich 30 dni: ból { $pain }, sztywność { $stiffness }.
chart-table-show = Pokaż ostatnie wpisy w tabeli
chart-table-caption = Ostatnie wpisy, od najnowszego
chart-col-day = Dzień
chart-col-pain = Ból
chart-col-stiffness = Sztywność
chart-col-wind-down = Wyciszenie poprzedniego wieczoru
chart-col-morning = Poranna rutyna
chart-yes = tak
chart-no = nie

sleep-axis = 1 = bardzo źle, 5 = bardzo dobrze
sleep-line = Sen (linia)
sleep-none = Jeszcze nie ma ocenionych nocy. Poranny wpis pyta, jak Ci się spało; odpowiedzi pojawią się tutaj.
sleep-count = { $count ->
        [one] { $count } oceniona noc w tym okresie.
        [few] { $count } ocenione noce w tym okresie.
        [many] { $count } ocenionych nocy w tym okresie.
       *[other] { $count } ocenionej nocy w tym okresie.
    }
sleep-latest = Ostatnio, { $day }: { $quality } na 5.
sleep-average = Średnio z ostatnich 30 dni: { $average } na 5.

streaks-problem-boundary = Nowy dzień zaczyna się o: „{ $text }” to nie jest godzina; wpisz np. 04:00.
