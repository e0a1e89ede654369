nav-label = Principale
nav-today = Oggi
nav-progress = Progressi
nav-checkin = Check-in
nav-exercises = Esercizi
nav-sleep = Dormire bene
nav-settings = Impostazioni
nav-help = Aiuto
