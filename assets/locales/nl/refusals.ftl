streak-refused-boundary-time = Het tijdstip waarop een nieuwe dag begint, moet je schrijven als 04:00 (ingevuld: “{ $got }”).
streak-refused-boundary-late = Een nieuwe dag moet tussen 00:00 en { $latest } beginnen (ingevuld: { $got }).
streak-refused-rest-days = Het aantal rustdagen per maand moet tussen 0 en { $max } liggen (ingevuld: { $got }).
streak-refused-unknown-routine = Voor “{ $routine }” kan geen doel worden ingesteld: er is geen routine die zo heet.
streak-refused-goal = Een weekdoel moet tussen { $min } en { $max } dagen liggen (ingevuld: { $got }).
rest-day-refused-already = Vandaag is al een rustdag.
rest-day-refused-limit = { $limit ->
        [one] Je hebt de rustdag van deze maand voor deze routine al gebruikt.
       *[other] Je hebt de { $limit } rustdagen van deze maand voor deze routine al gebruikt.
    }

session-refused-running = { $routine } loopt nog: stop die routine voordat je een andere start.
session-refused-unsuitable = Alle oefeningen in { $routine } worden voor je weggelaten vanwege je antwoorden op de vragen bij de eerste instelling. Je kunt ze wijzigen in Instellingen, met “De eerste instelling opnieuw doorlopen”.
session-refused-none = Er loopt geen routine.
session-refused-feel = Het antwoord moet tussen { $min } en { $max } liggen (ingevuld: { $got }).
routine-refused-built-in = Ingebouwde routines kun je niet wijzigen; dupliceer de routine om je eigen versie te maken.
routine-refused-built-in-delete = Ingebouwde routines kun je niet verwijderen.
routine-refused-not-a-copy = Deze routine is geen kopie van een ingebouwde routine, dus er is niets om hem naar terug te zetten.
routine-refused-problems = De routine is niet opgeslagen: { $count ->
        [one] los eerst het getoonde probleem op.
       *[other] los eerst de { $count } getoonde problemen op.
    }
plan-refused-no-days = Kies minstens één dag voor je routines.

session-refused-command = { $state ->
        [not-started] De routine is nog niet begonnen.
        [started] De routine is al begonnen.
        [paused] De routine is al gepauzeerd.
        [not-paused] De routine is niet gepauzeerd.
        [over] De routine is voorbij.
       *[nothing-to-extend] Deze stap heeft geen vasthouden of rust om te verlengen.
    }
routine-refused-edit = Die wijziging past niet meer bij deze routine. Er is niets gewijzigd.
language-refused-unknown = Limber spreekt geen „{ $tag }”.
