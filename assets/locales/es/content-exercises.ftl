# Los ejercicios incluidos en español, traducidos de en/content-exercises.ftl (generado a partir de
# assets/exercises/*.json). Las frases «-spoken» las dice la voz: escritas para el oído, sin cifras ni símbolos.
# Las precauciones están en content-safety.ftl.

## Activación abdominal
exercise-abdominal-bracing-name = Activación abdominal
exercise-abdominal-bracing-summary = Boca arriba, tensa con suavidad los músculos de la barriga y mantenlos mientras sigues respirando; después, relaja.
exercise-abdominal-bracing-spoken = Túmbate boca arriba, con las rodillas dobladas, y tensa la barriga con suavidad. Sigue respirando mientras mantienes, y después suelta.
exercise-abdominal-bracing-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados.
exercise-abdominal-bracing-step-2 = Tensa con suavidad los músculos de alrededor de la barriga, como si fueran a darte un toquecito con el dedo.
exercise-abdominal-bracing-step-3 = No muevas la espalda ni las caderas: no hace falta empujar hacia abajo ni levantar nada.
exercise-abdominal-bracing-step-4 = Mantén mientras sigues respirando y después suelta del todo.
exercise-abdominal-bracing-breathing = Sigue respirando con normalidad mientras mantienes; no contengas la respiración.
exercise-abdominal-bracing-pace-brace = tensa
exercise-abdominal-bracing-pace-relax = relaja

## Gato-vaca
exercise-cat-cow-name = Gato-vaca
exercise-cat-cow-summary = Arquea y redondea la espalda despacio, al ritmo de tu respiración.
exercise-cat-cow-spoken = Con las manos y las rodillas en el suelo, deja que la barriga baje al inspirar y redondea la espalda al espirar. Llega solo hasta donde te resulte cómodo.
exercise-cat-cow-step-1 = Empieza con las manos y las rodillas en el suelo, con las manos bajo los hombros y las rodillas bajo las caderas.
exercise-cat-cow-step-2 = Inspira y deja que la barriga baje mientras levantas el pecho y el coxis.
exercise-cat-cow-step-3 = Espira y redondea la espalda hacia el techo, metiendo la barbilla.
exercise-cat-cow-step-4 = Haz el movimiento lento y fluido, sin rebotes.
exercise-cat-cow-step-5 = Llega solo hasta donde te resulte cómodo.
exercise-cat-cow-breathing = Inspira al arquear, espira al redondear.
exercise-cat-cow-pace-cow = vaca
exercise-cat-cow-pace-cat = gato

## Respiración abdominal lenta
exercise-diaphragmatic-breathing-name = Respiración abdominal lenta
exercise-diaphragmatic-breathing-summary = Respira despacio hacia la barriga: inspira contando hasta 5 y espira contando hasta 5.
exercise-diaphragmatic-breathing-spoken = Apoya una mano en la barriga e inspira por la nariz, para que la barriga suba. Espira despacio y deja que baje.
exercise-diaphragmatic-breathing-step-1 = Túmbate boca arriba con las rodillas dobladas, o de lado si te resulta más fácil.
exercise-diaphragmatic-breathing-step-2 = Apoya una mano en el pecho y otra en la barriga.
exercise-diaphragmatic-breathing-step-3 = Inspira por la nariz de modo que la barriga suba y el pecho se quede quieto.
exercise-diaphragmatic-breathing-step-4 = Espira despacio y deja que la barriga baje.
exercise-diaphragmatic-breathing-breathing = Inspira por la nariz durante unos cinco segundos y espira durante unos cinco, sin pausas y sin contener la respiración.
exercise-diaphragmatic-breathing-pace-breathe-in = inspira
exercise-diaphragmatic-breathing-pace-breathe-out = espira

## Inclinación de cabeza
exercise-head-tilt-name = Inclinación de cabeza
exercise-head-tilt-summary = Con la espalda recta, inclina una oreja hacia el hombro y mantén.
exercise-head-tilt-spoken = Siéntate con la espalda recta e inclina despacio una oreja hacia el hombro, solo hasta notar un estiramiento suave. Después, vuelve a llevar la cabeza al centro.
exercise-head-tilt-step-1 = Siéntate con la espalda recta y los hombros relajados y bajos.
exercise-head-tilt-step-2 = Inclina despacio la cabeza para que una oreja se acerque al hombro del mismo lado.
exercise-head-tilt-step-3 = Detente donde notes un estiramiento suave en el lateral del cuello.
exercise-head-tilt-step-4 = Mantén y después vuelve a llevar la cabeza al centro.
exercise-head-tilt-breathing = Respira despacio y deja caer los hombros cada vez que espiras.
exercise-head-tilt-pace-tilt = inclina
exercise-head-tilt-pace-hold = mantén
exercise-head-tilt-pace-return = vuelve

