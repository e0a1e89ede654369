# Gli esercizi in italiano, tradotti da en/content-exercises.ftl (generato da assets/exercises/*.json).
# Dopo una modifica: node scripts/content-l10n.mjs --translated it

## Contrazione addominale

exercise-abdominal-bracing-name = Contrazione addominale
exercise-abdominal-bracing-summary = Sulla schiena, contrai con delicatezza i muscoli della pancia e tienili così mentre continui a respirare, poi rilassali.
exercise-abdominal-bracing-spoken = Sdraiati sulla schiena, con le ginocchia piegate, e contrai con delicatezza la pancia. Continua a respirare mentre tieni, poi lascia andare.
exercise-abdominal-bracing-step-1 = Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati.
exercise-abdominal-bracing-step-2 = Contrai con delicatezza i muscoli intorno alla pancia, come se ti preparassi a un colpetto leggero.
exercise-abdominal-bracing-step-3 = Tieni ferme la schiena e le anche: niente deve spingere verso il basso o sollevarsi.
exercise-abdominal-bracing-step-4 = Tieni la contrazione mentre continui a respirare, poi lascia andare del tutto.
exercise-abdominal-bracing-breathing = Continua a respirare normalmente mentre tieni; non trattenere il respiro.
exercise-abdominal-bracing-pace-brace = contrai
exercise-abdominal-bracing-pace-relax = rilassa

## Gatto-mucca

exercise-cat-cow-name = Gatto-mucca
exercise-cat-cow-summary = Inarca e incurva la schiena lentamente, al ritmo del respiro.
exercise-cat-cow-spoken = A quattro zampe, lascia scendere la pancia mentre inspiri e incurva la schiena mentre espiri. Vai solo fin dove è comodo.
exercise-cat-cow-step-1 = Mettiti a quattro zampe, le mani sotto le spalle e le ginocchia sotto le anche.
exercise-cat-cow-step-2 = Inspira e lascia scendere la pancia mentre sollevi il petto e il coccige.
exercise-cat-cow-step-3 = Espira e incurva la schiena verso il soffitto, portando il mento verso il petto.
exercise-cat-cow-step-4 = Fai il movimento lento e fluido, senza mai molleggiare.
exercise-cat-cow-step-5 = Vai solo fin dove ti senti a tuo agio.
exercise-cat-cow-breathing = Inspira mentre inarchi, espira mentre incurvi.
exercise-cat-cow-pace-cow = mucca
exercise-cat-cow-pace-cat = gatto

## Respirazione addominale lenta

exercise-diaphragmatic-breathing-name = Respirazione addominale lenta
exercise-diaphragmatic-breathing-summary = Respira lentamente con la pancia: dentro per 5, fuori per 5.
exercise-diaphragmatic-breathing-spoken = Appoggia una mano sulla pancia e inspira dal naso, così la pancia si alza. Espira lentamente e lasciala scendere.
exercise-diaphragmatic-breathing-step-1 = Sdraiati sulla schiena con le ginocchia piegate, oppure sul fianco se è più facile.
exercise-diaphragmatic-breathing-step-2 = Appoggia una mano sul petto e una sulla pancia.
exercise-diaphragmatic-breathing-step-3 = Inspira dal naso in modo che la pancia si alzi e il petto resti fermo.
exercise-diaphragmatic-breathing-step-4 = Espira lentamente e lascia scendere la pancia.
exercise-diaphragmatic-breathing-breathing = Inspira dal naso per circa cinque secondi, espira per circa cinque, senza pause e senza trattenere il respiro.
exercise-diaphragmatic-breathing-pace-breathe-in = inspira
exercise-diaphragmatic-breathing-pace-breathe-out = espira

## Inclinazione della testa

exercise-head-tilt-name = Inclinazione della testa
exercise-head-tilt-summary = Con la schiena dritta, inclina un orecchio verso la spalla e tieni.
exercise-head-tilt-spoken = Siediti con la schiena dritta e inclina lentamente un orecchio verso la spalla, solo fino a sentire un allungamento leggero. Poi riporta la testa al centro.
exercise-head-tilt-step-1 = Siediti con la schiena dritta, le spalle rilassate e basse.
exercise-head-tilt-step-2 = Inclina lentamente la testa, in modo che un orecchio si avvicini alla spalla dello stesso lato.
exercise-head-tilt-step-3 = Fermati dove senti un allungamento leggero lungo il lato del collo.
exercise-head-tilt-step-4 = Tieni, poi riporta la testa al centro.
exercise-head-tilt-breathing = Respira lentamente e lascia scendere le spalle a ogni espirazione.
exercise-head-tilt-pace-tilt = inclina
exercise-head-tilt-pace-hold = tieni
exercise-head-tilt-pace-return = torna

## Ginocchio al petto

