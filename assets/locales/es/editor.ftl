editor-title-loading = Rutina
editor-title-new = Nueva rutina
editor-title-edit = Editar rutina
editor-back = Volver
editor-loading = Cargando…
editor-about = Sobre esta rutina
editor-copy-of = Una copia de { $name }; el original no cambia nunca.
editor-reset = Restablecer { $name }
editor-name = Nombre
editor-description = Para qué sirve
editor-when = Cuándo
editor-when-bedtime = Al acostarse
editor-when-morning = Por la mañana
editor-when-anytime = En cualquier momento

## Los ejercicios de la rutina.

editor-exercises = Ejercicios
editor-empty = { $count ->
        [0] Aún no hay ejercicios. Añade algunos de la lista.
       *[other] Aún no hay ejercicios. Añade algunos de la lista de { $count }.
    }
editor-order-hint = Arrastra un ejercicio por su asa, o usa Subir y Bajar. Los campos vacíos usan el valor predeterminado del ejercicio.
editor-drag = Arrastrar para reordenar
editor-about-length = unos { $duration }
editor-move-up = Subir
editor-move-up-label = Subir { $exercise }
editor-move-down = Bajar
editor-move-down-label = Bajar { $exercise }
editor-remove = Quitar
editor-remove-label = Quitar { $exercise }
editor-hold = Mantener (s)
editor-reps = Repeticiones
editor-rounds = Rondas
editor-pace = Ritmo (s por movimiento)
editor-sides = Lados
editor-rest-after = Descanso después (s)
editor-sides-none = Sin lados
editor-sides-each = Cada lado por turno
editor-sides-alternate = Lados alternos
editor-sides-default = { $sides ->
        [none] Predeterminado (sin lados)
        [each] Predeterminado (cada lado por turno)
       *[alternate] Predeterminado (lados alternos)
    }
editor-default = predeterminado: { $value }
editor-not-a-number = Escribe un número entero, o déjalo vacío para usar el valor predeterminado.

## El selector de ejercicios.

editor-add-heading = Añadir ejercicios
editor-search = Buscar ejercicios
editor-area = Zona del cuerpo
editor-all-areas = Todas las zonas
editor-where = Dónde
editor-anywhere = En cualquier sitio
editor-choice-meta = { $area } · { $position } · unos { $duration }
editor-add = Añadir
editor-add-label = Añadir { $exercise }
editor-shown-all = { $total ->
        [one] { $total } ejercicio
       *[other] { $total } ejercicios
    }
editor-shown-none = Ningún ejercicio coincide; borra la búsqueda o un filtro.
editor-shown-some = { $total ->
        [one] { $shown } de { $total } ejercicio
       *[other] { $shown } de { $total } ejercicios
    }

## La rutina como archivo.

editor-file-heading = Esta rutina
editor-file-hint = Compártela o guarda una copia como archivo, o elimínala. Al eliminarla, sus sesiones pasadas se quedan en tu historial.
editor-save-to-export = Guarda los cambios para exportarlos.
editor-export = Exportar a un archivo…
editor-delete = Eliminar rutina
editor-delete-question = ¿Eliminar «{ $name }»? Sus sesiones pasadas se quedan en tu historial.
editor-delete-yes = Sí, eliminarla
editor-delete-keep = Conservarla
editor-leave-question = ¿Salir sin guardar? Se perderán tus cambios.
editor-leave-yes = Salir sin guardar
editor-leave-keep = Seguir editando

## La barra inferior.

editor-total = { $count ->
        [one] Unos { $duration } · { $count } ejercicio
       *[other] Unos { $duration } · { $count } ejercicios
    }
editor-problems = { $count ->
        [one] { $count } cosa que corregir antes de guardar.
       *[other] { $count } cosas que corregir antes de guardar.
    }
editor-not-saved = Aún sin guardar.
editor-saved = Guardado.
editor-save = Guardar rutina
editor-start = Empezar

## Lo que oye un lector de pantalla tras un cambio.

editor-added = Se añadió { $exercise }. { $total }.
editor-removed = Se quitó { $exercise }.
editor-moved = { $exercise } ahora está en la posición { $position } de { $count }.
editor-the-exercise = El ejercicio
editor-reset-done = Los ejercicios de { $name } han vuelto. Guarda para conservarlos.
editor-reset-done-unnamed = Los ejercicios del original han vuelto. Guarda para conservarlos.
editor-saved-as = Se guardó «{ $name }». Está en la pantalla Hoy con las demás rutinas.

routine-exported = Se guardó «{ $name }» en { $path }.
routine-import-refused = No se importó nada: { $file } tiene { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemas
    }.
routine-imported = Se importó «{ $name }».
routine-imported-restored = Se importó «{ $name }»; sus sesiones anteriores vuelven a estar en su historial.
routine-imported-copy = Se importó «{ $name }» como rutina nueva, porque ya hay una con el mismo identificador.
editor-filter-routine = Rutina de Limber

routine-new-name = Mi rutina
routine-new-description = Una rutina hecha a mi medida.
routine-copy-of-own = { $name } (copia)
