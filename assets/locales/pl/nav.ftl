nav-label = Główna nawigacja
nav-today = Dzisiaj
nav-progress = Postępy
nav-checkin = Samopoczucie
nav-exercises = Ćwiczenia
nav-sleep = Warunki snu
nav-settings = Ustawienia
nav-help = Pomoc
