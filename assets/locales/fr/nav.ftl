nav-label = Principal
nav-today = Aujourd'hui
nav-progress = Progrès
nav-checkin = Bilan
nav-exercises = Exercices
nav-sleep = Bien dormir
nav-settings = Paramètres
nav-help = Aide
