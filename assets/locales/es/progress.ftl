# La pantalla de progreso: las tarjetas de las rutinas (rachas, fuerza del hábito, calendario, días de descanso),
# los paneles de dosis, el aviso de señales de alarma, las gráficas de la mañana y lo que muestra la relajación
# nocturna.

progress-heading = Progreso
progress-today-is = Hoy es { $day }
progress-loading = Cargando…
progress-paused-heading = Los cambios de dosis están en pausa
progress-paused-text = { $reason } Mientras tus registros muestren esto, Limber no propone cambios en ninguna rutina.
progress-empty-heading = Aún no hay nada que contar
progress-empty-text = Termina una rutina y aquí empezarán su calendario y su racha. Los días de descanso y los días sin hacer solo cuentan a partir de entonces.
progress-empty-choose = Elegir una rutina
progress-mornings-heading = Dolor y rigidez por la mañana
progress-checkin = Registro matutino
progress-insight-heading = Mañanas después de una relajación nocturna
progress-sleep-heading = Cómo dormiste
progress-sleep-insight-heading = El sueño después de una relajación nocturna

progress-schedule-every-day = Todos los días
progress-schedule-none = Ningún día previsto
progress-schedule-weekdays = De lunes a viernes
progress-meta = { $schedule } · { $today }
progress-today-done = Hecha hoy
progress-today-rest = Hoy, día de descanso
progress-today-pending = Aún sin hacer hoy
progress-today-unscheduled = Hoy no está prevista
progress-current-streak = Racha actual
progress-best-streak = Mejor racha
progress-streak-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
progress-habit-strength = Fuerza del hábito
progress-last-30 = Últimos 30 días previstos
progress-completion-none = Aún no ha pasado ninguno
progress-completion = { $done } de { $total } hechos ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } día de descanso
       *[other] , { $rest } días de descanso
    }
progress-weekly-goal = Meta semanal
progress-weekly = { $done } de { $goal } días esta semana{ $weeks ->
        [0] {""}
        [one] {" "}· meta cumplida { $weeks } semana seguida
       *[other] {" "}· meta cumplida { $weeks } semanas seguidas
    }
progress-rest-button = Hoy, día de descanso
progress-rest-button-label = Hoy, día de descanso en { $name }
progress-rest-undo = Deshacer el día de descanso
progress-rest-undo-label = Deshacer el día de descanso en { $name }
progress-rest-available = { $left ->
        [one] Te queda { $left } día de descanso este mes. Un día de descanso mantiene la racha sin sumarle días.
       *[other] Te quedan { $left } días de descanso este mes. Un día de descanso mantiene la racha sin sumarle días.
    }
progress-rest-marked = Hoy es día de descanso. Tu racha se mantiene.
progress-rest-limit = { $limit ->
        [one] Ya usaste el día de descanso de este mes.
       *[other] Ya usaste los { $limit } días de descanso de este mes.
    }
progress-trend-none = Aún no hay fuerza del hábito.
progress-trend-one = Fuerza del hábito: { $now }.
progress-trend = Fuerza del hábito: { $now }, desde { $first } el { $day }.

progress-insight-waiting = Después de { $needed } mañanas con relajación nocturna la noche anterior y { $needed } sin ella, verás cómo se compara tu dolor por la mañana. Por ahora: { $withCount } con, { $withoutCount } sin (últimos { $days } días).
progress-insight = Dolor por la mañana después de una relajación nocturna: { $with } de media ({ $withCount ->
        [one] { $withCount } mañana
       *[other] { $withCount } mañanas
    }). Sin ella: { $without } ({ $withoutCount ->
        [one] { $withoutCount } mañana
       *[other] { $withoutCount } mañanas
    }). { $comparison }
progress-insight-same = Más o menos igual en los dos casos.
progress-insight-lower = De media, { $diff } puntos menos después de una relajación nocturna.
progress-insight-higher = De media, { $diff } puntos más después de una relajación nocturna.
progress-sleep-waiting = Después de { $needed } registros tras una relajación nocturna y { $needed } sin ella, verás cómo valoraste tu sueño en cada caso. Por ahora: { $withCount } con, { $withoutCount } sin (últimos { $days } días).
progress-sleep-insight = El sueño después de una relajación nocturna: { $with } de 5 de media ({ $withCount ->
        [one] { $withCount } noche
       *[other] { $withCount } noches
    }). Sin ella: { $without } ({ $withoutCount ->
        [one] { $withoutCount } noche
       *[other] { $withoutCount } noches
    }). { $comparison }
