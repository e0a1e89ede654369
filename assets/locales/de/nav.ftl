nav-label = Hauptnavigation
nav-today = Heute
nav-progress = Fortschritt
nav-checkin = Befinden
nav-exercises = Übungen
nav-sleep = Schlafumgebung
nav-settings = Einstellungen
nav-help = Hilfe
