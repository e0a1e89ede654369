# La guida al sonno in italiano, tradotta da en/content-sleep.ftl (generato da assets/content/sleep-setup.json).
# Dopo una modifica: node scripts/content-l10n.mjs --translated it

sleep-title = Dormire bene
sleep-intro = Il modo in cui stai a letto di notte può lasciarti la schiena rigida al mattino. Qualche cuscino nei punti giusti spesso aiuta.
sleep-neutral-spine-title = L'obiettivo: una colonna in posizione neutra
sleep-neutral-spine-text = Il collo e la schiena dovrebbero riposare senza forti piegamenti o torsioni, così la pressione si distribuisce in modo uniforme. Questo conta più che trovare una posizione perfetta. Dormire sul fianco è spesso il modo più facile per arrivarci.

## Sul fianco

sleep-position-side-name = Sul fianco
sleep-position-side-figure-label = Una persona sdraiata sul fianco con un cuscino tra le ginocchia, le ginocchia leggermente piegate, che abbraccia un cuscino
sleep-position-side-summary = Spesso la posizione più facile per una colonna neutra.
sleep-setup-side-knee-pillow-what = Un cuscino tra le ginocchia
sleep-setup-side-knee-pillow-why = Tiene le anche allineate, così la parte bassa della schiena non si torce.
sleep-setup-side-knees-bent-what = Le ginocchia un po' raccolte verso il petto
sleep-setup-side-knees-bent-why = Piegarle leggermente toglie sforzo alla parte bassa della schiena.
sleep-setup-side-hug-pillow-what = Un cuscino da abbracciare davanti a te
sleep-setup-side-hug-pillow-why = Evita che la spalla e il petto di sopra ruotino in avanti e torcano la parte alta della schiena.
sleep-setup-side-back-pillow-what = Facoltativo: un cuscino lungo dietro la schiena
sleep-setup-side-back-pillow-why = Se di notte tendi a girarti sulla schiena, ti ricorda con delicatezza di restare sul fianco.
sleep-setup-side-head-pillow-what = Un cuscino per la testa più alto
sleep-setup-side-head-pillow-why = Dovrebbe riempire lo spazio tra l'orecchio e la spalla, così la testa resta in linea con la colonna.
sleep-note-side-hip-shoulder = Problemi all'anca o alla spalla possono rendere scomodo dormire sul fianco. Se fa male, prova invece a dormire sulla schiena.
sleep-tonight-side-knee-pillow = Cuscino tra le ginocchia
sleep-tonight-side-hug-pillow = Cuscino da abbracciare
sleep-tonight-side-head-pillow = Il cuscino per la testa riempie lo spazio fino alla spalla

## Sulla schiena

sleep-position-back-name = Sulla schiena
sleep-position-back-figure-label = Una persona sdraiata sulla schiena con un cuscino sotto le ginocchia e un asciugamano arrotolato sotto la parte bassa della schiena
sleep-position-back-summary = Una buona posizione quando le ginocchia e la parte bassa della schiena sono sostenute.
sleep-setup-back-knee-pillow-what = Un cuscino (o due) sotto le ginocchia
sleep-setup-back-knee-pillow-why = Le ginocchia piegate tolgono pressione alla parte bassa della schiena.
sleep-setup-back-towel-roll-what = Un cuscino piccolo o un asciugamano arrotolato sotto la parte più incurvata della schiena
sleep-setup-back-towel-roll-why = Se resta uno spazio sotto la parte bassa della schiena, riempirlo ne sostiene la curva naturale.
sleep-setup-back-head-pillow-what = Un cuscino per la testa di media altezza
sleep-setup-back-head-pillow-why = Dovrebbe sostenere la curva del collo. Troppi cuscini spingono il mento verso il petto.
sleep-note-back-try-side = Se stare sulla schiena ti fa ancora male, prova sul fianco con un cuscino tra le ginocchia.
sleep-tonight-back-knee-pillow = Cuscino sotto le ginocchia
sleep-tonight-back-towel-roll = Asciugamano arrotolato sotto la parte bassa della schiena, se c'è uno spazio
sleep-tonight-back-head-pillow = Un cuscino per la testa di media altezza

