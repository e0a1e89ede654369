dose-value-hold = { $exercise }: mantener { $value } s
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } repetición por lado
           *[other] { $value } repeticiones por lado
        }
       *[none] { $value ->
            [one] { $value } repetición
           *[other] { $value } repeticiones
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } ronda
       *[other] { $value } rondas
    }

dose-change-hold = { $exercise }: mantener { $to } s en lugar de { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } repetición por lado
           *[other] { $to } repeticiones por lado
        }
       *[none] { $to ->
            [one] { $to } repetición
           *[other] { $to } repeticiones
        }
    } en lugar de { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } ronda
       *[other] { $to } rondas
    } en lugar de { $from }.

# $step es una acción en infinitivo («mantener…», «hacer…»): «prueba a hacer una repetición más».
dose-why = { $reason }: prueba a { $step }.
dose-because-run = Hiciste la rutina en { $finished } de { $days ->
        [bedtime] tus últimas { $planned } noches
        [morning] tus últimas { $planned } mañanas
       *[anytime] tus últimos { $planned } días previstos
    } y tu espalda ha estado más o menos igual o mejor
dose-because-rising = { $measure ->
        [after-sessions] Últimamente notas la espalda peor después de esta rutina
        [morning-pain] Últimamente te duele más la espalda por las mañanas
       *[morning-stiffness] Últimamente tienes la espalda más rígida por las mañanas
    } (de { $before } a { $after } sobre 10, de media)
dose-because-skipped = Te saltaste parte del ejercicio { $exercise } en { $sessions } de tus últimas { $of } sesiones
dose-step-hold-up = mantener { $by ->
        [one] un segundo más
       *[other] { $by } segundos más
    } cada vez
dose-step-hold-down = mantener { $by ->
        [one] un segundo menos
       *[other] { $by } segundos menos
    } cada vez
dose-step-reps-up = hacer { $sides ->
        [each] { $by ->
            [one] una repetición más por lado
           *[other] { $by } repeticiones más por lado
        }
       *[none] { $by ->
            [one] una repetición más
           *[other] { $by } repeticiones más
        }
    }
dose-step-reps-down = hacer { $sides ->
        [each] { $by ->
            [one] una repetición menos por lado
           *[other] { $by } repeticiones menos por lado
        }
       *[none] { $by ->
            [one] una repetición menos
           *[other] { $by } repeticiones menos
        }
    }
dose-step-rounds-up = hacer { $by ->
        [one] una ronda más
       *[other] { $by } rondas más
    }
dose-step-rounds-down = hacer { $by ->
        [one] una ronda menos
       *[other] { $by } rondas menos
    }

dose-quiet-answered = Como mucho, un cambio por semana: la próxima sugerencia puede llegar a partir del { $day }.
dose-quiet-little-history = Aún no hay suficientes sesiones ni registros matutinos para sugerir un cambio: sigue así y responde a «¿Cómo notas la espalda ahora?» después de cada sesión.
dose-quiet-building = Hiciste la rutina en { $finished } de los últimos { $planned } días previstos: cuando llegues a { $needed } de { $days }, puede que Limber te sugiera un poco más.
dose-quiet-not-settled = La dosis se queda como está: { $measure ->
        [after-sessions] tu valoración de la espalda después de las sesiones
        [morning-pain] el dolor de espalda por la mañana
       *[morning-stiffness] la rigidez por la mañana
    } pasó de { $before } a { $after } de media, así que no es momento de añadir más.
dose-quiet-at-limit = Todas las dosis que podrían cambiar están en el límite de su rango seguro: la dosis se queda como está.

dose-copy-note = { $routine } es una rutina incluida: si aceptas, se crea tu propia copia con la nueva dosis, que se queda con su recordatorio, su meta y su historial.

dose-accepted = Desde tu próxima sesión: { $doses }
dose-accepted-copy = Desde tu próxima sesión: { $doses } Limber creó tu propia copia de { $routine } con la nueva dosis, llamada «{ $copy }»: su recordatorio, su meta semanal y su historial pasan a la copia, y el original se queda como estaba.
dose-declined = La dosis se queda como está. Limber no te sugerirá otro cambio en esta rutina antes del { $day }.
dose-undone = Deshecho. Desde tu próxima sesión: { $doses }

dose-refused-not-offered = Esta sugerencia ya no está disponible: tus sesiones o tus registros cambiaron desde que se mostró. No se cambió nada.
dose-refused-nothing-to-undo = En esta rutina no hay ningún cambio de dosis que deshacer.
dose-refused-stale = Esta sugerencia ya no encaja con { $routine }: la rutina cambió después de hacerse la sugerencia. No se cambió nada.
dose-refused-range = El cambio dejaría el ejercicio { $exercise } fuera de su rango seguro. No se cambió nada.

dose-era-start = Dosis inicial
dose-era-step-up = Aumento que aceptaste
dose-era-step-down = Reducción que aceptaste
dose-era-undo = Cambio deshecho
