home-tagline = Łagodne rutyny dla sztywnych pleców, wieczorem i rano.
home-routines-heading = Rutyny
home-loading = Wczytywanie…
home-routine-meta = { $duration } · { $count ->
        [one] { $count } ćwiczenie
        [few] { $count } ćwiczenia
        [many] { $count } ćwiczeń
       *[other] { $count } ćwiczenia
    }
home-start = Rozpocznij
home-start-label = Rozpocznij: { $name }
home-details = Szczegóły
home-details-label = Szczegóły: { $name }
home-exercises-in = Ćwiczenia w rutynie { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nowa rutyna
routines-import = Importuj rutynę…
routines-problems-label = Problemy w pliku rutyny

card-edit = Edytuj
card-edit-label = Edytuj: { $name }
card-duplicate = Duplikuj
card-duplicate-label = Duplikuj: { $name }
history-not-done = Jeszcze nie wykonano
history-started = { $count ->
        [one] Rozpoczęto raz, jeszcze nie ukończono
       *[other] Rozpoczęto { $count } razy, jeszcze nie ukończono
    }
history-done = { $count ->
        [one] Wykonano raz
       *[other] Wykonano { $count } razy
    }
history-done-last = { $count ->
        [one] Wykonano raz · ostatnio { $day }
       *[other] Wykonano { $count } razy · ostatnio { $day }
    }
