# El menú y la ficha del centro de software; scripts/desktop-l10n.mjs escribe ambos a partir de estos textos.

desktop-generic-name = Rutinas para la espalda
desktop-comment = Rutinas suaves para la espalda, por la noche y por la mañana
desktop-keywords = espalda;dolor;dolor de espalda;rigidez;estiramiento;movilidad;noche;relajación;mañana;sueño;rutina;ejercicio;
desktop-action-bedtime = Empezar la relajación nocturna
desktop-action-morning = Empezar la rutina de movilidad matutina

appstream-summary = Rutinas suaves de noche y de mañana para una espalda rígida
appstream-intro =
    Limber te guía en una relajación tranquila antes de dormir y en una breve rutina de movilidad al despertar,
    para una espalda rígida o dolorida. Cada ejercicio tiene un temporizador, una ilustración sencilla y avisos
    sonoros suaves, para que puedas seguirlo con la pantalla atenuada.
appstream-feature-bedtime = Una relajación nocturna de respiración lenta y estiramientos suaves, en el suelo o en la cama
appstream-feature-morning = Unos minutos de movilidad por la mañana que empiezan en la cama, y una forma segura de levantarse
appstream-feature-reminders = Recordatorios que llegan a su hora aunque cambies de zona horaria o cambie el horario de verano
appstream-feature-journal = Un diario de dolor y sueño, rachas y metas semanales para ver qué te ayuda
appstream-feature-advice = Consejos sobre posturas para dormir, almohadas y colchones
appstream-privacy =
    Limber es privado: funciona sin conexión y guarda tus datos en tu equipo. No es asesoramiento médico;
    te dice cuándo acudir a un profesional.
appstream-keywords = dolor de espalda;estiramiento;movilidad;hora de dormir;sueño;rutina
