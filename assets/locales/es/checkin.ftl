checkin-heading = Registro matutino
checkin-meta-again = { $day } · Ya hiciste tu registro de hoy; cambia lo que quieras y vuelve a guardar.
checkin-meta-new = { $day } · ¿Cómo está tu espalda esta mañana?
checkin-pain-legend = Dolor de espalda ahora mismo
checkin-pain-value = Dolor { $value }
checkin-pain-low = 0 nada
checkin-pain-high = 10 el peor imaginable
checkin-stiffness-legend = Rigidez ahora mismo
checkin-stiffness-value = Rigidez { $value }
checkin-stiffness-low = 0 nada
checkin-stiffness-high = 10 casi no puedo moverme
checkin-sleep-legend = ¿Cómo dormiste?
checkin-sleep-value = Sueño: { $quality }
checkin-sleep-very-poor = Muy mal
checkin-sleep-poor = Mal
checkin-sleep-ok = Regular
checkin-sleep-good = Bien
checkin-sleep-very-good = Muy bien
checkin-position-legend = Postura en la que dormiste
checkin-position-side = De lado
checkin-position-back = Boca arriba
checkin-position-stomach = Boca abajo
checkin-position-varies = Fue variando
checkin-note = Nota (opcional)
checkin-save = Guardar registro
checkin-see-progress = Ver progreso
checkin-not-saved = Aún sin guardar
checkin-saved-for = Guardado para el { $day }.
checkin-missing = Responde, por favor: { $questions }.
checkin-missing-pain = dolor de espalda
checkin-missing-stiffness = rigidez
checkin-missing-sleep = calidad del sueño
checkin-missing-position = postura al dormir

checkin-card-not-saved = Las respuestas de hoy aún no están guardadas: Limber las conserva y lo vuelve a intentar.
checkin-card-see = Ver registro
checkin-card-done = Hecho hoy: dolor { $pain }, rigidez { $stiffness }, sueño { $sleep } de 5.
checkin-card-edit = Editar registro
checkin-card-invite = ¿Cómo está tu espalda esta mañana? Cuatro clics, menos de diez segundos.
checkin-card-now = Registrar ahora

recovery-heading = Tus datos se restauraron desde una copia de seguridad
recovery-restored = { $records ->
        [0] Limber encontró su base de datos dañada y restauró la copia de seguridad del { $day }. Los ajustes que cambiaste después de esa copia vuelven a estar como entonces.
        [one] Limber encontró su base de datos dañada y restauró la copia de seguridad del { $day } y la entrada guardada desde entonces. Los ajustes que cambiaste después de esa copia vuelven a estar como entonces.
       *[other] Limber encontró su base de datos dañada y restauró la copia de seguridad del { $day } y las { $records } entradas guardadas desde entonces. Los ajustes que cambiaste después de esa copia vuelven a estar como entonces.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber encontró su base de datos dañada y no tenía ninguna copia de seguridad en buen estado, así que empezó de cero con la única entrada de su historial.
       *[other] Limber encontró su base de datos dañada y no tenía ninguna copia de seguridad en buen estado, así que empezó de cero con las { $records } entradas de su historial.
    }
recovery-fresh = Limber encontró su base de datos dañada y no tenía ninguna copia de seguridad en buen estado, así que empezó de cero.
recovery-kept = El archivo dañado se conservó, no se borró:
recovery-told = { $what } { $kept } { $path }
recovery-details = Detalles
recovery-ok = Aceptar
