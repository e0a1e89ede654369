# Veiligheidsteksten in het Nederlands, vertaald uit en/content-safety.ftl (gemaakt uit assets/content/safety.json en
# de waarschuwingen van de oefeningen). Elk bericht hier heeft een terugvertaling in het Engels in
# back/content-safety.ftl; wie er een wijzigt, vertaalt het opnieuw terug en vergelijkt (README, "Languages").

## Waarschuwingen bij de oefeningen

exercise-abdominal-bracing-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-abdominal-bracing-caution-2 = Span zachtjes aan, ver onder je volle kracht.
exercise-abdominal-bracing-caution-3 = Ben je zwanger, laat deze oefening dan weg: je doet hem plat op je rug liggend, en dat houd je het best kort, vooral na 16 weken.
exercise-abdominal-bracing-caution-4 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-cat-cow-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-cat-cow-caution-2 = Doet knielen pijn, leg dan een opgevouwen handdoek onder je knieën.
exercise-cat-cow-caution-3 = Maakt voorover buigen je pijn erger, houd de ronding dan klein.
exercise-cat-cow-caution-4 = Laat deze oefening weg als je osteoporose hebt: als je je rug rond maakt, buigt de wervelkolom naar voren.
exercise-cat-cow-caution-5 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-diaphragmatic-breathing-caution-1 = Stop als je pijn erger wordt.
exercise-diaphragmatic-breathing-caution-2 = Voel je je licht in je hoofd, adem dan even gewoon.
exercise-diaphragmatic-breathing-caution-3 = Ben je zwanger, ga dan op je zij liggen in plaats van plat op je rug.
exercise-head-tilt-caution-1 = Stop als de pijn erger wordt, als je duizelig wordt, of als tintelingen, een doof gevoel of zwakte door een arm naar beneden trekken.
exercise-head-tilt-caution-2 = Kantel je hoofd alleen zo ver als prettig is; trek er niet aan met je hand.
exercise-head-tilt-caution-3 = Laat deze oefening weg na een recente operatie of een breuk in je nek of rug, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-knee-to-chest-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-knee-to-chest-caution-2 = Trek zachtjes; een rek hoort mild aan te voelen, nooit scherp.
exercise-knee-to-chest-caution-3 = Laat deze oefening weg als je osteoporose hebt: als je een knie naar je toe trekt, buigt de wervelkolom naar voren, en dat kan de kans op een breuk in de wervelkolom vergroten.
exercise-knee-to-chest-caution-4 = Laat deze oefening weg als voorover buigen je rugpijn erger maakt.
exercise-knee-to-chest-caution-5 = Ben je zwanger, laat deze oefening dan weg: je doet hem plat op je rug liggend.
exercise-knee-to-chest-caution-6 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-log-roll-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-log-roll-caution-2 = Blijf wat langer zitten als je je duizelig voelt voordat je gaat staan.
exercise-log-roll-caution-3 = Buig niet voorover vanuit je middel en beweeg niet met een ruk als je in bed gaat liggen of uit bed komt.
exercise-open-book-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt, of als tintelingen door een arm naar beneden trekken.
exercise-open-book-caution-2 = Open alleen zo ver als je schouder toelaat; je arm hoeft de vloer niet te raken.
exercise-open-book-caution-3 = Laat deze oefening weg als je osteoporose hebt: ze draait de wervelkolom.
exercise-open-book-caution-4 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-plank-knees-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-plank-knees-caution-2 = Leg een opgevouwen handdoek onder je knieën als ze pijn doen.
exercise-plank-knees-caution-3 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-plank-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-plank-caution-2 = Begin met kort vasthouden en bouw het op; neem de versie op je knieën als dit te veel is.
exercise-plank-caution-3 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-progressive-muscle-relaxation-caution-1 = Stop als je pijn erger wordt.
exercise-progressive-muscle-relaxation-caution-2 = Span zachtjes aan; sla elke plek over die pijn doet.
exercise-progressive-muscle-relaxation-caution-3 = Ben je zwanger, ga dan op je zij liggen in plaats van plat op je rug.
exercise-scapular-clocks-caution-1 = Stop als de pijn erger wordt, of als tintelingen, een doof gevoel of zwakte door een arm naar beneden trekken.
exercise-scapular-clocks-caution-2 = Houd de cirkel klein als je schouder klikt of pijn doet.
exercise-scapular-clocks-caution-3 = Laat deze oefening weg na een recente operatie of een breuk in je nek of rug, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-shoulder-rows-caution-1 = Stop als de pijn erger wordt, of als tintelingen, een doof gevoel of zwakte door een arm naar beneden trekken.
exercise-shoulder-rows-caution-2 = Houd je nek ontspannen en je schouders weg van je oren.
exercise-shoulder-rows-caution-3 = Laat deze oefening weg na een recente operatie of een breuk in je nek of rug, tot je chirurg of fysiotherapeut zegt dat het goed is.
exercise-supine-knee-twist-caution-1 = Stop als de pijn erger wordt of naar een been uitstraalt.
exercise-supine-knee-twist-caution-2 = Laat je knieën maar zo ver zakken als prettig is; ze hoeven de ondergrond niet te raken.
exercise-supine-knee-twist-caution-3 = Laat deze oefening weg als je osteoporose hebt: ze draait de wervelkolom.
exercise-supine-knee-twist-caution-4 = Ben je zwanger, laat deze oefening dan weg: je doet hem plat op je rug liggend.
exercise-supine-knee-twist-caution-5 = Laat deze oefening weg na een recente rugoperatie of een breuk in je wervelkolom, tot je chirurg of fysiotherapeut zegt dat het goed is.

