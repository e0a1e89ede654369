# La guía del sueño en español, traducida de en/content-sleep.ftl (generado a partir de
# assets/content/sleep-setup.json). Las casillas de «esta noche» van en primera persona.

sleep-title = Dormir bien
sleep-intro = Cómo te tumbas por la noche puede dejarte la espalda rígida por la mañana. Unas cuantas almohadas en el sitio adecuado suelen ayudar.
sleep-neutral-spine-title = El objetivo: la columna en posición neutra
sleep-neutral-spine-text = El cuello y la espalda deberían descansar sin doblarse ni girarse mucho, para que la presión se reparta por igual. Eso importa más que encontrar una postura perfecta. Dormir de lado suele ser la forma más fácil de conseguirlo.

## De lado
sleep-position-side-name = De lado
sleep-position-side-figure-label = Una persona tumbada de lado con una almohada entre las rodillas, las rodillas un poco dobladas, abrazando una almohada
sleep-position-side-summary = Suele ser la postura más fácil para mantener la columna neutra.
sleep-setup-side-knee-pillow-what = Una almohada entre las rodillas
sleep-setup-side-knee-pillow-why = Mantiene las caderas niveladas, para que la zona lumbar no se gire.
sleep-setup-side-knees-bent-what = Las rodillas un poco recogidas hacia el pecho
sleep-setup-side-knees-bent-why = Doblarlas un poco quita tensión a la zona lumbar.
sleep-setup-side-hug-pillow-what = Una almohada para abrazar delante de ti
sleep-setup-side-hug-pillow-why = Evita que el hombro y el pecho de arriba se vayan hacia delante y giren la espalda alta.
sleep-setup-side-back-pillow-what = Opcional: una almohada larga detrás de la espalda
sleep-setup-side-back-pillow-why = Si sueles girarte boca arriba por la noche, te recuerda con suavidad que sigas de lado.
sleep-setup-side-head-pillow-what = Una almohada más gruesa para la cabeza
sleep-setup-side-head-pillow-why = Debe llenar el hueco entre la oreja y el hombro, para que la cabeza quede alineada con la columna.
sleep-note-side-hip-shoulder = Los problemas de cadera o de hombro pueden hacer incómodo dormir de lado. Si te duele, prueba a dormir boca arriba.
sleep-tonight-side-knee-pillow = Almohada entre las rodillas
sleep-tonight-side-hug-pillow = Almohada para abrazar
sleep-tonight-side-head-pillow = La almohada llena el hueco hasta mi hombro

## Boca arriba
sleep-position-back-name = Boca arriba
sleep-position-back-figure-label = Una persona tumbada boca arriba con una almohada bajo las rodillas y una toalla enrollada bajo la zona lumbar
sleep-position-back-summary = Una buena postura si las rodillas y la zona lumbar tienen apoyo.
sleep-setup-back-knee-pillow-what = Una almohada (o dos) bajo las rodillas
sleep-setup-back-knee-pillow-why = Con las rodillas dobladas, la zona lumbar soporta menos presión.
sleep-setup-back-towel-roll-what = Una almohada pequeña o una toalla enrollada bajo la curva de la zona lumbar
sleep-setup-back-towel-roll-why = Si queda un hueco bajo la zona lumbar, llenarlo sostiene su curva natural.
sleep-setup-back-head-pillow-what = Una almohada de grosor medio para la cabeza
sleep-setup-back-head-pillow-why = Debe sostener la curva del cuello. Demasiadas almohadas te empujan la barbilla hacia el pecho.
sleep-note-back-try-side = Si dormir boca arriba te sigue doliendo, prueba de lado con una almohada entre las rodillas.
sleep-tonight-back-knee-pillow = Almohada bajo las rodillas
sleep-tonight-back-towel-roll = Toalla enrollada bajo la zona lumbar, si queda un hueco
sleep-tonight-back-head-pillow = Una sola almohada de grosor medio