progress-sleep-better = De media, { $diff } puntos mejor después de una relajación nocturna.
progress-sleep-worse = De media, { $diff } puntos peor después de una relajación nocturna.
progress-insight-days = Últimos { $days } días.
progress-insight-caveat = Estas medias describen tus propios registros; no son un resultado médico. El sueño, el estrés y el día anterior también influyen.

progress-flag-sustained = Valoraste tu dolor de espalda con 7 o más { $mornings ->
        [one] durante { $mornings } mañana
       *[other] durante { $mornings } mañanas seguidas
    } (del { $from } al { $to }).
progress-flag-rising = Tu dolor medio por la mañana ha subido cada semana durante tres semanas, de { $first } (semana del { $firstWeek }) a { $last } (semana del { $lastWeek }).
progress-flag-steady = Tu dolor medio por la mañana se ha mantenido en 4 o más cada semana durante { $weeks } semanas: { $first } la semana del { $firstWeek }, { $last } la semana del { $lastWeek }.
progress-flag-heading = Conviene hablarlo con un profesional
progress-flag-text = { $reason } Limber no puede saber qué hay detrás de esto; un médico o fisioterapeuta sí.
progress-flag-urgent = Señales que necesitan ayuda hoy
progress-flag-stop = Detén cualquier ejercicio que empeore tus síntomas.
progress-flag-dismiss = Cerrar este aviso

dose-heading = Dosis
dose-try = Probar la nueva dosis
dose-try-label = Probar la nueva dosis de { $name }
dose-not-now = Ahora no
dose-not-now-label = Ahora no: mantener la dosis de { $name }
dose-paused = Los cambios de dosis están en pausa: { $reason } Limber no propone cambios mientras dure esto; detén cualquier ejercicio que empeore tus síntomas. Qué hacer está en el aviso de arriba de esta pantalla.
dose-changed = Cambiada el { $day }. Deshacer recupera: { $doses }
dose-undo = Deshacer el último cambio de dosis
dose-undo-label = Deshacer el último cambio de dosis de { $name }
dose-history = Historial de dosis
dose-era-since = { $how }, { $day }
dose-sessions-none = Aún no hay sesiones
dose-sessions = { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }: { $days }
dose-sessions-range = del { $first } al { $last }

heatmap-caption = Calendario de { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] La última semana
       *[other] Las últimas { $weeks } semanas
    }: { $done ->
        [one] { $done } hecho
       *[other] { $done } hechos
    }, { $rest ->
        [0] {""}
        [one] { $rest } día de descanso,{" "}
       *[other] { $rest } días de descanso,{" "}
    }{ $missed } sin hacer.
heatmap-day = { $day }: { $state }
heatmap-done = hecha
heatmap-rest = día de descanso
heatmap-missed = sin hacer
heatmap-pending = hoy, aún sin hacer
heatmap-unscheduled = no prevista
heatmap-untracked = antes de que empezaras
heatmap-future = aún por llegar
# El símbolo de un día de descanso en el calendario: una letra (D de descanso).
heatmap-rest-symbol = D
heatmap-legend = Qué muestra el calendario

chart-pain-axis = 0 = nada, 10 = el peor
chart-pain = Dolor (línea continua)
chart-stiffness = Rigidez (línea discontinua)
chart-wind-down = Relajación nocturna la noche anterior (punto relleno)
chart-morning = Rutina de la mañana hecha (anillo)
chart-none = Aún no hay registros. Después de tu registro matutino, tu dolor y tu rigidez aparecen aquí.
chart-count = { $count ->
        [one] { $count } registro en este periodo.
       *[other] { $count } registros en este periodo.
    }
chart-latest = Último, { $day }: dolor { $pain }, rigidez { $stiffness }.
chart-average = Media de los últimos 30 días: dolor { $pain }, rigidez { $stiffness }.
chart-table-show = Mostrar los últimos registros en una tabla
chart-table-caption = Últimos registros, primero los más recientes
chart-col-day = Día
chart-col-pain = Dolor
chart-col-stiffness = Rigidez
chart-col-wind-down = Relajación nocturna la noche anterior
chart-col-morning = Rutina de la mañana
chart-yes = sí
chart-no = no

sleep-axis = 1 = muy mal, 5 = muy bien
sleep-line = Sueño (línea)
sleep-none = Aún no hay noches valoradas. El registro matutino pregunta cómo dormiste; tus respuestas aparecen aquí.
sleep-count = { $count ->
        [one] { $count } noche valorada en este periodo.
       *[other] { $count } noches valoradas en este periodo.
    }
sleep-latest = Última, { $day }: { $quality } de 5.
sleep-average = Media de los últimos 30 días: { $average } de 5.

streaks-problem-boundary = Un nuevo día empieza a las: «{ $text }» no es una hora; escríbela así: 04:00.
