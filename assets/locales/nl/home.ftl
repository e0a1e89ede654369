home-tagline = Rustige routines voor een stijve rug, 's avonds en 's ochtends.
home-routines-heading = Routines
home-loading = Laden…
home-routine-meta = { $duration } · { $count ->
        [one] { $count } oefening
       *[other] { $count } oefeningen
    }
home-start = Starten
home-start-label = { $name } starten
home-details = Details
home-details-label = Details van { $name }
home-exercises-in = Oefeningen in { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nieuwe routine
routines-import = Routine importeren…
routines-problems-label = Problemen in het routinebestand

card-edit = Bewerken
card-edit-label = { $name } bewerken
card-duplicate = Dupliceren
card-duplicate-label = { $name } dupliceren
history-not-done = Nog niet gedaan
history-started = { $count ->
        [one] Eén keer begonnen, nog niet afgemaakt
       *[other] { $count } keer begonnen, nog niet afgemaakt
    }
history-done = { $count ->
        [one] Eén keer gedaan
       *[other] { $count } keer gedaan
    }
history-done-last = { $count ->
        [one] Eén keer gedaan · laatst op { $day }
       *[other] { $count } keer gedaan · laatst op { $day }
    }
