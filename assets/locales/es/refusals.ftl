streak-refused-boundary-time = La hora a la que empieza un nuevo día debe escribirse así: 04:00 (se recibió «{ $got }»).
streak-refused-boundary-late = Un nuevo día debe empezar entre las 00:00 y las { $latest } (se recibió { $got }).
streak-refused-rest-days = Los días de descanso al mes deben estar entre 0 y { $max } (se recibió { $got }).
streak-refused-unknown-routine = No se puede poner una meta a «{ $routine }»: no hay ninguna rutina con ese nombre.
streak-refused-goal = Una meta semanal debe ser de entre { $min } y { $max } días (se recibió { $got }).
rest-day-refused-already = Hoy ya es día de descanso.
rest-day-refused-limit = { $limit ->
        [one] Ya usaste el día de descanso de este mes para esta rutina.
       *[other] Ya usaste los { $limit } días de descanso de este mes para esta rutina.
    }

session-refused-running = { $routine } sigue en marcha: detén esta rutina antes de empezar otra.
session-refused-unsuitable = Todos los movimientos de { $routine } quedan fuera para ti por tus respuestas a las preguntas de configuración. Puedes cambiarlas en Ajustes, con «Volver a hacer la configuración inicial».
session-refused-none = No hay ninguna rutina en marcha.
session-refused-feel = La respuesta debe estar entre { $min } y { $max } (se recibió { $got }).
routine-refused-built-in = Las rutinas incluidas no se pueden cambiar; duplica una para crear la tuya.
routine-refused-built-in-delete = Las rutinas incluidas no se pueden eliminar.
routine-refused-not-a-copy = Esta rutina no es una copia de una rutina incluida, así que no hay nada a lo que restablecerla.
routine-refused-problems = La rutina no se guardó: { $count ->
        [one] primero corrige el problema indicado.
       *[other] primero corrige los { $count } problemas indicados.
    }
plan-refused-no-days = Elige al menos un día para tus rutinas.

session-refused-command = { $state ->
        [not-started] La rutina aún no ha empezado.
        [started] La rutina ya ha empezado.
        [paused] La rutina ya está en pausa.
        [not-paused] La rutina no está en pausa.
        [over] La rutina ha terminado.
       *[nothing-to-extend] Este paso no tiene una posición mantenida ni un descanso que alargar.
    }
routine-refused-edit = Ese cambio ya no encaja en esta rutina. No se ha cambiado nada.
language-refused-unknown = Limber no habla «{ $tag }».
