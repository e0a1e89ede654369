# La lista de la noche antes de la rutina de la noche, en español, traducida de en/content-wind-down.ftl
# (generado a partir de assets/content/wind-down.json). Las casillas van en primera persona.

wind-down-title = Antes de empezar
wind-down-intro = Una noche tranquila ayuda a que tu espalda se relaje. Marca lo que sea cierto esta noche; nada de esto es un examen.
wind-down-usual-bedtime-label = Es más o menos mi hora habitual de acostarme
wind-down-usual-bedtime-detail = La misma hora cada noche, también los fines de semana, ayuda a tu cuerpo a saber cuándo dormir.
wind-down-ready-for-bed-label = Alarma puesta, dientes cepillados, pijama puesto
wind-down-ready-for-bed-detail = Los mismos pequeños pasos cada noche le dicen a tu cuerpo que el día ha terminado.
wind-down-screens-down-label = Las pantallas están atenuadas o guardadas
wind-down-screens-down-detail = Menos luz brillante de pantallas antes de acostarte hace que sea más fácil dormirse.
wind-down-bed-for-sleep-label = Esta noche, nada de tele, trabajo ni lectura en la cama
wind-down-bed-for-sleep-detail = Deja la cama para dormir: haz esas cosas en otro sitio, para que acostarte signifique descansar.
wind-down-no-late-caffeine-label = Esta noche, nada de café, té ni refrescos de cola
wind-down-no-late-caffeine-detail = La cafeína cerca de la hora de dormir te mantiene despierto.
wind-down-light-evening-label = Sin comidas copiosas ni alcohol en las últimas horas
wind-down-light-evening-detail = La comida pesada y el alcohol a última hora del día alteran el sueño.
wind-down-no-hard-exercise-label = Sin ejercicio intenso en las últimas horas
wind-down-no-hard-exercise-detail = Deja los entrenamientos intensos para antes en el día; estiramientos suaves como estos están bien.
wind-down-cool-dark-room-label = Mi dormitorio está fresco, oscuro y en silencio
wind-down-cool-dark-room-detail = Una habitación demasiado cálida o demasiado iluminada hace que duermas peor.
wind-down-warm-shower-label = Un baño o una ducha caliente esta noche
wind-down-warm-shower-detail = El agua caliente antes de acostarte puede ayudar a que los músculos tensos se suelten.
