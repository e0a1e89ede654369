# Testi di sicurezza in italiano, tradotti da en/content-safety.ftl (generato da assets/content/safety.json e dalle
# precauzioni degli esercizi). Ogni messaggio qui ha una retrotraduzione in inglese in back/content-safety.ftl; chi ne
# cambia uno la ritraduce e confronta (README, "Languages").

## Precauzioni degli esercizi

exercise-abdominal-bracing-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-abdominal-bracing-caution-2 = Contrai con delicatezza, ben al di sotto della tua forza massima.
exercise-abdominal-bracing-caution-3 = Se sei incinta, salta questo esercizio: si fa distesa sulla schiena, una posizione in cui è meglio restare poco, soprattutto dopo la sedicesima settimana.
exercise-abdominal-bracing-caution-4 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-cat-cow-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-cat-cow-caution-2 = Se stare in ginocchio ti fa male, metti un asciugamano piegato sotto le ginocchia.
exercise-cat-cow-caution-3 = Se piegarti in avanti peggiora il dolore, incurva la schiena solo un poco.
exercise-cat-cow-caution-4 = Salta questo esercizio se hai l'osteoporosi: incurvare la schiena piega la colonna in avanti.
exercise-cat-cow-caution-5 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-diaphragmatic-breathing-caution-1 = Fermati se il dolore peggiora.
exercise-diaphragmatic-breathing-caution-2 = Se senti la testa leggera, respira normalmente per un momento.
exercise-diaphragmatic-breathing-caution-3 = Se sei incinta, sdraiati sul fianco invece che distesa sulla schiena.
exercise-head-tilt-caution-1 = Fermati se il dolore peggiora, se ti gira la testa, o se formicolio, intorpidimento o debolezza scendono lungo un braccio.
exercise-head-tilt-caution-2 = Inclina la testa solo fin dove è comodo; non tirarla con la mano.
exercise-head-tilt-caution-3 = Dopo un intervento recente o una frattura al collo o alla schiena, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-knee-to-chest-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-knee-to-chest-caution-2 = Tira con delicatezza; dovresti sentire un allungamento leggero, mai acuto.
exercise-knee-to-chest-caution-3 = Salta questo esercizio se hai l'osteoporosi: abbracciare un ginocchio piega la colonna in avanti, e questo può aumentare il rischio di una frattura della colonna.
exercise-knee-to-chest-caution-4 = Salta questo esercizio se piegarti in avanti peggiora il mal di schiena.
exercise-knee-to-chest-caution-5 = Se sei incinta, salta questo esercizio: si fa distesa sulla schiena.
exercise-knee-to-chest-caution-6 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-log-roll-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-log-roll-caution-2 = Se ti gira la testa prima di alzarti in piedi, rimani a sedere ancora un po'.
exercise-log-roll-caution-3 = Non piegarti in avanti all'altezza della vita e non fare movimenti bruschi quando entri o esci dal letto.
exercise-open-book-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba, o se un formicolio scende lungo un braccio.
exercise-open-book-caution-2 = Apri solo fin dove la spalla lo permette; il braccio non deve per forza toccare il pavimento.
exercise-open-book-caution-3 = Salta questo esercizio se hai l'osteoporosi: ruota la colonna.
exercise-open-book-caution-4 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-plank-knees-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-plank-knees-caution-2 = Metti un asciugamano piegato sotto le ginocchia se ti fanno male.
exercise-plank-knees-caution-3 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-plank-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-plank-caution-2 = Inizia con tenute brevi e aumenta poco a poco; fai la versione sulle ginocchia se questa è troppo.
exercise-plank-caution-3 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-progressive-muscle-relaxation-caution-1 = Fermati se il dolore peggiora.
exercise-progressive-muscle-relaxation-caution-2 = Contrai con delicatezza; salta le zone che fanno male.
exercise-progressive-muscle-relaxation-caution-3 = Se sei incinta, sdraiati sul fianco invece che distesa sulla schiena.
exercise-scapular-clocks-caution-1 = Fermati se il dolore peggiora, o se formicolio, intorpidimento o debolezza scendono lungo un braccio.
exercise-scapular-clocks-caution-2 = Fai cerchi piccoli se la spalla scrocchia o fa male.
exercise-scapular-clocks-caution-3 = Dopo un intervento recente o una frattura al collo o alla schiena, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-shoulder-rows-caution-1 = Fermati se il dolore peggiora, o se formicolio, intorpidimento o debolezza scendono lungo un braccio.
exercise-shoulder-rows-caution-2 = Tieni il collo rilassato e le spalle lontane dalle orecchie.
exercise-shoulder-rows-caution-3 = Dopo un intervento recente o una frattura al collo o alla schiena, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.
exercise-supine-knee-twist-caution-1 = Fermati se il dolore peggiora o scende lungo una gamba.
exercise-supine-knee-twist-caution-2 = Abbassa le ginocchia solo fin dove è comodo; non devono per forza toccare terra.
exercise-supine-knee-twist-caution-3 = Salta questo esercizio se hai l'osteoporosi: ruota la colonna.
exercise-supine-knee-twist-caution-4 = Se sei incinta, salta questo esercizio: si fa distesa sulla schiena.
exercise-supine-knee-twist-caution-5 = Dopo un intervento recente alla schiena o una frattura della colonna, salta questo esercizio finché il tuo chirurgo o fisioterapista non ti dice che va bene.

