# Textos de seguridad en español, traducidos de en/content-safety.ftl (generado a partir de
# assets/content/safety.json y de las precauciones de los ejercicios). Cada mensaje de aquí tiene una
# retrotraducción al inglés en back/content-safety.ftl; quien cambie uno, vuelve a retrotraducirlo y a
# compararlo (README, "Languages").

## Precauciones de los ejercicios

exercise-abdominal-bracing-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-abdominal-bracing-caution-2 = Tensa con suavidad, muy por debajo de toda tu fuerza.
exercise-abdominal-bracing-caution-3 = Si estás embarazada, no hagas este ejercicio: se hace tumbada boca arriba y en horizontal, una postura que conviene mantener poco tiempo, sobre todo pasadas las 16 semanas.
exercise-abdominal-bracing-caution-4 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-cat-cow-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-cat-cow-caution-2 = Si te duele estar de rodillas, pon una toalla doblada bajo las rodillas.
exercise-cat-cow-caution-3 = Si inclinarte hacia delante empeora tu dolor, redondea la espalda solo un poco.
exercise-cat-cow-caution-4 = No hagas este ejercicio si tienes osteoporosis: redondear la espalda flexiona la columna hacia delante.
exercise-cat-cow-caution-5 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-diaphragmatic-breathing-caution-1 = Detente si tu dolor empeora.
exercise-diaphragmatic-breathing-caution-2 = Si notas aturdimiento, respira con normalidad un momento.
exercise-diaphragmatic-breathing-caution-3 = Si estás embarazada, túmbate de lado en vez de boca arriba y en horizontal.
exercise-head-tilt-caution-1 = Detente si el dolor empeora, si te mareas o si notas hormigueo, entumecimiento o debilidad que baja por un brazo.
exercise-head-tilt-caution-2 = Inclina la cabeza solo hasta donde te resulte cómodo; no tires de ella con la mano.
exercise-head-tilt-caution-3 = Después de una operación reciente o de una fractura en el cuello o la espalda, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-knee-to-chest-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-knee-to-chest-caution-2 = Tira con suavidad; el estiramiento debe sentirse leve, nunca punzante.
exercise-knee-to-chest-caution-3 = No hagas este ejercicio si tienes osteoporosis: abrazar una rodilla flexiona la columna hacia delante, y eso puede aumentar el riesgo de una fractura en la columna.
exercise-knee-to-chest-caution-4 = No hagas este ejercicio si inclinarte hacia delante empeora tu dolor de espalda.
exercise-knee-to-chest-caution-5 = Si estás embarazada, no hagas este ejercicio: se hace tumbada boca arriba y en horizontal.
exercise-knee-to-chest-caution-6 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-log-roll-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-log-roll-caution-2 = Quédate sentado un poco más si te mareas antes de ponerte de pie.
exercise-log-roll-caution-3 = No te dobles hacia delante por la cintura ni hagas movimientos bruscos al meterte en la cama o al salir de ella.
exercise-open-book-caution-1 = Detente si el dolor empeora o baja por una pierna, o si notas hormigueo que baja por un brazo.
exercise-open-book-caution-2 = Abre solo hasta donde te deje el hombro; el brazo no tiene que tocar el suelo.
exercise-open-book-caution-3 = No hagas este ejercicio si tienes osteoporosis: gira la columna.
exercise-open-book-caution-4 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-plank-knees-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-plank-knees-caution-2 = Pon una toalla doblada bajo las rodillas si te duelen.
exercise-plank-knees-caution-3 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-plank-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-plank-caution-2 = Empieza manteniendo poco tiempo y ve aumentando; si es demasiado, haz la versión con las rodillas apoyadas.
exercise-plank-caution-3 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-progressive-muscle-relaxation-caution-1 = Detente si tu dolor empeora.
exercise-progressive-muscle-relaxation-caution-2 = Tensa con suavidad; sáltate cualquier zona que te duela.
exercise-progressive-muscle-relaxation-caution-3 = Si estás embarazada, túmbate de lado en vez de boca arriba y en horizontal.
exercise-scapular-clocks-caution-1 = Detente si el dolor empeora, o si notas hormigueo, entumecimiento o debilidad que baja por un brazo.
exercise-scapular-clocks-caution-2 = Haz el círculo pequeño si el hombro te cruje o te duele.
exercise-scapular-clocks-caution-3 = Después de una operación reciente o de una fractura en el cuello o la espalda, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-shoulder-rows-caution-1 = Detente si el dolor empeora, o si notas hormigueo, entumecimiento o debilidad que baja por un brazo.
exercise-shoulder-rows-caution-2 = Mantén el cuello relajado y los hombros lejos de las orejas.
exercise-shoulder-rows-caution-3 = Después de una operación reciente o de una fractura en el cuello o la espalda, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.
exercise-supine-knee-twist-caution-1 = Detente si el dolor empeora o baja por una pierna.
exercise-supine-knee-twist-caution-2 = Baja las rodillas solo hasta donde te resulte cómodo; no tienen que tocar la superficie.
exercise-supine-knee-twist-caution-3 = No hagas este ejercicio si tienes osteoporosis: gira la columna.
exercise-supine-knee-twist-caution-4 = Si estás embarazada, no hagas este ejercicio: se hace tumbada boca arriba y en horizontal.
exercise-supine-knee-twist-caution-5 = Después de una operación de espalda reciente o de una fractura en la columna, no hagas este ejercicio hasta que tu cirujano o fisioterapeuta te diga que está bien.

