# De slaapgids: houdingen, kussens, de checklist voor vannacht, tips en de matras. Vertaald uit
# en/content-sleep.ftl. De vakjes van vannacht zijn in de ik-vorm ("mijn knieën").

sleep-title = Slaapomgeving
sleep-intro = Hoe je 's nachts ligt, kan je rug 's ochtends stijf maken. Een paar kussens op de juiste plekken helpen vaak.
sleep-neutral-spine-title = Het doel: een neutrale wervelkolom
sleep-neutral-spine-text = Je nek en rug horen te rusten zonder grote buiging of draaiing, zodat de druk zich gelijkmatig verdeelt. Dat is belangrijker dan één perfecte houding vinden. Op je zij liggen is vaak de makkelijkste manier om daar te komen.

## Op je zij slapen

sleep-position-side-name = Op je zij
sleep-position-side-figure-label = Iemand die op de zij ligt met een kussen tussen de knieën, de knieën licht gebogen, met een kussen in de armen
sleep-position-side-summary = Vaak de makkelijkste houding voor een neutrale wervelkolom.
sleep-setup-side-knee-pillow-what = Een kussen tussen je knieën
sleep-setup-side-knee-pillow-why = Zo blijven je heupen recht boven elkaar en draait je onderrug niet.
sleep-setup-side-knees-bent-what = Je knieën een beetje opgetrokken naar je borst
sleep-setup-side-knees-bent-why = Een lichte buiging haalt spanning van je onderrug.
sleep-setup-side-hug-pillow-what = Een kussen voor je om vast te houden
sleep-setup-side-hug-pillow-why = Zo rollen je bovenste schouder en je borst niet naar voren en draait je bovenrug niet.
sleep-setup-side-back-pillow-what = Als je wilt: een lang kussen achter je rug
sleep-setup-side-back-pillow-why = Als je 's nachts vaak op je rug rolt, herinnert het je er zachtjes aan om op je zij te blijven.
sleep-setup-side-head-pillow-what = Een dikker hoofdkussen
sleep-setup-side-head-pillow-why = Het hoort de ruimte tussen je oor en je schouder te vullen, zodat je hoofd in één lijn blijft met je wervelkolom.
sleep-note-side-hip-shoulder = Problemen met je heup of schouder kunnen op je zij liggen oncomfortabel maken. Doet het pijn, probeer dan op je rug te liggen.
sleep-tonight-side-knee-pillow = Kussen tussen mijn knieën
sleep-tonight-side-hug-pillow = Kussen om vast te houden
sleep-tonight-side-head-pillow = Hoofdkussen vult de ruimte tot mijn schouder

## Op je rug slapen

sleep-position-back-name = Op je rug
sleep-position-back-figure-label = Iemand die op de rug ligt met een kussen onder de knieën en een opgerolde handdoek onder de onderrug
sleep-position-back-summary = Een goede houding als je knieën en onderrug ondersteund worden.
sleep-setup-back-knee-pillow-what = Een kussen (of twee) onder je knieën
sleep-setup-back-knee-pillow-why = Gebogen knieën halen druk van je onderrug.
sleep-setup-back-towel-roll-what = Een klein kussen of een opgerolde handdoek onder het holle deel van je onderrug
sleep-setup-back-towel-roll-why = Zit er ruimte onder je onderrug, dan ondersteunt het opvullen daarvan de natuurlijke kromming.
sleep-setup-back-head-pillow-what = Een middeldik hoofdkussen
sleep-setup-back-head-pillow-why = Het hoort de kromming van je nek te ondersteunen. Te veel kussens duwen je kin naar je borst.
sleep-note-back-try-side = Doet op je rug liggen nog steeds pijn, probeer dan je zij met een kussen tussen je knieën.
sleep-tonight-back-knee-pillow = Kussen onder mijn knieën
sleep-tonight-back-towel-roll = Opgerolde handdoek onder mijn onderrug, als er ruimte is
sleep-tonight-back-head-pillow = Eén middeldik hoofdkussen

## Op je buik slapen