## De veiligheidsgids

safety-title = Veiligheid eerst
safety-intro = Limber begeleidt je bij rustig bewegen. Het kan niet zien waar je pijn vandaan komt. De meeste rugpijn is niet ernstig, maar bij sommige signalen heb je deskundige hulp nodig, en een paar kunnen niet wachten.
safety-level-get-help-now-heading = Zoek nu hulp
safety-level-get-help-now-action = Heb je rugpijn en een van deze signalen, bel dan het alarmnummer (112 in Europa, 999 in het Verenigd Koninkrijk, 911 in de Verenigde Staten en Canada) of laat je vandaag nog onderzoeken door een spoedpost of je huisarts. Wacht niet af of het overgaat, en ga niet door met de routine.
safety-sign-bladder-bowel = Nieuwe problemen met plassen, of je hebt je blaas of darmen niet onder controle.
safety-sign-numb-saddle = Een doof gevoel, tintelingen of prikkelingen rond je geslachtsdelen, je billen of aan de binnenkant van je dijen.
safety-sign-both-legs = Zwakte, een doof gevoel of tintelingen in beide benen, of benen die steeds zwakker worden.
safety-sign-after-fall = De pijn begon na een val, een klap op je rug of een ongeluk.
safety-sign-chest-pain = Pijn op de borst, samen met de rugpijn.
safety-sign-fever-unwell = Hoge koorts, of je voelt je heet, rillerig of erg ziek.
safety-sign-belly-throbbing = Een kloppende of pulserende pijn in je buik.
safety-level-see-someone-soon-heading = Ga binnenkort naar een arts of fysiotherapeut
safety-level-see-someone-soon-action = Maak in de komende dagen een afspraak als een van deze signalen voor jou geldt. Blijf tot dan rustig bewegen en stop met alles wat de pijn erger maakt.
safety-sign-lasts-weeks = De pijn duurt al langer dan een paar weken, ook al heb je thuis zelf voor je rug gezorgd.
safety-sign-severe-or-worsening = De pijn is hevig, of wordt steeds erger.
safety-sign-night-pain = De pijn is erger 's nachts of als je ligt, of je wordt er wakker van.
safety-sign-legs-numb-tingling-weak = Een doof gevoel, tintelingen of zwakte in één been, of pijn die uitstraalt tot onder de knie.
safety-sign-weight-loss = Je valt af en je kunt niet verklaren waarom.
safety-sign-swelling = Een zwelling of roodheid op je rug.
safety-sign-wraps-around = De pijn trekt om je zij heen, als een band om je lichaam.
safety-sign-nausea = Bij de pijn ben je misselijk of moet je overgeven.
safety-sign-daily-life = Door de pijn kom je gewone dagen moeilijk door.
safety-stop-if-worse = Stop met elke oefening die je pijn erger maakt. Beweeg langzaam, veer nooit en blijf gewoon ademen.
safety-not-medical-advice = Limber is geen medisch advies en vervangt geen zorgverlener. Het biedt algemene, rustige routines en slaaptips.
safety-stiff-mornings-ease = 's Ochtends meteen stijf zijn komt vaak voor, en het wordt vaak minder zodra je gaat bewegen.
safety-keep-a-journal = Als je elke dag je pijn en je slaap noteert, helpt dat jou, en iedereen die je behandelt, te zien wat verschil maakt.