## Rodilla al pecho
exercise-knee-to-chest-name = Rodilla al pecho
exercise-knee-to-chest-summary = Boca arriba, abraza una rodilla hacia el pecho y mantén.
exercise-knee-to-chest-spoken = Boca arriba, sujeta una rodilla con las dos manos y llévala con suavidad hacia el pecho. El estiramiento debe sentirse leve, nunca punzante.
exercise-knee-to-chest-step-1 = Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.
exercise-knee-to-chest-step-2 = Sube una rodilla y sujétala con las dos manos por detrás del muslo o sobre la espinilla.
exercise-knee-to-chest-step-3 = Llévala con suavidad hacia el pecho hasta notar un estiramiento leve en la zona lumbar.
exercise-knee-to-chest-step-4 = Deja el otro pie relajado sobre la cama o el suelo.
exercise-knee-to-chest-step-5 = Baja la pierna despacio antes de cambiar.
exercise-knee-to-chest-breathing = Respira despacio y deja que la espalda se afloje cada vez que espiras.
exercise-knee-to-chest-pace-draw-in = acerca
exercise-knee-to-chest-pace-hold = mantén

## Levantarse de forma segura
exercise-log-roll-name = Levantarse de forma segura
exercise-log-roll-summary = Gira hasta quedar de lado, empuja con los brazos, saca las piernas y ponte de pie despacio. Por la noche, al revés.
exercise-log-roll-spoken = Gira hasta quedar de lado, todo el cuerpo a la vez, empuja con los brazos y deja que las piernas bajen. Siéntate un momento y después ponte de pie despacio.
exercise-log-roll-step-1 = Dobla las rodillas y gira hasta quedar de lado, todo el cuerpo a la vez, sin torcerte.
exercise-log-roll-step-2 = Empuja con los brazos hasta sentarte.
exercise-log-roll-step-3 = Deja que las piernas pasen por el borde de la cama mientras te incorporas.
exercise-log-roll-step-4 = Siéntate un momento y después ponte de pie despacio.
exercise-log-roll-step-5 = Para acostarte por la noche, hazlo al revés: siéntate, túmbate de lado y después gira hasta quedar boca arriba.
exercise-log-roll-breathing = Espira al empujar hacia arriba.
exercise-log-roll-pace-roll = gira
exercise-log-roll-pace-push-up = empuja
exercise-log-roll-pace-swing-legs = saca las piernas
exercise-log-roll-pace-stand = de pie

## Libro abierto
exercise-open-book-name = Libro abierto
exercise-open-book-summary = De lado, abre el brazo de arriba como un libro y después ciérralo.
exercise-open-book-spoken = Túmbate de lado, con las rodillas juntas y los brazos estirados delante. Abre el brazo de arriba hacia el otro lado al inspirar y ciérralo al espirar.
exercise-open-book-step-1 = Túmbate de lado con las rodillas dobladas y los brazos estirados delante de ti, con las palmas juntas.
exercise-open-book-step-2 = Mantén las rodillas juntas y apoyadas en el suelo.
exercise-open-book-step-3 = Levanta el brazo de arriba y ábrelo hacia arriba y hacia el otro lado, girando el pecho hacia el techo.
exercise-open-book-step-4 = Sigue la mano con la mirada y quédate ahí durante una respiración lenta.
exercise-open-book-step-5 = Vuelve a traer el brazo despacio para cerrar el libro.
exercise-open-book-breathing = Inspira al abrir. Quédate ahí durante una respiración tranquila, espirando e inspirando, y después espira al cerrar. No contengas nunca la respiración.
exercise-open-book-pace-open = abre
exercise-open-book-pace-hold = mantén
exercise-open-book-pace-close = cierra

## Plancha de rodillas
exercise-plank-knees-name = Plancha de rodillas
exercise-plank-knees-summary = La plancha más fácil: sobre los antebrazos, mantén una línea recta de la cabeza a las rodillas.
exercise-plank-knees-spoken = Sobre los antebrazos y las rodillas, sube las caderas hasta formar una línea recta de la cabeza a las rodillas. Sigue respirando con calma.
exercise-plank-knees-step-1 = Túmbate boca abajo y apóyate en los antebrazos, con los codos bajo los hombros.
exercise-plank-knees-step-2 = Deja las rodillas en el suelo y levanta las caderas.
exercise-plank-knees-step-3 = Forma una línea recta de la cabeza a las rodillas.
exercise-plank-knees-step-4 = Baja con cuidado cuando se acabe el tiempo.
exercise-plank-knees-breathing = Sigue respirando con calma todo el tiempo.

## Plancha
exercise-plank-name = Plancha
exercise-plank-summary = Mantén el cuerpo en línea recta sobre los antebrazos y las puntas de los pies.
exercise-plank-spoken = Sobre los antebrazos y las puntas de los pies, mantén el cuerpo en línea recta, sin que las caderas se hundan ni se levanten. Sigue respirando con calma.
exercise-plank-step-1 = Túmbate boca abajo y apóyate en los antebrazos, con los codos bajo los hombros.
exercise-plank-step-2 = Levanta las caderas para que el cuerpo forme una línea recta de la cabeza a los talones.
exercise-plank-step-3 = Mantén la barriga un poco tensa y no dejes que las caderas se hundan ni se levanten.
exercise-plank-step-4 = Baja con cuidado cuando se acabe el tiempo.
exercise-plank-breathing = Sigue respirando con calma todo el tiempo.

