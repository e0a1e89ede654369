status-weekday = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
status-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
status-date = { $day } de { $month }
status-today = hoy
status-tomorrow = mañana
status-yesterday = ayer
# «lunes por la noche, 00:30»: la noche del lunes al martes.
status-night = { $weekday } por la noche
status-at = { $day } a las { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, al usar el equipo por primera vez después de las { $time }
status-snoozed = pospuesto hasta las { $time }
status-now = ahora
status-quiet-hours-end = cuando terminen las horas de silencio, a las { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
status-rule-at = a las { $time }
status-rule-bedtime = { $minutes } min antes de acostarse a las { $time }
status-rule-first-use = primer uso después de las { $time }

status-tray-paused = Recordatorios en pausa por hoy
status-tray-next = Próximo: { $routine }, { $when }
status-tray-none = No hay recordatorios configurados
status-tray-no-streak = Aún no hay racha
status-tray-streak = Racha: { $streaks }
status-tray-streak-item = { $routine } ({ $days })

status-cli-now = Limber, { $weekday } { $day } de { $month } de { $year }, { $time } ({ $zone })
status-cli-paused = Los recordatorios están en pausa por hoy.
status-cli-next = Próximo recordatorio: { $routine }, { $when }
status-cli-next-none = Próximo recordatorio: ninguno configurado
status-cli-no-reminder = sin recordatorio
status-cli-reminder-off = recordatorio desactivado
status-cli-reminder-next = próximo recordatorio: { $when }
status-cli-reminder-next-rule = próximo recordatorio: { $when } ({ $rule })
status-cli-reminder-none-upcoming = ningún recordatorio pendiente ({ $rule })
status-cli-today = hoy: { $done ->
    [yes] hecha
   *[no] aún sin hacer
}{ $reminder ->
    [sent] ; recordatorio enviado
    [missed] ; recordatorio perdido
   *[none] {""}
}
status-cli-streak = racha: { $days } (mejor: { $best })
status-cli-folder = Carpeta: { $folder }
status-cli-details = (Detalles: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