## Boca abajo
sleep-position-stomach-name = Boca abajo
sleep-position-stomach-figure-label = Una persona tumbada boca abajo con una almohada fina bajo las caderas y una almohada fina para la cabeza
sleep-position-stomach-summary = La postura más dura para la espalda. Si es la única forma en que consigues dormirte, hazla más suave.
sleep-setup-stomach-pelvis-pillow-what = Una almohada fina bajo las caderas y la parte baja de la barriga
sleep-setup-stomach-pelvis-pillow-why = Reduce el arco de la zona lumbar.
sleep-setup-stomach-head-pillow-what = Una almohada fina para la cabeza, o ninguna
sleep-setup-stomach-head-pillow-why = Una almohada gruesa dobla el cuello hacia atrás. Si usas dos, quita una.
sleep-note-stomach-change-habit = Para cambiar la costumbre: empieza la noche de lado abrazando una almohada larga, o ponte una camiseta de dormir con un bolsillo delante y mete en él una pelota de tenis, para que girarte boca abajo resulte incómodo.
sleep-tonight-stomach-pelvis-pillow = Almohada fina bajo las caderas
sleep-tonight-stomach-head-pillow = Almohada fina para la cabeza, o ninguna
sleep-tonight-stomach-body-pillow = Almohada larga para empezar de lado

## Cuando la postura varía
sleep-varies-name = Varía
sleep-varies-text = Cambiar de postura durante la noche es normal y puede ayudar. Prepara la cama para la postura en la que empiezas y deja una almohada de más a mano, para ponerla entre las rodillas o debajo de ellas cuando te gires.
sleep-tonight-varies-knee-pillow = Una almohada de más a mano para las rodillas
sleep-tonight-varies-head-pillow = La almohada mantiene mi cabeza alineada con la columna

## Consejos
sleep-tip-try-pillow-heights = Prueba con la almohada de la cabeza: un poco más alta o más baja puede notarse mucho en el cuello.
sleep-tip-change-positions = Cambiar de postura a lo largo de la noche está bien y puede aliviar la presión sobre los músculos cansados.

## El colchón
sleep-mattress-title = Tu colchón
sleep-mattress-signs-worn-title = Señales de que está gastado
sleep-mattress-signs-worn-text = Se hunde donde te tumbas o se le han hecho bultos. Un colchón gastado deja que la columna se doble y pierda la alineación.
sleep-mattress-check-6-8-years-title = Revísalo cada 6 a 8 años
sleep-mattress-check-6-8-years-text = Mira cómo está al menos con esa frecuencia; puede que ya no te sostenga como antes.
sleep-mattress-firmness-title = Ni muy blando ni muy duro
sleep-mattress-firmness-text = Tanto un colchón demasiado blando como uno demasiado duro pueden hacer daño. Muchas personas con dolor de espalda prefieren uno de firmeza media, pero el mejor es el que te da comodidad con la columna neutra.
sleep-mattress-test-title = Cómo probar uno
sleep-mattress-test-text = Quítate los zapatos y túmbate unos minutos en tu postura habitual para dormir. La columna debe quedar tan recta como cuando estás de pie con buena postura. Las camas de casas de amigos o de hoteles también son pruebas gratis.
sleep-mattress-rotate-topper-title = Si se hunde
sleep-mattress-rotate-topper-text = Dale la vuelta con regularidad, o añade un sobrecolchón. Para saber si te iría mejor una cama más firme, prueba unas noches con el colchón en el suelo.
sleep-mattress-new-system-title = Una cama nueva puede ayudar
sleep-mattress-new-system-text = En un estudio, casi el 63 % de las personas tenía menos dolor lumbar después de cambiar a un colchón y una base nuevos.
sleep-mattress-not-only-cause-title = Rara vez es la única causa
sleep-mattress-not-only-cause-text = Antes de comprar uno nuevo, fíjate también en tus días: muchas horas sentado, el estrés y moverse poco suelen importar más que el colchón.