## Relajación muscular progresiva
exercise-progressive-muscle-relaxation-name = Relajación muscular progresiva
exercise-progressive-muscle-relaxation-summary = Tensa con suavidad una parte del cuerpo y después suéltala, de los pies a la cara.
exercise-progressive-muscle-relaxation-spoken = Tensa con suavidad una parte del cuerpo al inspirar y suéltala al espirar. Empieza por los pies y ve subiendo hasta la cara.
exercise-progressive-muscle-relaxation-step-1 = Túmbate cómodamente y cierra los ojos si quieres.
exercise-progressive-muscle-relaxation-step-2 = Empieza por los pies: tensa con suavidad durante unos cinco segundos.
exercise-progressive-muscle-relaxation-step-3 = Suelta de golpe y nota cómo se aflojan los músculos.
exercise-progressive-muscle-relaxation-step-4 = Sube a las piernas, las caderas, la barriga, las manos y los hombros, y la cara, de una en una.
exercise-progressive-muscle-relaxation-breathing = Inspira al tensar y espira despacio al soltar.
exercise-progressive-muscle-relaxation-pace-tense = tensa
exercise-progressive-muscle-relaxation-pace-release = suelta

## Relojes escapulares
exercise-scapular-clocks-name = Relojes escapulares
exercise-scapular-clocks-summary = Mueve un omóplato despacio alrededor de la esfera de un reloj: arriba, atrás, abajo y adelante.
exercise-scapular-clocks-spoken = Siéntate o ponte de pie con la espalda recta y mueve un omóplato despacio en círculo: arriba, atrás, abajo y adelante. Haz el círculo pequeño y fácil.
exercise-scapular-clocks-step-1 = Ponte de pie o siéntate con la espalda recta y los brazos sueltos.
exercise-scapular-clocks-step-2 = Sube un hombro hacia la oreja.
exercise-scapular-clocks-step-3 = Llévalo hacia atrás, luego hacia abajo y luego hacia delante, como si dibujaras un círculo.
exercise-scapular-clocks-step-4 = Mantén quieto el resto del cuerpo y haz el movimiento despacio.
exercise-scapular-clocks-breathing = Respira de forma regular; no contengas la respiración.
exercise-scapular-clocks-pace-up = arriba
exercise-scapular-clocks-pace-back = atrás
exercise-scapular-clocks-pace-down = abajo
exercise-scapular-clocks-pace-forward = adelante

## Remo de hombros
exercise-shoulder-rows-name = Remo de hombros
exercise-shoulder-rows-summary = Lleva los codos hacia atrás y junta los omóplatos; después, suelta.
exercise-shoulder-rows-spoken = Siéntate o ponte de pie con la espalda recta y lleva los codos hacia atrás, juntando los omóplatos al espirar. Suelta despacio al inspirar.
exercise-shoulder-rows-step-1 = Siéntate o ponte de pie con la espalda recta y los brazos doblados a los lados.
exercise-shoulder-rows-step-2 = Tira de los codos hacia atrás como si remaras en una barca.
exercise-shoulder-rows-step-3 = Junta los omóplatos y llévalos hacia abajo.
exercise-shoulder-rows-step-4 = Suelta despacio hasta la posición inicial.
exercise-shoulder-rows-breathing = Espira al tirar hacia atrás, inspira al soltar.
exercise-shoulder-rows-pace-pull = tira
exercise-shoulder-rows-pace-hold = mantén
exercise-shoulder-rows-pace-release = suelta

## Giro de rodillas boca arriba
exercise-supine-knee-twist-name = Giro de rodillas boca arriba
exercise-supine-knee-twist-summary = Boca arriba con las rodillas dobladas, deja bajar las dos rodillas hacia un lado y después hacia el otro.
exercise-supine-knee-twist-spoken = Boca arriba con las rodillas dobladas, deja bajar las dos rodillas despacio hacia un lado al espirar. Inspira al volver a llevarlas al centro.
exercise-supine-knee-twist-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados, con los brazos extendidos a los lados.
exercise-supine-knee-twist-step-2 = Mantén las rodillas juntas y deja que bajen despacio hacia un lado.
exercise-supine-knee-twist-step-3 = Mantén los dos hombros apoyados y quédate ahí durante una respiración.
exercise-supine-knee-twist-step-4 = Vuelve a llevar las rodillas al centro y después bájalas hacia el otro lado.
exercise-supine-knee-twist-breathing = Espira mientras bajan las rodillas, haz ahí una respiración tranquila e inspira al volver.
exercise-supine-knee-twist-pace-lower = baja
exercise-supine-knee-twist-pace-hold = mantén
exercise-supine-knee-twist-pace-return = vuelve
