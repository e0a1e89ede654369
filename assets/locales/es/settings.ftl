settings-saved = Guardado.

## Tu plan y guía del sueño

guide-heading = Tu plan y guía del sueño
guide-plan-label = Rutinas de tu plan
guide-no-reminder = No hay recordatorios en el plan.
guide-plan-hint = Estos son los recordatorios que propuso tu plan; cambia sus horas en «Recordatorios».
guide-no-plan = Aún no has configurado un plan.
guide-run-again = Volver a hacer la configuración inicial
guide-set-up = Configurar mi plan
guide-position-legend = Cómo suelo dormir
guide-checklists-legend = Antes de la rutina de la noche
guide-wind-down-checklist = Mostrar la lista para relajarme por la noche
guide-setup-checklist = Mostrar la lista para preparar la cama esta noche

sleep-position-side = De lado
sleep-position-back = Boca arriba
sleep-position-stomach = Boca abajo
sleep-position-varies = Varía

plan-reminder-bedtime = Recordatorio a las { $time } ({ $lead } min antes de acostarte), { $days }.
plan-reminder-fixed = Recordatorio a las { $time }, { $days }.
plan-reminder-first-use = Recordatorio al usar el equipo por primera vez después de las { $time }, { $days }.
plan-days-every-day = todos los días
plan-days-weekdays = de lunes a viernes
plan-days-weekends = los fines de semana
plan-days-none = ningún día
plan-days-some = { $days }

## Sonido

sound-heading = Sonido
sound-unavailable = { $reason } Las sesiones siguen funcionando, pero en silencio hasta que haya una salida de sonido disponible.
sound-play = Reproducir sonido durante una rutina
sound-tones-volume = Volumen de los tonos
sound-volume-value = { $percent } por ciento
sound-test = Probar sonido
sound-coach-legend = Guía por voz
sound-coach-off = Desactivada
sound-coach-off-hint = Solo tonos.
sound-coach-cues = Solo avisos
sound-coach-cues-hint = Anuncia cada ejercicio, cuenta atrás «3, 2, 1» y dice «cambia de lado», «descansa», «ya vas por la mitad», «la última» y «muy bien».
sound-coach-full = Guía completa
sound-coach-full-hint = Además explica cómo hacer cada ejercicio, cuenta las repeticiones y te dice cuándo inspirar y espirar: puedes seguirla con los ojos cerrados.
sound-voice-volume = Volumen de la voz
sound-test-voice = Probar la voz
sound-gentle-at-night = Voz más suave por la noche: más lenta y más baja en las rutinas de la noche
sound-test-night-voice = Probar la voz de la noche
sound-loading = Cargando…

## Apariencia

appearance-heading = Apariencia
appearance-theme-legend = Tema
appearance-theme-system = Como el sistema
appearance-theme-system-hint = Claro u oscuro, según esté configurado tu escritorio.
appearance-theme-light = Claro
appearance-theme-light-hint = Texto oscuro sobre fondo claro.
appearance-theme-dark = Oscuro
appearance-theme-dark-hint = Texto claro sobre fondo oscuro.
appearance-theme-night = Noche
appearance-theme-night-hint = Tenue y cálido, con poca luz azul, todo el día.
appearance-night-after-bedtime = Modo nocturno tras la hora de dormir
appearance-night-when = Desde tu recordatorio de la noche ({ $from }) hasta que empieza el día ({ $until }).
appearance-night-needs-reminder = Primero configura un recordatorio para una rutina de la noche: el modo nocturno empieza a esa hora.
appearance-night-on = Ya pasó la hora de dormir: el modo nocturno está activado.

## Rachas y metas

streaks-heading = Rachas y metas
streaks-day-boundary = Un nuevo día empieza a las
streaks-day-boundary-hint = Una relajación nocturna terminada antes de esta hora cuenta para la noche anterior. Entre las 00:00 y las { $latest }.
streaks-rest-days = Días de descanso permitidos al mes, para cada rutina
streaks-rest-days-hint = Un día de descanso mantiene la racha sin sumarle días.
streaks-goals-legend = Metas semanales
streaks-goals-hint = Opcional: cuántos días a la semana te propones. Los días de descanso cuentan para la meta.
streaks-no-goal = Sin meta
streaks-goal-days = { $days } de 7 días
streaks-save = Guardar ajustes de rachas

sound-off-because = El sonido no está disponible: { $cause }.
sound-cause-no-device = no se encontró ningún dispositivo de sonido
sound-cause-device-lost = el dispositivo de sonido dejó de funcionar
sound-cause-thread = no se pudo iniciar el proceso de sonido
sound-cause-opening = la salida de sonido aún se está abriendo
sound-invalid-volume = El volumen debe ser un número de 0 a 1, no { $volume }.
sound-invalid-voice-volume = El volumen de la voz debe ser un número de 0 a 1, no { $volume }.
