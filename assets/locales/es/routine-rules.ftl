rule-id-not-kebab = El identificador de la rutina, «{ $id }», debe estar formado por palabras en minúsculas unidas por guiones.
rule-id-too-long = El identificador de la rutina puede tener como máximo { $max } caracteres.
rule-empty = { $field ->
        [name] Ponle un nombre a la rutina.
       *[description] Escribe una descripción breve.
    }
rule-too-long = { $field ->
        [name] El nombre puede tener como máximo { $max } caracteres; tiene { $got }.
       *[description] La descripción puede tener como máximo { $max } caracteres; tiene { $got }.
    }
rule-control-characters = { $field ->
        [name] El nombre no puede contener tabulaciones ni saltos de línea.
       *[description] La descripción no puede contener tabulaciones ni saltos de línea.
    }
rule-direction-marks = { $field ->
        [name] El nombre no puede contener marcas invisibles de dirección del texto.
       *[description] La descripción no puede contener marcas invisibles de dirección del texto.
    }
rule-angle-brackets = { $field ->
        [name] El nombre no puede contener < ni >.
       *[description] La descripción no puede contener < ni >.
    }
rule-no-exercises = Añade al menos un ejercicio.
rule-too-many-exercises = Una rutina puede tener como máximo { $max } ejercicios; esta tiene { $got }.
rule-unknown-exercise = Limber no tiene ningún ejercicio «{ $id }».
rule-dose-range = { $field ->
        [holdSecs] «Mantener» debe estar entre { $min } y { $max } s.
        [reps] Las repeticiones deben estar entre { $min } y { $max }.
        [rounds] Las rondas deben estar entre { $min } y { $max }.
        [paceSecs] Cada movimiento debe durar entre { $min } y { $max } s.
       *[restAfterSecs] El descanso después de un ejercicio debe durar entre { $min } y { $max } s.
    }
rule-no-hold = { $exercise } no tiene ninguna posición mantenida que cambiar.
rule-no-pace = { $exercise } no tiene ningún movimiento cronometrado al que poner ritmo.
rule-too-long-to-do = Esta rutina duraría { $minutes } min; lo máximo permitido son { $max } min.
