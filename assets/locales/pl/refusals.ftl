streak-refused-boundary-time = Godzinę, o której zaczyna się nowy dzień, trzeba zapisać w formacie 04:00 (podano: „{ $got }”).
streak-refused-boundary-late = Nowy dzień musi się zaczynać między 00:00 a { $latest } (podano: { $got }).
streak-refused-rest-days = Liczba dni odpoczynku w miesiącu musi wynosić od 0 do { $max } (podano: { $got }).
streak-refused-unknown-routine = Nie można ustawić celu dla „{ $routine }”: nie ma rutyny o takim identyfikatorze.
streak-refused-goal = Cel tygodniowy musi wynosić od { $min } do { $max } dni (podano: { $got }).
rest-day-refused-already = Dziś już jest dzień odpoczynku.
rest-day-refused-limit = { $limit ->
        [one] Wykorzystano już dzień odpoczynku przewidziany na ten miesiąc dla tej rutyny.
        [few] Wykorzystano już { $limit } dni odpoczynku przewidziane na ten miesiąc dla tej rutyny.
        [many] Wykorzystano już { $limit } dni odpoczynku przewidzianych na ten miesiąc dla tej rutyny.
       *[other] Wykorzystano już { $limit } dnia odpoczynku przewidzianego na ten miesiąc dla tej rutyny.
    }

session-refused-running = Rutyna { $routine } wciąż trwa: zatrzymaj ją, zanim uruchomisz inną.
session-refused-unsuitable = Wszystkie ćwiczenia rutyny { $routine } są dla Ciebie pomijane z powodu odpowiedzi na pytania konfiguracji początkowej. Możesz je zmienić w Ustawieniach, przyciskiem „Uruchom ponownie konfigurację początkową”.
session-refused-none = Żadna rutyna nie jest teraz uruchomiona.
session-refused-feel = Odpowiedź musi wynosić od { $min } do { $max } (podano: { $got }).
routine-refused-built-in = Wbudowanych rutyn nie można zmieniać; zduplikuj rutynę, aby mieć własną wersję.
routine-refused-built-in-delete = Wbudowanych rutyn nie można usuwać.
routine-refused-not-a-copy = Ta rutyna nie jest kopią wbudowanej rutyny, więc nie ma czego przywrócić.
routine-refused-problems = Rutyna nie została zapisana: { $count ->
        [one] najpierw popraw wskazany problem.
        [few] najpierw popraw { $count } wskazane problemy.
        [many] najpierw popraw { $count } wskazanych problemów.
       *[other] najpierw popraw { $count } wskazanego problemu.
    }
plan-refused-no-days = Wybierz co najmniej jeden dzień na swoje rutyny.

session-refused-command = { $state ->
        [not-started] Rutyna jeszcze się nie zaczęła.
        [started] Rutyna już się zaczęła.
        [paused] Rutyna jest już wstrzymana.
        [not-paused] Rutyna nie jest wstrzymana.
        [over] Rutyna się skończyła.
       *[nothing-to-extend] Ten krok nie ma przytrzymania ani odpoczynku, które można wydłużyć.
    }
routine-refused-edit = Ta zmiana nie pasuje już do tej rutyny. Nic nie zostało zmienione.
language-refused-unknown = Limber nie obsługuje języka „{ $tag }”.
