# De oefeningen: naam, samenvatting, de zin van de stemcoach (om hardop te zeggen), stappen, ademhaling en de
# korte woorden voor elke fase. Vertaald uit en/content-exercises.ftl; de waarschuwingen staan in
# content-safety.ftl.

## Buikspieren aanspannen

exercise-abdominal-bracing-name = Buikspieren aanspannen
exercise-abdominal-bracing-summary = Span op je rug zachtjes je buikspieren aan, houd de spanning vast terwijl je doorademt en ontspan dan.
exercise-abdominal-bracing-spoken = Ga op je rug liggen met je knieën gebogen en span zachtjes je buik aan. Blijf ademen terwijl je de spanning vasthoudt, en laat dan los.
exercise-abdominal-bracing-step-1 = Ga op je rug liggen met je knieën gebogen en je voeten plat.
exercise-abdominal-bracing-step-2 = Span zachtjes de spieren rond je buik aan, alsof je je klaarmaakt voor een licht porretje.
exercise-abdominal-bracing-step-3 = Houd je rug en heupen stil: niets hoeft naar beneden te drukken of omhoog te komen.
exercise-abdominal-bracing-step-4 = Houd de spanning vast terwijl je doorademt, en laat dan helemaal los.
exercise-abdominal-bracing-breathing = Blijf gewoon ademen terwijl je de spanning vasthoudt; houd je adem niet in.
exercise-abdominal-bracing-pace-brace = aanspannen
exercise-abdominal-bracing-pace-relax = ontspannen

## Kat-koe

exercise-cat-cow-name = Kat-koe
exercise-cat-cow-summary = Maak je rug langzaam hol en rond, op het ritme van je adem.
exercise-cat-cow-spoken = Kom op handen en knieën. Laat je buik zakken als je inademt, en maak je rug rond als je uitademt. Ga maar zo ver als prettig is.
exercise-cat-cow-step-1 = Begin op handen en knieën, handen onder je schouders en knieën onder je heupen.
exercise-cat-cow-step-2 = Adem in en laat je buik zakken terwijl je je borst en stuitje optilt.
exercise-cat-cow-step-3 = Adem uit en maak je rug rond naar het plafond, met je kin naar je borst.
exercise-cat-cow-step-4 = Beweeg langzaam en vloeiend, zonder ooit te veren.
exercise-cat-cow-step-5 = Ga maar zo ver als prettig voelt.
exercise-cat-cow-breathing = Adem in als je je rug hol maakt, adem uit als je hem rond maakt.
exercise-cat-cow-pace-cow = koe
exercise-cat-cow-pace-cat = kat

## Langzame buikademhaling

exercise-diaphragmatic-breathing-name = Langzame buikademhaling
exercise-diaphragmatic-breathing-summary = Adem langzaam naar je buik: 5 tellen in, 5 tellen uit.
exercise-diaphragmatic-breathing-spoken = Leg een hand op je buik en adem in door je neus, zodat je buik omhoogkomt. Adem langzaam uit en laat hem weer zakken.
exercise-diaphragmatic-breathing-step-1 = Ga op je rug liggen met je knieën gebogen, of op je zij als dat makkelijker is.
exercise-diaphragmatic-breathing-step-2 = Leg één hand op je borst en één op je buik.
exercise-diaphragmatic-breathing-step-3 = Adem in door je neus, zodat je buik omhoogkomt en je borst stil blijft.
exercise-diaphragmatic-breathing-step-4 = Adem langzaam uit en laat je buik zakken.
exercise-diaphragmatic-breathing-breathing = Ongeveer vijf seconden in door je neus, ongeveer vijf uit, zonder pauze en zonder je adem in te houden.
exercise-diaphragmatic-breathing-pace-breathe-in = inademen
exercise-diaphragmatic-breathing-pace-breathe-out = uitademen

## Hoofd kantelen

exercise-head-tilt-name = Hoofd kantelen
exercise-head-tilt-summary = Zit rechtop, kantel een oor naar je schouder en houd vast.
exercise-head-tilt-spoken = Zit rechtop en kantel langzaam een oor naar je schouder, tot je een zachte rek voelt. Breng je hoofd dan terug naar het midden.
exercise-head-tilt-step-1 = Zit rechtop met je schouders ontspannen en laag.
exercise-head-tilt-step-2 = Kantel langzaam je hoofd, zodat een oor naar de schouder aan dezelfde kant gaat.
exercise-head-tilt-step-3 = Stop waar je een zachte rek voelt langs de zijkant van je nek.
exercise-head-tilt-step-4 = Houd vast en breng je hoofd dan terug naar het midden.
exercise-head-tilt-breathing = Adem langzaam en laat je schouders zakken bij elke uitademing.
exercise-head-tilt-pace-tilt = kantelen
exercise-head-tilt-pace-hold = vasthouden
exercise-head-tilt-pace-return = terug

## Knie naar borst

