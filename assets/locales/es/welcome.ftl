welcome-step = Paso { $step } de { $steps }
welcome-skip = Saltar la configuración

## El título de cada paso.

welcome-title-safety = Primero, la seguridad
welcome-title-area = ¿Dónde te duele?
welcome-title-health = ¿Te pasa algo de esto?
welcome-title-sleep = ¿Cómo sueles dormir?
welcome-title-times = ¿Cuándo sueles dormir?
welcome-title-plan = Tu plan

## La seguridad.

welcome-safety-lead = Te damos la bienvenida. Unas pocas preguntas breves y Limber te propondrá un plan de noche y de mañana para tu espalda. Lleva alrededor de un minuto. Primero, las señales que requieren a un profesional:

## Dónde duele.

welcome-area-lower-back = Zona lumbar
welcome-area-lower-back-hint = Rigidez o dolor en la cintura y más abajo.
welcome-area-upper-back-neck = Espalda alta y cuello
welcome-area-upper-back-neck-hint = Entre los omóplatos, en los hombros o en el cuello.
welcome-area-both = Las dos
welcome-area-both-hint = Un poco de cada.

## Situaciones que descartan movimientos: el sentido de cada pista debe ser exacto.

welcome-health-lead = Algunos movimientos no le van bien a todo el mundo. Marca lo que sea cierto en tu caso y Limber quitará esos movimientos de tus rutinas.
welcome-condition-osteoporosis = Osteoporosis, o huesos que se rompen con facilidad
welcome-condition-osteoporosis-hint = Se omiten los movimientos que flexionan la columna hacia delante o la giran.
welcome-condition-surgery = Una operación de espalda o de cuello, o una fractura en la columna, de la que aún me estoy recuperando
welcome-condition-surgery-hint = Solo quedan la respiración, la relajación y levantarse de forma segura, hasta que tu cirujano o fisioterapeuta diga que puedes hacer más.
welcome-condition-pregnancy = Estoy embarazada
welcome-condition-pregnancy-hint = Se omiten los movimientos que se hacen acostada boca arriba.
welcome-condition-bending = El dolor de espalda empeora cuando me inclino hacia delante
welcome-condition-bending-hint = Se omite el estiramiento de rodillas al pecho.
welcome-condition-none = Nada de esto
welcome-health-hint = ¿Tienes dudas? Pregunta a tu médico o fisioterapeuta. Puedes cambiar tus respuestas más adelante en Ajustes.

## Cómo duerme.

welcome-sleep-lead = Casi todo el mundo se mueve por la noche. Elige la postura en la que te duermes.

## Los horarios habituales.

welcome-bedtime = Hora habitual de acostarte
welcome-wake-time = Hora habitual de despertarte
welcome-days = ¿Qué días?
welcome-morning-cue = Recordarme la rutina de la mañana
welcome-cue-after-waking = 15 minutos después de despertarme
welcome-cue-first-computer-use = Cuando use el equipo por primera vez

## Lo que aún falta.

welcome-missing-area = Elige dónde te duele.
welcome-missing-health = Marca lo que te pase, o «{ welcome-condition-none }».
welcome-missing-sleep = Elige cómo sueles dormir.
welcome-missing-bedtime = Escribe tu hora habitual de acostarte, por ejemplo 23:00.
welcome-missing-wake-time = Escribe tu hora habitual de despertarte, por ejemplo 07:00.
welcome-missing-days = Elige al menos un día.

## El plan.

welcome-plan-lead = Según tus respuestas. Puedes cambiar cualquier cosa más adelante en Ajustes.
welcome-plan-routines = Rutinas
welcome-plan-no-reminder = Sin recordatorio: hazla cuando notes rígidos la espalda alta o el cuello, por ejemplo en una pausa.
welcome-plan-sleep = Tu descanso
welcome-plan-sleep-hint = La lista para preparar la cama aparece antes de la rutina de la noche. Más en «Dormir bien».
welcome-start-at-login = Abrir Limber al iniciar sesión
welcome-start-at-login-hint = Los recordatorios solo llegan mientras Limber está abierto. Espera sin molestar en la bandeja del sistema.
welcome-preparing = Preparando tu plan…

## Los botones.

welcome-accept = Aceptar este plan
welcome-change = Cambiar mis respuestas
welcome-understand = Entendido
welcome-continue = Continuar
welcome-back = Atrás
