nav-label = Principal
nav-today = Hoje
nav-progress = Progresso
nav-checkin = Registro
nav-exercises = Exercícios
nav-sleep = Dormir bem
nav-settings = Configurações
nav-help = Ajuda