## La guida alla sicurezza

safety-title = Prima di tutto, la sicurezza
safety-intro = Limber ti guida in movimenti delicati. Non può capire cosa causa il tuo dolore. La maggior parte dei mal di schiena non è grave, ma alcuni segnali richiedono un professionista, e alcuni non possono aspettare.
safety-level-get-help-now-heading = Chiedi aiuto subito
safety-level-get-help-now-action = Se hai mal di schiena e uno qualsiasi di questi segnali, chiama il numero di emergenza (112 in Europa, 999 nel Regno Unito, 911 negli Stati Uniti e in Canada) oppure fatti visitare oggi stesso da un servizio di cure urgenti o dal tuo medico. Non aspettare di vedere se passa, e non continuare la routine.
safety-sign-bladder-bowel = Nuove difficoltà a urinare, oppure non riesci a controllare la vescica o l'intestino.
safety-sign-numb-saddle = Intorpidimento, formicolio o una sensazione di punture di spillo intorno ai genitali, ai glutei o all'interno delle cosce.
safety-sign-both-legs = Debolezza, intorpidimento o formicolio in entrambe le gambe, oppure gambe che diventano sempre più deboli.
safety-sign-after-fall = Il dolore è iniziato dopo una caduta, un colpo alla schiena o un incidente.
safety-sign-chest-pain = Dolore al petto insieme al mal di schiena.
safety-sign-fever-unwell = Febbre alta, oppure hai caldo, hai i brividi o ti senti molto male.
safety-sign-belly-throbbing = Un dolore pulsante o martellante alla pancia.
safety-level-see-someone-soon-heading = Vai presto da un medico o da un fisioterapista
safety-level-see-someone-soon-action = Prendi un appuntamento nei prossimi giorni se uno qualsiasi di questi segnali vale per te. Fino ad allora, continua a muoverti con delicatezza e smetti di fare qualsiasi cosa che peggiori il dolore.
safety-sign-lasts-weeks = Il dolore dura da più di qualche settimana, anche se a casa ne hai avuto cura.
safety-sign-severe-or-worsening = Il dolore è intenso, oppure continua a peggiorare.
safety-sign-night-pain = Il dolore è peggiore di notte o quando ti sdrai, oppure ti sveglia.
safety-sign-legs-numb-tingling-weak = Intorpidimento, formicolio o debolezza in una gamba, oppure un dolore che scende sotto il ginocchio.
safety-sign-weight-loss = Stai perdendo peso e non sai spiegarti perché.
safety-sign-swelling = Gonfiore o arrossamento sulla schiena.
safety-sign-wraps-around = Il dolore gira intorno al fianco, come una fascia intorno al corpo.
safety-sign-nausea = Il dolore si accompagna a nausea o vomito.
safety-sign-daily-life = Il dolore rende difficile arrivare alla fine di una giornata normale.
safety-stop-if-worse = Interrompi qualsiasi esercizio che peggiora il dolore. Muoviti lentamente, senza mai molleggiare, e continua a respirare normalmente.
safety-not-medical-advice = Limber non è un consiglio medico e non sostituisce un professionista sanitario. Offre routine generali e delicate e consigli per il sonno.
safety-stiff-mornings-ease = La rigidità appena svegli è comune, e spesso si attenua quando inizi a muoverti.
safety-keep-a-journal = Annotare ogni giorno il dolore e il sonno aiuta te, e chiunque ti curi, a vedere cosa fa la differenza.
