home-tagline = Des routines douces pour un dos raide, le soir et le matin.
home-routines-heading = Routines
home-loading = Chargement…
home-routine-meta = { $duration } · { $count ->
        [one] { $count } exercice
       *[other] { $count } exercices
    }
home-start = Commencer
home-start-label = Commencer { $name }
home-details = Détails
home-details-label = Détails de { $name }
home-exercises-in = Exercices de { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nouvelle routine
routines-import = Importer une routine…
routines-problems-label = Problèmes dans le fichier de routine

card-edit = Modifier
card-edit-label = Modifier { $name }
card-duplicate = Dupliquer
card-duplicate-label = Dupliquer { $name }
history-not-done = Pas encore faite
# [1] and not [one]: in French "one" also covers 0.
history-started = { $count ->
        [1] Commencée une fois, pas encore terminée
       *[other] Commencée { $count } fois, pas encore terminée
    }
history-done = { $count ->
        [1] Faite une fois
       *[other] Faite { $count } fois
    }
history-done-last = { $count ->
        [1] Faite une fois · dernière fois le { $day }
       *[other] Faite { $count } fois · dernière fois le { $day }
    }
