reminders-heading = Recordatorios
reminders-paused = Los recordatorios están en pausa por hoy.
reminders-next = Próximo recordatorio: { $routine }, { $when }.
reminders-none-on = No hay ningún recordatorio activado.
reminders-saved-next = Guardado. Próximo recordatorio: { $routine }, { $when }.
reminders-saved-none = Guardado. No hay ningún recordatorio activado.
reminders-pause-today = Pausar los recordatorios por hoy
reminders-resume-today = Reanudar los recordatorios hoy
reminders-routine-done-today = Hecha hoy.
reminders-routine-next = Próximo: { $when }.

reminders-remind-me = Avisarme
reminders-remind-me-about = Avisarme de { $name }
reminders-when = Cuándo
reminders-when-for = Cuándo avisarme de { $name }
reminders-kind-bedtime = Antes de acostarme
reminders-kind-fixed = A una hora fija
reminders-kind-first-use = Al usar el equipo por primera vez después de
reminders-time-bedtime = Hora de acostarme
reminders-time-bedtime-for = Hora de acostarme para { $name }
reminders-time-fixed = Hora
reminders-time-fixed-for = Hora para { $name }
reminders-time-after = Después de
reminders-time-after-for = Después de (hora) para { $name }
reminders-lead = Minutos antes de acostarme
reminders-lead-for = Minutos antes de acostarme para { $name }
reminders-days = Días
reminders-days-for = Días para { $name }
reminders-day-for = { $day } para { $name }

reminders-shared-legend = Para todos los recordatorios
reminders-grace = Avisarme aunque llegue tarde, hasta este retraso en minutos
reminders-snooze = Minutos al posponer
reminders-grace-hint = Un recordatorio perdido mientras el equipo estaba en suspensión aparece al reactivarse, si no lleva más retraso que ese; si no, se omite.
reminders-quiet-hours = Horas de silencio
reminders-quiet-from = Desde
reminders-quiet-until = Hasta
reminders-save = Guardar recordatorios
reminders-start-at-login = Abrir Limber al iniciar sesión, para que puedan llegar los recordatorios

reminders-problem-time = { $name }: «{ $text }» no es una hora; escríbela así: 22:30.
reminders-problem-days = { $name }: elige al menos un día.
reminders-problem-lead = { $name }: los minutos antes de acostarte deben ser un número entero de 0 a 720.
reminders-problem-snooze = Los minutos al posponer deben ser un número entero de 1 a 120.
reminders-problem-grace = El retraso máximo de un recordatorio debe ser un número entero de minutos de 0 a 720.
reminders-problem-quiet-start = Horas de silencio: «{ $text }» no es una hora; escríbela así: 22:30.
reminders-problem-quiet-end = Horas de silencio: «{ $text }» no es una hora; escríbela así: 07:00.
reminders-problem-quiet-same = Las horas de silencio deben empezar y terminar a horas distintas.

reminders-night-at-fixed = a las { $time }
reminders-night-at-first-use = al usar el equipo por primera vez después de las { $time }
reminders-night-every = La hora { $time } es posterior a la medianoche, así que cuenta para la noche anterior: todas las noches, { $at } del día siguiente.
reminders-night-some = La hora { $time } es posterior a la medianoche, así que cuenta para la noche anterior: { $count ->
        [one] la noche del { $nights }
       *[other] las noches de { $nights }
    }, es decir, { $mornings } { $at }.