exercise-knee-to-chest-name = Knie naar borst
exercise-knee-to-chest-summary = Trek op je rug een knie naar je borst en houd vast.
exercise-knee-to-chest-spoken = Pak op je rug één knie met beide handen vast en trek hem zachtjes naar je borst. De rek hoort mild aan te voelen, nooit scherp.
exercise-knee-to-chest-step-1 = Ga op je rug liggen met beide knieën gebogen en je voeten plat.
exercise-knee-to-chest-step-2 = Breng één knie omhoog en houd hem met beide handen vast achter je dijbeen of op je scheenbeen.
exercise-knee-to-chest-step-3 = Trek hem zachtjes naar je borst tot je een milde rek in je onderrug voelt.
exercise-knee-to-chest-step-4 = Houd je andere voet ontspannen op het bed of de vloer.
exercise-knee-to-chest-step-5 = Laat het been langzaam zakken voordat je wisselt.
exercise-knee-to-chest-breathing = Adem langzaam en laat je rug bij elke uitademing wat zachter worden.
exercise-knee-to-chest-pace-draw-in = aantrekken
exercise-knee-to-chest-pace-hold = vasthouden

## Veilig opstaan

exercise-log-roll-name = Veilig opstaan
exercise-log-roll-summary = Rol op je zij, duw jezelf omhoog met je armen, zwaai je benen uit bed en sta langzaam op. 's Avonds doe je het andersom.
exercise-log-roll-spoken = Rol in één geheel op je zij, duw jezelf omhoog met je armen en laat je benen naar beneden zwaaien. Blijf even zitten en sta dan langzaam op.
exercise-log-roll-step-1 = Buig je knieën en rol in één geheel op je zij, zonder te draaien.
exercise-log-roll-step-2 = Duw jezelf met je armen omhoog tot je zit.
exercise-log-roll-step-3 = Laat je benen over de rand van het bed zwaaien terwijl je omhoogkomt.
exercise-log-roll-step-4 = Blijf even zitten en sta dan langzaam op.
exercise-log-roll-step-5 = Om 's avonds te gaan liggen doe je het andersom: ga zitten, laat je op je zij zakken en rol dan op je rug.
exercise-log-roll-breathing = Adem uit terwijl je je opduwt.
exercise-log-roll-pace-roll = rollen
exercise-log-roll-pace-push-up = opduwen
exercise-log-roll-pace-swing-legs = benen zwaaien
exercise-log-roll-pace-stand = opstaan

## Open boek

exercise-open-book-name = Open boek
exercise-open-book-summary = Open op je zij je bovenste arm als een boek, en sluit hem weer.
exercise-open-book-spoken = Ga op je zij liggen, knieën tegen elkaar, armen voor je uit. Open je bovenste arm omhoog en naar achteren als je inademt, en sluit hem als je uitademt.
exercise-open-book-step-1 = Ga op je zij liggen met je knieën gebogen en je armen gestrekt voor je, handpalmen tegen elkaar.
exercise-open-book-step-2 = Houd je knieën tegen elkaar en op de vloer.
exercise-open-book-step-3 = Til je bovenste arm op en open hem omhoog en naar achteren, terwijl je borst naar het plafond draait.
exercise-open-book-step-4 = Volg je hand met je ogen en blijf daar één langzame ademhaling lang.
exercise-open-book-step-5 = Breng je arm langzaam terug om het boek te sluiten.
exercise-open-book-breathing = Adem in als je opent. Blijf daar één rustige ademhaling lang, uit en in, en adem dan uit als je sluit. Houd je adem nooit in.
exercise-open-book-pace-open = openen
exercise-open-book-pace-hold = vasthouden
exercise-open-book-pace-close = sluiten

## Plank op de knieën

exercise-plank-knees-name = Plank op de knieën
exercise-plank-knees-summary = De makkelijkere plank: houd op je onderarmen een rechte lijn van hoofd tot knieën.
exercise-plank-knees-spoken = Steun op je onderarmen en knieën en til je heupen op tot een rechte lijn van hoofd tot knieën. Blijf rustig doorademen.
exercise-plank-knees-step-1 = Ga op je buik liggen en steun op je onderarmen, ellebogen onder je schouders.
exercise-plank-knees-step-2 = Houd je knieën op de vloer en til je heupen op.
exercise-plank-knees-step-3 = Maak een rechte lijn van je hoofd tot je knieën.
exercise-plank-knees-step-4 = Kom voorzichtig naar beneden als de tijd om is.
exercise-plank-knees-breathing = Blijf de hele tijd rustig doorademen.

## Plank

exercise-plank-name = Plank
exercise-plank-summary = Houd je lichaam in een rechte lijn op je onderarmen en tenen.
exercise-plank-spoken = Steun op je onderarmen en tenen en houd je lichaam in een rechte lijn, zonder dat je heupen zakken of omhoogkomen. Blijf rustig doorademen.
exercise-plank-step-1 = Ga op je buik liggen en steun op je onderarmen, ellebogen onder je schouders.
exercise-plank-step-2 = Til je heupen op, zodat je lichaam een rechte lijn maakt van hoofd tot hielen.
exercise-plank-step-3 = Houd je buik zachtjes aangespannen en laat je heupen niet zakken of omhoogkomen.
exercise-plank-step-4 = Kom voorzichtig naar beneden als de tijd om is.
exercise-plank-breathing = Blijf de hele tijd rustig doorademen.

