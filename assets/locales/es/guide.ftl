# La pantalla de ejercicios, la de preparar la cama, la Ayuda y las piezas comunes de la guía (precauciones,
# listas, señales de alarma). Las palabras de los ejercicios, los consejos de sueño y las señales de alarma son
# contenido, no están aquí.

library-heading = Ejercicios
library-intro = Todos los movimientos que usa Limber. Abre uno para ver cómo se hace, cómo respirar y cuándo tener cuidado.
library-area = Zona del cuerpo
library-area-all = Todas las zonas
library-position = Postura
library-position-all = Todas las posturas
library-count = Mostrando { $shown } de { $total } ejercicios
library-no-match = Ningún ejercicio cumple los dos filtros. Prueba «Todas las zonas» o «Todas las posturas».
library-list = Ejercicios
library-meta = { $area } · { $position } · { $dose } · unos { $duration }
library-show = Pasos y precauciones
library-show-label = Pasos y precauciones de { $name }
library-hide = Ocultar los pasos
library-hide-label = Ocultar los pasos de { $name }
library-how = Cómo se hace
library-breathing = Respiración
library-used-in = Forma parte de: { $routines }

area-lower-back = Zona lumbar
area-upper-back = Espalda alta
area-neck = Cuello
area-core = Abdomen
position-in-bed = En la cama
position-floor = En el suelo
position-standing = De pie
position-seated = Sentado

exercise-dose-breaths = { $count ->
        [one] { $count } respiración lenta
       *[other] { $count } respiraciones lentas
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondas
    }
exercise-dose-once = { $rounds ->
        [1] Una vez
       *[other] Una vez, { $rounds } rondas
    }
exercise-dose-hold = Mantener { $hold } s{ $sides ->
        [each] {" "}por lado
        [alternate] {" "}por lado, alternando
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondas
    }
exercise-dose-reps = { $count ->
        [one] { $count } repetición
       *[other] { $count } repeticiones
    }{ $sides ->
        [each] {" "}por lado
        [alternate] {" "}por lado, alternando
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , mantener { $hold } s
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondas
    }

# Las situaciones de la configuración inicial, en minúscula dentro de una frase: «por osteoporosis y embarazo».
condition-osteoporosis = osteoporosis
condition-spinal-surgery = operación o fractura reciente de columna
condition-pregnancy = embarazo
condition-bending-forward = dolor al inclinarte hacia delante
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Se omiten en tu caso: { $items }.
guide-unsuitable = { $name } no está en tu plan: se omiten todos sus movimientos.
guide-unsuitable-because = { $name } no está en tu plan: se omiten todos sus movimientos por { $conditions }.
guide-ask-surgeon = Tu cirujano o fisioterapeuta puede decirte qué movimientos te van bien, y cuándo.
guide-ask-physio = Un fisioterapeuta puede sugerirte movimientos que te vayan bien.

guide-take-care = Ten cuidado
guide-take-care-for = Ten cuidado: { $name }
guide-tonight = La cama esta noche
guide-this-evening = Esta noche
guide-start-routine = Empezar la rutina
guide-skip-checklist = Saltar la lista
guide-setup-label = Qué poner y dónde: { $position }
guide-safety-loading = Cargando la guía de seguridad…
guide-safety-problem = No se pudo mostrar la guía de seguridad: { $problem }

sleep-show-for = Mostrar la preparación para
sleep-yours = (tú)
sleep-tips = Vale la pena probar

help-heading = Ayuda
help-when = Cuándo buscar ayuda
help-use-heading = Cómo usar Limber
help-use-start-title = Empieza una rutina
help-use-start = desde Hoy. La relajación nocturna es para la noche, en el suelo o en la cama; la rutina de la mañana empieza en la cama, antes de levantarte.
help-use-follow-title = Sigue el temporizador y la voz.
help-use-follow = Activa la guía por voz en Ajustes, Sonido: con «Solo avisos» se anuncia cada ejercicio al empezar y se te dice cuándo cambiar de lado y cuándo termina una postura mantenida; la «Guía completa» además explica cómo hacer cada movimiento, cuenta las repeticiones y marca el ritmo de tu respiración, así que puedes tener los ojos cerrados. Sigue aunque cierres la ventana.
help-use-before-title = Antes de la rutina de la noche,
help-use-before = Limber muestra una lista breve para la noche y para las almohadas de esta noche. Marca lo que sea cierto, o sáltala.
help-use-reminders-title = Los recordatorios
help-use-reminders = llegan un poco antes de acostarte y después de despertarte. Cámbialos en Ajustes, donde también puedes volver a hacer la configuración inicial.
help-use-checkin-title = Registra cada día
help-use-checkin = cómo estuvieron tu espalda y tu sueño. En Progreso verás con el tiempo qué te ayuda.
help-use-gently-title = Empieza con suavidad.
help-use-gently = Haz unas pocas repeticiones y ve aumentando, por la mañana y por la noche. Muévete despacio, sin rebotes, y respira con normalidad.
help-use-bed-title = Acostarte y levantarte.
help-use-bed = Para levantarte, gira hasta quedar de lado, empuja con los brazos y saca las piernas de la cama. Para acostarte por la noche, haz lo mismo al revés.
help-use-answers-title = Tus respuestas cuentan.
help-use-answers = Si le dijiste a Limber que tienes osteoporosis, una operación de columna reciente, un embarazo o dolor al inclinarte hacia delante, los movimientos que no te van bien se omiten de las rutinas. Cambia tus respuestas en Ajustes.
help-keys-heading = Atajos de teclado durante una rutina
help-keys-key = Tecla
help-keys-does = Qué hace
help-key-space = Espacio
help-key-right = Flecha derecha
help-key-left = Flecha izquierda
help-key-esc = Esc
help-key-space-does = Pausar o seguir
help-key-right-does = Saltar al siguiente ejercicio
help-key-left-does = Volver al ejercicio anterior
help-key-esc-does = Parar la rutina
help-routines-heading = Para qué sirve cada rutina
help-find-exercises = Todos los ejercicios, con sus pasos y precauciones, están en { $exercises }.
help-find-sleep = Las almohadas y el colchón están en { $sleep }.
help-advice-heading = Limber no es consejo médico
help-advice = Limber ofrece rutinas suaves y generales y consejos de sueño basados en fuentes públicas de salud. No conoce tu cuerpo ni tu historial, no puede diagnosticar nada y no sustituye a un médico ni a un fisioterapeuta. Si no sabes seguro si un ejercicio es adecuado para ti, pregunta a uno de ellos.
