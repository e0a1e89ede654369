reminders-heading = Przypomnienia
reminders-paused = Przypomnienia są wstrzymane na dziś.
reminders-next = Następne przypomnienie: { $routine }, { $when }.
reminders-none-on = Żadne przypomnienie nie jest włączone.
reminders-saved-next = Zapisano. Następne przypomnienie: { $routine }, { $when }.
reminders-saved-none = Zapisano. Żadne przypomnienie nie jest włączone.
reminders-pause-today = Wstrzymaj przypomnienia na dziś
reminders-resume-today = Wznów dzisiejsze przypomnienia
reminders-routine-done-today = Wykonano dzisiaj.
reminders-routine-next = Następne: { $when }.

reminders-remind-me = Przypominaj mi
reminders-remind-me-about = Przypominaj mi o rutynie { $name }
reminders-when = Kiedy
reminders-when-for = Kiedy przypominać o rutynie { $name }
reminders-kind-bedtime = Przed moją porą snu
reminders-kind-fixed = O stałej godzinie
reminders-kind-first-use = Przy pierwszym użyciu komputera po
reminders-time-bedtime = Pora snu
reminders-time-bedtime-for = Pora snu dla rutyny { $name }
reminders-time-fixed = Godzina
reminders-time-fixed-for = Godzina dla rutyny { $name }
reminders-time-after = Po godzinie
reminders-time-after-for = Po godzinie (rutyna { $name })
reminders-lead = Minuty przed porą snu
reminders-lead-for = Minuty przed porą snu dla rutyny { $name }
reminders-days = Dni
reminders-days-for = Dni dla rutyny { $name }
reminders-day-for = { $day } dla rutyny { $name }

reminders-shared-legend = Dla wszystkich przypomnień
reminders-grace = Przypominaj, jeśli spóźnienie nie przekracza tylu minut
reminders-snooze = Długość drzemki w minutach
reminders-grace-hint = Przypomnienie, które przypadło, gdy komputer był uśpiony, pojawi się po jego wybudzeniu, jeśli spóźnienie nie przekracza tego czasu; w przeciwnym razie przepada.
reminders-quiet-hours = Godziny ciszy
reminders-quiet-from = Od
reminders-quiet-until = Do
reminders-save = Zapisz przypomnienia
reminders-start-at-login = Uruchamiaj Limber po zalogowaniu, żeby przypomnienia mogły się pojawiać

reminders-problem-time = { $name }: „{ $text }” to nie jest godzina; wpisz np. 22:30.
reminders-problem-days = { $name }: wybierz co najmniej jeden dzień.
reminders-problem-lead = { $name }: liczba minut przed porą snu musi być liczbą całkowitą od 0 do 720.
reminders-problem-snooze = Długość drzemki musi być całkowitą liczbą minut od 1 do 120.
reminders-problem-grace = Dopuszczalne spóźnienie przypomnienia musi być całkowitą liczbą minut od 0 do 720.
reminders-problem-quiet-start = Godziny ciszy: „{ $text }” to nie jest godzina; wpisz np. 22:30.
reminders-problem-quiet-end = Godziny ciszy: „{ $text }” to nie jest godzina; wpisz np. 07:00.
reminders-problem-quiet-same = Godziny ciszy muszą zaczynać się i kończyć o różnych godzinach.

# $nights i $mornings to listy nazw dni w mianowniku („poniedziałek i piątek”), więc stoją po dwukropku.
reminders-night-at-fixed = o { $time }
reminders-night-at-first-use = przy pierwszym użyciu po { $time }
reminders-night-every = { $time } to już po północy, więc liczy się do poprzedniej nocy: każdej nocy, czyli następnego dnia { $at }.
reminders-night-some = { $time } to już po północy, więc liczy się do poprzedniej nocy: { $count ->
        [one] noc po dniu: { $nights }
       *[other] noce po dniach: { $nights }
    }, czyli w praktyce: { $mornings }, { $at }.