sleep-position-stomach-name = Op je buik
sleep-position-stomach-figure-label = Iemand die op de buik ligt met een dun kussen onder de heupen en een dun hoofdkussen
sleep-position-stomach-summary = De zwaarste houding voor je rug. Kun je alleen zo in slaap vallen, maak het dan wat zachter voor je rug.
sleep-setup-stomach-pelvis-pillow-what = Een dun kussen onder je heupen en onderbuik
sleep-setup-stomach-pelvis-pillow-why = Het vermindert de holling in je onderrug.
sleep-setup-stomach-head-pillow-what = Een dun hoofdkussen, of geen
sleep-setup-stomach-head-pillow-why = Een dik kussen buigt je nek naar achteren. Gebruik je twee kussens, haal er dan een weg.
sleep-note-stomach-change-habit = Om de gewoonte te veranderen: begin de nacht op je zij met een lang lichaamskussen in je armen, of draag een slaapshirt met een zak aan de voorkant met een tennisbal erin, zodat op je buik rollen onprettig voelt.
sleep-tonight-stomach-pelvis-pillow = Dun kussen onder mijn heupen
sleep-tonight-stomach-head-pillow = Dun hoofdkussen, of geen
sleep-tonight-stomach-body-pillow = Lichaamskussen om op mijn zij te beginnen

## Als de houding wisselt

sleep-varies-name = Wisselend
sleep-varies-text = Van houding wisselen tijdens de nacht is normaal en kan helpen. Richt je bed in voor de houding waarin je begint, en houd een extra kussen binnen handbereik, zodat je het tussen of onder je knieën kunt leggen als je draait.
sleep-tonight-varies-knee-pillow = Extra kussen binnen handbereik voor mijn knieën
sleep-tonight-varies-head-pillow = Hoofdkussen houdt mijn hoofd in één lijn met mijn wervelkolom

## Tips

sleep-tip-try-pillow-heights = Probeer wat uit met je hoofdkussen: een beetje hoger of lager kan echt verschil maken voor je nek.
sleep-tip-change-positions = 's Nachts van houding wisselen is prima en kan de druk op vermoeide spieren verlichten.

## De matras

sleep-mattress-title = Je matras
sleep-mattress-signs-worn-title = Tekenen van slijtage
sleep-mattress-signs-worn-text = De matras zakt in of heeft een kuil waar je ligt, of is bobbelig geworden. Een versleten matras laat je wervelkolom uit de lijn buigen.
sleep-mattress-check-6-8-years-title = Controleer hem elke 6 tot 8 jaar
sleep-mattress-check-6-8-years-text = Bekijk minstens zo vaak in wat voor staat hij is; misschien ondersteunt hij je niet meer zoals vroeger.
sleep-mattress-firmness-title = Niet te zacht, niet te hard
sleep-mattress-firmness-text = Een matras die te zacht of te hard is, kan allebei pijn doen. Veel mensen met rugpijn hebben liever een middelstevige, maar de beste is de matras waarop je comfortabel ligt met een neutrale wervelkolom.
sleep-mattress-test-title = Zo test je er een
sleep-mattress-test-text = Trek je schoenen uit en ga een paar minuten in je gewone slaaphouding liggen. Je wervelkolom hoort even recht te blijven als wanneer je goed staat. Bedden bij vrienden of in hotels zijn ook gratis tests.
sleep-mattress-rotate-topper-title = Als hij inzakt
sleep-mattress-rotate-topper-text = Draai hem regelmatig om, of leg er een topper op. Wil je weten of een steviger bed zou helpen, probeer dan een paar nachten met de matras op de vloer.
sleep-mattress-new-system-title = Een nieuw bed kan helpen
sleep-mattress-new-system-text = In één onderzoek had bijna 63% van de mensen minder pijn onder in de rug na de overstap op een nieuwe matras en bedbodem.
sleep-mattress-not-only-cause-title = Zelden de enige oorzaak
sleep-mattress-not-only-cause-text = Kijk ook naar je dagen voordat je een nieuwe koopt: lang zitten, stress en te weinig beweging maken vaak meer uit dan de matras.