## La guía de seguridad

safety-title = Primero, la seguridad
safety-intro = Limber te guía en movimientos suaves. No puede saber qué causa tu dolor. La mayoría de los dolores de espalda no son graves, pero algunas señales requieren a un profesional, y unas pocas no pueden esperar.
safety-level-get-help-now-heading = Busca ayuda ahora
# Los números de emergencia: todos los del original, con el 112 (España y Europa) primero y el 911 también para
# México, el país con más hablantes de español.
safety-level-get-help-now-action = Si tienes dolor de espalda y alguna de estas señales, llama al número de emergencias (112 en España y el resto de Europa, 911 en México, Estados Unidos y Canadá, 999 en el Reino Unido) o pide que hoy mismo te atienda un servicio de atención urgente o tu médico. No esperes a ver si se pasa y no sigas con la rutina.
safety-sign-bladder-bowel = Problemas nuevos para orinar, o no puedes controlar la vejiga o el intestino.
safety-sign-numb-saddle = Entumecimiento, hormigueo o sensación de pinchazos alrededor de los genitales, las nalgas o la cara interna de los muslos.
safety-sign-both-legs = Debilidad, entumecimiento u hormigueo en las dos piernas, o piernas que se debilitan cada vez más.
safety-sign-after-fall = El dolor empezó después de una caída, un golpe en la espalda o un accidente.
safety-sign-chest-pain = Dolor en el pecho junto con el dolor de espalda.
safety-sign-fever-unwell = Temperatura alta, o sientes calor, escalofríos o te encuentras muy mal.
safety-sign-belly-throbbing = Un dolor en la barriga que late o palpita.
safety-level-see-someone-soon-heading = Consulta pronto a un médico o fisioterapeuta
safety-level-see-someone-soon-action = Pide cita para los próximos días si alguna de estas cosas se cumple en tu caso. Hasta entonces, sigue moviéndote con suavidad y deja de hacer cualquier cosa que empeore el dolor.
safety-sign-lasts-weeks = El dolor ha durado más de unas pocas semanas aunque te has estado cuidando en casa.
safety-sign-severe-or-worsening = El dolor es intenso, o sigue empeorando.
safety-sign-night-pain = El dolor es peor por la noche o cuando te acuestas, o te despierta.
safety-sign-legs-numb-tingling-weak = Entumecimiento, hormigueo o debilidad en una pierna, o un dolor que se extiende por debajo de la rodilla.
safety-sign-weight-loss = Estás perdiendo peso y no sabes explicar por qué.
safety-sign-swelling = Hinchazón o enrojecimiento en la espalda.
safety-sign-wraps-around = El dolor te rodea el costado, como una banda alrededor del cuerpo.
safety-sign-nausea = El dolor viene con náuseas o vómitos.
safety-sign-daily-life = El dolor hace que te cueste pasar un día normal.
safety-stop-if-worse = Detén cualquier ejercicio que empeore tu dolor. Muévete despacio, no rebotes nunca y sigue respirando con normalidad.
safety-not-medical-advice = Limber no es consejo médico y no sustituye a un profesional de la salud. Ofrece rutinas suaves y generales y consejos de sueño.
safety-stiff-mornings-ease = La rigidez a primera hora de la mañana es frecuente, y a menudo se alivia en cuanto empiezas a moverte.
safety-keep-a-journal = Anotar cada día tu dolor y tu sueño te ayuda, a ti y a quien te trate, a ver qué marca la diferencia.