## A pancia in giù

sleep-position-stomach-name = A pancia in giù
sleep-position-stomach-figure-label = Una persona sdraiata a pancia in giù con un cuscino sottile sotto le anche e un cuscino sottile per la testa
sleep-position-stomach-summary = La posizione più faticosa per la schiena. Se è l'unico modo in cui riesci ad addormentarti, rendila più delicata.
sleep-setup-stomach-pelvis-pillow-what = Un cuscino sottile sotto le anche e il basso ventre
sleep-setup-stomach-pelvis-pillow-why = Riduce l'arco nella parte bassa della schiena.
sleep-setup-stomach-head-pillow-what = Un cuscino sottile per la testa, o nessuno
sleep-setup-stomach-head-pillow-why = Un cuscino alto piega il collo all'indietro. Se ne usi due, togline uno.
sleep-note-stomach-change-habit = Per cambiare abitudine: inizia la notte sul fianco abbracciando un cuscino lungo, oppure indossa una maglia da notte con una tasca davanti e mettici una pallina da tennis, così girarti a pancia in giù diventa scomodo.
sleep-tonight-stomach-pelvis-pillow = Cuscino sottile sotto le anche
sleep-tonight-stomach-head-pillow = Cuscino sottile per la testa, o nessuno
sleep-tonight-stomach-body-pillow = Cuscino lungo per iniziare sul fianco

## Quando la posizione cambia

sleep-varies-name = Dipende
sleep-varies-text = Cambiare posizione durante la notte è normale e può aiutare. Prepara il letto per la posizione in cui ti addormenti e tieni un cuscino in più a portata di mano, da mettere tra le ginocchia o sotto di esse quando ti giri.
sleep-tonight-varies-knee-pillow = Un cuscino in più a portata di mano per le ginocchia
sleep-tonight-varies-head-pillow = Il cuscino tiene la testa in linea con la colonna

## Consigli

sleep-tip-try-pillow-heights = Fai qualche prova con il cuscino per la testa: un po' più alto o più basso può fare una vera differenza per il collo.
sleep-tip-change-positions = Cambiare posizione durante la notte va bene e può alleviare la pressione sui muscoli stanchi.

## Il materasso

sleep-mattress-title = Il tuo materasso
sleep-mattress-signs-worn-title = Segni di usura
sleep-mattress-signs-worn-text = Cede o si avvalla dove ti sdrai, oppure è diventato bitorzoluto. Un materasso consumato lascia che la colonna si pieghi fuori asse.
sleep-mattress-check-6-8-years-title = Controllalo ogni 6-8 anni
sleep-mattress-check-6-8-years-text = Verifica il suo stato almeno con questa frequenza; potrebbe non sostenerti più come prima.
sleep-mattress-firmness-title = Né troppo morbido né troppo duro
sleep-mattress-firmness-text = Un materasso troppo morbido o troppo duro può fare male in entrambi i casi. Molte persone con mal di schiena preferiscono una rigidità media, ma il migliore è quello che ti fa stare comodamente con la colonna in posizione neutra.
sleep-mattress-test-title = Come provarne uno
sleep-mattress-test-text = Togliti le scarpe e sdraiati nella tua solita posizione per qualche minuto. La colonna dovrebbe restare dritta come quando stai in piedi bene. Anche i letti a casa di amici o in albergo sono prove gratuite.
sleep-mattress-rotate-topper-title = Se cede
sleep-mattress-rotate-topper-text = Giralo regolarmente, oppure aggiungi un topper. Per capire se un letto più rigido ti aiuterebbe, prova qualche notte con il materasso sul pavimento.
sleep-mattress-new-system-title = Un letto nuovo può aiutare
sleep-mattress-new-system-text = In uno studio, quasi il 63% delle persone ha avuto meno dolore lombare dopo il passaggio a un materasso e una rete nuovi.
sleep-mattress-not-only-cause-title = Raramente è l'unica causa
sleep-mattress-not-only-cause-text = Prima di comprarne uno nuovo, guarda anche alle tue giornate: le lunghe ore da seduti, lo stress e poco movimento spesso contano più del materasso.
