home-tagline = Rotinas suaves para costas rígidas, à noite e de manhã.
home-routines-heading = Rotinas
home-loading = Carregando…
# [0] before [one]: in Portuguese "one" also covers 0, but "0 exercícios" reads better.
home-routine-meta = { $duration } · { $count ->
        [0] { $count } exercícios
        [one] { $count } exercício
       *[other] { $count } exercícios
    }
home-start = Começar
home-start-label = Começar { $name }
home-details = Detalhes
home-details-label = Detalhes de { $name }
home-exercises-in = Exercícios de { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nova rotina
routines-import = Importar rotina…
routines-problems-label = Problemas no arquivo da rotina

card-edit = Editar
card-edit-label = Editar { $name }
card-duplicate = Duplicar
card-duplicate-label = Duplicar { $name }
history-not-done = Ainda não feita
# [1] and not [one]: in Portuguese "one" also covers 0.
history-started = { $count ->
        [1] Iniciada uma vez, ainda não terminada
       *[other] Iniciada { $count } vezes, ainda não terminada
    }
history-done = { $count ->
        [1] Feita uma vez
       *[other] Feita { $count } vezes
    }
history-done-last = { $count ->
        [1] Feita uma vez · última: { $day }
       *[other] Feita { $count } vezes · última: { $day }
    }
