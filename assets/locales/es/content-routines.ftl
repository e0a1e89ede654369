# Las rutinas incluidas en español, traducidas de en/content-routines.ftl (generado a partir de assets/routines/*.json).
# Las rutinas propias conservan las palabras que les dio su autor; solo se traducen estas.

routine-bedtime-wind-down-name = Relajación nocturna
routine-bedtime-wind-down-copy-name = Mi relajación nocturna
routine-bedtime-wind-down-description = Unos diez minutos de respiración lenta, estiramientos suaves y relajación para calmar tu espalda antes de dormir. Baja el brillo de la pantalla y hazla en el suelo o en la cama.
routine-morning-mobility-name = Movilidad matutina
routine-morning-mobility-copy-name = Mi movilidad matutina
routine-morning-mobility-description = Unos movimientos suaves en la cama para aliviar la rigidez de la mañana, una forma segura de levantarte y después el gato-vaca y el libro abierto en el suelo o en una cama firme. Tómate tu tiempo: tras una noche quieta, las articulaciones suelen estar rígidas.
routine-two-minute-reset-name = Pausa de 2 minutos
routine-two-minute-reset-copy-name = Mi pausa de 2 minutos
routine-two-minute-reset-description = Un descanso rápido para tu espalda: unas respiraciones lentas y movimientos sencillos cuando llevas demasiado tiempo quieto.
routine-upper-back-neck-name = Espalda alta y cuello
routine-upper-back-neck-copy-name = Espalda alta y cuello (mi versión)
routine-upper-back-neck-description = Suelta la rigidez de la espalda alta y el cuello con movimientos lentos que puedes hacer en casa o en una pausa.
