nav-label = Hoofdmenu
nav-today = Vandaag
nav-progress = Voortgang
nav-checkin = Check-in
nav-exercises = Oefeningen
nav-sleep = Slaapomgeving
nav-settings = Instellingen
nav-help = Help
