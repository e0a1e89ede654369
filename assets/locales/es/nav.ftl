nav-label = Principal
nav-today = Hoy
nav-progress = Progreso
nav-checkin = Registro
nav-exercises = Ejercicios
nav-sleep = Dormir bien
nav-settings = Ajustes
nav-help = Ayuda
