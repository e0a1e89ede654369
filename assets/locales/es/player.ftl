## Antes de empezar la rutina.

player-back-home = ← Volver
player-exercises-label = Ejercicios de esta rutina
player-safety = Muévete despacio y con suavidad. Detén cualquier ejercicio que empeore tu dolor o haga que baje por una pierna.
player-help = Cuándo buscar ayuda
player-not-for-you = Todos los movimientos de esta rutina se omiten en tu caso por tus respuestas a las preguntas iniciales. Puedes cambiarlas en Ajustes, con «{ guide-run-again }».
player-start = Empezar
player-loading = Cargando…
player-sound-note = { $reason } La rutina sigue en silencio.

## Durante la rutina.

player-in-progress = { $routine } en curso
player-progress = Progreso de la rutina
player-time-left = { $seconds ->
        [one] Queda { $seconds } segundo en este paso
       *[other] Quedan { $seconds } segundos en este paso
    }
player-breathe-in = Inspira
player-breathe-out = Espira
player-paused = En pausa
player-show-steps = Mostrar todos los pasos
player-hide-steps = Ocultar los pasos
player-show-cautions = Precauciones
player-hide-cautions = Ocultar precauciones
player-steps-label = Cómo hacer { $exercise }
player-controls = Controles de la sesión
player-previous = Atrás
player-pause = Pausa
player-resume = Reanudar
player-skip = Saltar
player-add-time = +{ $seconds } s
player-stop = Parar
player-stop-question = ¿Parar esta rutina? Lo que hiciste hasta ahora se conserva.
player-keep-going = Seguir
player-stop-routine = Parar la rutina
player-help-paused = La rutina está en pausa.
player-help-back = Volver a la rutina
player-help-close = Cerrar

## Luces apagadas.

player-lights-out = Apagar luces
player-lights-out-label = { $routine } en curso, luces apagadas
player-lights-on = Encender luces
player-lights-on-paused = En pausa. Encender luces

## Qué es el paso.

player-get-ready-for = Prepárate: { $exercise }
player-get-ready = Prepárate
player-switch-sides = Cambia de lado
player-rest = Descansa
player-exercise = Ejercicio
player-side-left = Lado izquierdo
player-side-right = Lado derecho
player-with-side = { $side ->
        [left] { $title }, lado izquierdo
       *[right] { $title }, lado derecho
    }
player-rep = Repetición { $rep } de { $reps }
player-hold = Mantener { $rep } de { $reps }
player-breath = Respiración { $rep } de { $reps }
player-round = Ronda { $round } de { $rounds }
player-count-round = { $count } · ronda { $round } de { $rounds }
player-next = Siguiente: { $step }
player-next-finish = Siguiente: fin
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, mantén { $seconds } segundo.
       *[other] { $step }, mantén { $seconds } segundos.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } repetición.
       *[other] { $step }, { $count } repeticiones.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } respiración.
       *[other] { $step }, { $count } respiraciones.
    }

## La pantalla final.

player-well-done = Muy bien
player-stopped = Sesión detenida
player-summary = { $skipped ->
        [0] { $routine }: { $done } de { $total } pasos hechos, en { $time }.
        [1] { $routine }: { $done } de { $total } pasos hechos, { $skipped } saltado, en { $time }.
       *[other] { $routine }: { $done } de { $total } pasos hechos, { $skipped } saltados, en { $time }.
    }
player-not-saved = Sin guardar
player-not-saved-yet = Aún sin guardar
player-feel-legend = ¿Cómo notas la espalda ahora?
player-feel-low = 0 sin dolor
player-feel-high = 10 el peor
player-feel-value = Espalda: { $value } de 10
player-checkin = Registro matutino
player-done = Listo