exercise-knee-to-chest-name = Ginocchio al petto
exercise-knee-to-chest-summary = Sulla schiena, abbraccia un ginocchio verso il petto e tieni.
exercise-knee-to-chest-spoken = Sulla schiena, tieni un ginocchio con entrambe le mani e avvicinalo con delicatezza al petto. Dovresti sentire un allungamento leggero, mai acuto.
exercise-knee-to-chest-step-1 = Sdraiati sulla schiena con entrambe le ginocchia piegate e i piedi appoggiati.
exercise-knee-to-chest-step-2 = Solleva un ginocchio e tienilo con entrambe le mani, dietro la coscia o sullo stinco.
exercise-knee-to-chest-step-3 = Avvicinalo con delicatezza al petto finché senti un allungamento leggero nella parte bassa della schiena.
exercise-knee-to-chest-step-4 = Tieni l'altro piede rilassato sul letto o sul pavimento.
exercise-knee-to-chest-step-5 = Abbassa la gamba lentamente prima di cambiare.
exercise-knee-to-chest-breathing = Respira lentamente e lascia che la schiena si ammorbidisca a ogni espirazione.
exercise-knee-to-chest-pace-draw-in = avvicina
exercise-knee-to-chest-pace-hold = tieni

## Alzarsi in sicurezza

exercise-log-roll-name = Alzarsi in sicurezza
exercise-log-roll-summary = Girati sul fianco, spingiti su con le braccia, porta le gambe fuori dal letto e alzati lentamente. La sera, fai lo stesso al contrario.
exercise-log-roll-spoken = Girati sul fianco in un unico blocco, spingiti su con le braccia e lascia scendere le gambe. Resta a sedere un momento, poi alzati lentamente.
exercise-log-roll-step-1 = Piega le ginocchia e girati sul fianco in un unico blocco, senza torcerti.
exercise-log-roll-step-2 = Spingiti su con le braccia fino a sederti.
exercise-log-roll-step-3 = Lascia scendere le gambe oltre il bordo del letto mentre ti tiri su.
exercise-log-roll-step-4 = Resta a sedere un momento, poi alzati lentamente.
exercise-log-roll-step-5 = Per sdraiarti la sera, fai il contrario: siediti, scendi sul fianco, poi girati sulla schiena.
exercise-log-roll-breathing = Espira mentre ti spingi su.
exercise-log-roll-pace-roll = girati
exercise-log-roll-pace-push-up = spingiti su
exercise-log-roll-pace-swing-legs = gambe giù
exercise-log-roll-pace-stand = alzati

## Libro aperto

exercise-open-book-name = Libro aperto
exercise-open-book-summary = Sdraiati sul fianco, apri il braccio di sopra come un libro, poi chiudilo.
exercise-open-book-spoken = Sdraiati sul fianco, le ginocchia unite e le braccia tese in avanti. Apri il braccio di sopra in alto e dall'altra parte mentre inspiri, e chiudilo mentre espiri.
exercise-open-book-step-1 = Sdraiati sul fianco con le ginocchia piegate e le braccia tese davanti a te, i palmi uniti.
exercise-open-book-step-2 = Tieni le ginocchia unite e appoggiate al pavimento.
exercise-open-book-step-3 = Solleva il braccio di sopra e aprilo in alto e dall'altra parte, girando il petto verso il soffitto.
exercise-open-book-step-4 = Segui la mano con lo sguardo e resta lì per un respiro lento.
exercise-open-book-step-5 = Riporta lentamente il braccio indietro per chiudere il libro.
exercise-open-book-breathing = Inspira mentre apri. Resta lì per un respiro tranquillo, fuori e dentro, poi espira mentre chiudi. Non trattenere mai il respiro.
exercise-open-book-pace-open = apri
exercise-open-book-pace-hold = tieni
exercise-open-book-pace-close = chiudi

## Plank sulle ginocchia

exercise-plank-knees-name = Plank sulle ginocchia
exercise-plank-knees-summary = Il plank più facile: sugli avambracci, tieni una linea dritta dalla testa alle ginocchia.
exercise-plank-knees-spoken = Su avambracci e ginocchia, solleva le anche fino a formare una linea dritta dalla testa alle ginocchia. Continua a respirare con calma.
exercise-plank-knees-step-1 = Sdraiati a pancia in giù e appoggiati sugli avambracci, i gomiti sotto le spalle.
exercise-plank-knees-step-2 = Tieni le ginocchia sul pavimento e solleva le anche.
exercise-plank-knees-step-3 = Forma una linea dritta dalla testa alle ginocchia.
exercise-plank-knees-step-4 = Quando il tempo è finito, scendi con attenzione.
exercise-plank-knees-breathing = Continua a respirare con calma per tutto il tempo.

## Plank

exercise-plank-name = Plank
exercise-plank-summary = Tieni il corpo in linea dritta su avambracci e punte dei piedi.
exercise-plank-spoken = Su avambracci e punte dei piedi, tieni il corpo in linea dritta, senza far cadere né alzare le anche. Continua a respirare con calma.
exercise-plank-step-1 = Sdraiati a pancia in giù e appoggiati sugli avambracci, i gomiti sotto le spalle.
exercise-plank-step-2 = Solleva le anche in modo che il corpo formi una linea dritta dalla testa ai talloni.
exercise-plank-step-3 = Tieni la pancia leggermente contratta e non lasciare che le anche cadano o salgano.
exercise-plank-step-4 = Quando il tempo è finito, scendi con attenzione.
exercise-plank-breathing = Continua a respirare con calma per tutto il tempo.

