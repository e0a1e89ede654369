home-tagline = Rutinas suaves para una espalda rígida, por la noche y por la mañana.
home-routines-heading = Rutinas
home-loading = Cargando…
home-routine-meta = { $duration } · { $count ->
        [one] { $count } ejercicio
       *[other] { $count } ejercicios
    }
home-start = Empezar
home-start-label = Empezar { $name }
home-details = Detalles
home-details-label = Detalles de { $name }
home-exercises-in = Ejercicios de { $name }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min

routines-new = Nueva rutina
routines-import = Importar rutina…
routines-problems-label = Problemas en el archivo de la rutina

card-edit = Editar
card-edit-label = Editar { $name }
card-duplicate = Duplicar
card-duplicate-label = Duplicar { $name }
history-not-done = Aún sin hacer
history-started = { $count ->
        [one] Empezada una vez, aún sin terminar
       *[other] Empezada { $count } veces, aún sin terminar
    }
history-done = { $count ->
        [one] Hecha una vez
       *[other] Hecha { $count } veces
    }
history-done-last = { $count ->
        [one] Hecha una vez · última: { $day }
       *[other] Hecha { $count } veces · última: { $day }
    }