## Progressieve spierontspanning

exercise-progressive-muscle-relaxation-name = Progressieve spierontspanning
exercise-progressive-muscle-relaxation-summary = Span één deel van je lichaam zachtjes aan en laat het los, van je voeten tot je gezicht.
exercise-progressive-muscle-relaxation-spoken = Span zachtjes één deel van je lichaam aan als je inademt, en laat het los als je uitademt. Begin bij je voeten en ga omhoog tot je gezicht.
exercise-progressive-muscle-relaxation-step-1 = Ga lekker liggen en sluit je ogen als je wilt.
exercise-progressive-muscle-relaxation-step-2 = Begin bij je voeten: span ze ongeveer vijf seconden zachtjes aan.
exercise-progressive-muscle-relaxation-step-3 = Laat in één keer los en merk hoe de spieren zachter worden.
exercise-progressive-muscle-relaxation-step-4 = Ga omhoog naar je benen, heupen, buik, handen en schouders, en je gezicht, één voor één.
exercise-progressive-muscle-relaxation-breathing = Adem in als je aanspant, adem langzaam uit als je loslaat.
exercise-progressive-muscle-relaxation-pace-tense = aanspannen
exercise-progressive-muscle-relaxation-pace-release = loslaten

## Schouderbladklok

exercise-scapular-clocks-name = Schouderbladklok
exercise-scapular-clocks-summary = Laat één schouderblad langzaam een rondje over een wijzerplaat maken: omhoog, naar achteren, omlaag en naar voren.
exercise-scapular-clocks-spoken = Zit of sta rechtop en beweeg één schouderblad langzaam in een cirkel: omhoog, naar achteren, omlaag en naar voren. Houd de cirkel klein en licht.
exercise-scapular-clocks-step-1 = Sta of zit rechtop met je armen losjes langs je lichaam.
exercise-scapular-clocks-step-2 = Til één schouder op naar je oor.
exercise-scapular-clocks-step-3 = Trek hem naar achteren, dan omlaag, dan naar voren, alsof je een cirkel tekent.
exercise-scapular-clocks-step-4 = Houd de rest van je lichaam stil en de beweging langzaam.
exercise-scapular-clocks-breathing = Adem gelijkmatig; houd je adem niet in.
exercise-scapular-clocks-pace-up = omhoog
exercise-scapular-clocks-pace-back = naar achteren
exercise-scapular-clocks-pace-down = omlaag
exercise-scapular-clocks-pace-forward = naar voren

## Schouderroeien

exercise-shoulder-rows-name = Schouderroeien
exercise-shoulder-rows-summary = Trek je ellebogen naar achteren en knijp je schouderbladen samen, laat dan los.
exercise-shoulder-rows-spoken = Zit of sta rechtop en trek je ellebogen naar achteren, terwijl je je schouderbladen samenknijpt als je uitademt. Laat langzaam los als je inademt.
exercise-shoulder-rows-step-1 = Zit of sta rechtop met je armen gebogen langs je zij.
exercise-shoulder-rows-step-2 = Trek je ellebogen naar achteren, alsof je een boot roeit.
exercise-shoulder-rows-step-3 = Knijp je schouderbladen samen en naar beneden.
exercise-shoulder-rows-step-4 = Laat langzaam los tot je weer in de beginhouding bent.
exercise-shoulder-rows-breathing = Adem uit als je naar achteren trekt, adem in als je loslaat.
exercise-shoulder-rows-pace-pull = trekken
exercise-shoulder-rows-pace-hold = vasthouden
exercise-shoulder-rows-pace-release = loslaten

## Knieën opzij in rugligging

exercise-supine-knee-twist-name = Knieën opzij in rugligging
exercise-supine-knee-twist-summary = Laat op je rug, met je knieën gebogen, beide knieën naar de ene kant zakken, dan naar de andere.
exercise-supine-knee-twist-spoken = Lig op je rug met je knieën gebogen en laat beide knieën langzaam naar één kant zakken als je uitademt. Adem in terwijl je ze terugbrengt naar het midden.
exercise-supine-knee-twist-step-1 = Ga op je rug liggen met je knieën gebogen en je voeten plat, je armen opzij uitgestrekt.
exercise-supine-knee-twist-step-2 = Houd je knieën tegen elkaar en laat ze langzaam naar één kant zakken.
exercise-supine-knee-twist-step-3 = Laat beide schouders liggen en blijf daar één ademhaling lang.
exercise-supine-knee-twist-step-4 = Breng je knieën terug naar het midden en laat ze dan naar de andere kant zakken.
exercise-supine-knee-twist-breathing = Adem uit als de knieën zakken, neem daar één rustige ademhaling en adem in als je terugkomt.
exercise-supine-knee-twist-pace-lower = zakken
exercise-supine-knee-twist-pace-hold = vasthouden
exercise-supine-knee-twist-pace-return = terug