## Rilassamento muscolare progressivo

exercise-progressive-muscle-relaxation-name = Rilassamento muscolare progressivo
exercise-progressive-muscle-relaxation-summary = Contrai con delicatezza una parte del corpo, poi lasciala andare, dai piedi fino al viso.
exercise-progressive-muscle-relaxation-spoken = Contrai con delicatezza una parte del corpo mentre inspiri, poi lasciala andare mentre espiri. Comincia dai piedi e sali fino al viso.
exercise-progressive-muscle-relaxation-step-1 = Sdraiati comodamente e chiudi gli occhi, se vuoi.
exercise-progressive-muscle-relaxation-step-2 = Comincia dai piedi: contraili con delicatezza per circa cinque secondi.
exercise-progressive-muscle-relaxation-step-3 = Lascia andare tutto in una volta e senti i muscoli che si ammorbidiscono.
exercise-progressive-muscle-relaxation-step-4 = Sali poi alle gambe, alle anche, alla pancia, alle mani e alle spalle, e al viso, una parte alla volta.
exercise-progressive-muscle-relaxation-breathing = Inspira mentre contrai, espira lentamente mentre lasci andare.
exercise-progressive-muscle-relaxation-pace-tense = contrai
exercise-progressive-muscle-relaxation-pace-release = lascia andare

## Orologio delle scapole

exercise-scapular-clocks-name = Orologio delle scapole
exercise-scapular-clocks-summary = Muovi una scapola lentamente lungo il quadrante di un orologio: su, indietro, giù e avanti.
exercise-scapular-clocks-spoken = Siediti o stai in piedi con la schiena dritta e muovi lentamente una scapola lungo un cerchio: su, indietro, giù e avanti. Fai un cerchio piccolo e facile.
exercise-scapular-clocks-step-1 = Stai in piedi o siediti con la schiena dritta, le braccia morbide lungo il corpo.
exercise-scapular-clocks-step-2 = Solleva una spalla verso l'orecchio.
exercise-scapular-clocks-step-3 = Portala indietro, poi giù, poi avanti, come se disegnassi un cerchio.
exercise-scapular-clocks-step-4 = Tieni fermo il resto del corpo e il movimento lento.
exercise-scapular-clocks-breathing = Respira in modo regolare; non trattenere il respiro.
exercise-scapular-clocks-pace-up = su
exercise-scapular-clocks-pace-back = indietro
exercise-scapular-clocks-pace-down = giù
exercise-scapular-clocks-pace-forward = avanti

## Rematore per le spalle

exercise-shoulder-rows-name = Rematore per le spalle
exercise-shoulder-rows-summary = Porta i gomiti indietro e stringi le scapole tra loro, poi rilascia.
exercise-shoulder-rows-spoken = Siediti o stai in piedi con la schiena dritta. Mentre espiri, porta i gomiti indietro stringendo le scapole. Rilascia lentamente mentre inspiri.
exercise-shoulder-rows-step-1 = Siediti o stai in piedi con la schiena dritta, le braccia piegate lungo i fianchi.
exercise-shoulder-rows-step-2 = Tira i gomiti indietro, come se remassi su una barca.
exercise-shoulder-rows-step-3 = Stringi le scapole tra loro e verso il basso.
exercise-shoulder-rows-step-4 = Rilascia lentamente fino alla posizione di partenza.
exercise-shoulder-rows-breathing = Espira mentre tiri indietro, inspira mentre rilasci.
exercise-shoulder-rows-pace-pull = tira
exercise-shoulder-rows-pace-hold = tieni
exercise-shoulder-rows-pace-release = rilascia

## Rotazione delle ginocchia a pancia in su

exercise-supine-knee-twist-name = Rotazione delle ginocchia a pancia in su
exercise-supine-knee-twist-summary = Sulla schiena con le ginocchia piegate, lascia scendere entrambe le ginocchia da un lato, poi dall'altro.
exercise-supine-knee-twist-spoken = Sulla schiena con le ginocchia piegate, lascia scendere lentamente entrambe le ginocchia da un lato mentre espiri. Inspira mentre le riporti al centro.
exercise-supine-knee-twist-step-1 = Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati, le braccia aperte e appoggiate ai lati.
exercise-supine-knee-twist-step-2 = Tieni le ginocchia unite e lasciale scendere lentamente da un lato.
exercise-supine-knee-twist-step-3 = Tieni entrambe le spalle appoggiate e resta lì per un respiro.
exercise-supine-knee-twist-step-4 = Riporta le ginocchia al centro, poi lasciale scendere dall'altro lato.
exercise-supine-knee-twist-breathing = Espira mentre le ginocchia scendono, fai lì un respiro tranquillo, inspira mentre torni.
exercise-supine-knee-twist-pace-lower = abbassa
exercise-supine-knee-twist-pace-hold = tieni
exercise-supine-knee-twist-pace-return = torna
