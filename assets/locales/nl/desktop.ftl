# Het menu-item en de vermelding in het softwarecentrum; scripts/desktop-l10n.mjs schrijft beide uit deze teksten.

desktop-generic-name = Routines voor je rug
desktop-comment = Rustige routines voor je rug, 's avonds en 's ochtends
desktop-keywords = rug;rugpijn;pijn;stijf;rekken;stretchen;mobiliteit;bedtijd;ontspannen;ochtend;slaap;routine;oefening;
desktop-action-bedtime = Avondontspanning starten
desktop-action-morning = Ochtendroutine voor soepelheid starten

appstream-summary = Rustige routines voor een stijve rug, 's avonds en 's ochtends
appstream-intro =
    Limber begeleidt je voor het slapengaan door een rustige avondontspanning en na het wakker worden door een
    korte routine voor soepelheid, voor een rug die stijf of pijnlijk is. Elke oefening heeft een timer, een
    eenvoudige illustratie en zachte geluidssignalen, zodat je ook met een gedimd scherm kunt meedoen.
appstream-feature-bedtime = Een avondontspanning met rustig ademen en zachte rekoefeningen, op de vloer of in bed
# Safety text; back-translation into English: "A few minutes of moving in the morning, starting in bed, and a safe way to get up"
appstream-feature-morning = Een paar minuten bewegen in de ochtend, beginnend in bed, en een veilige manier om op te staan
appstream-feature-reminders = Herinneringen die op tijd blijven, ook bij andere tijdzones en de overstap naar zomer- of wintertijd
appstream-feature-journal = Een dagboek voor pijn en slaap, reeksen en weekdoelen, zodat je ziet wat helpt
appstream-feature-advice = Advies over slaaphoudingen, kussens en matrassen
# Safety text; back-translation into English: "Limber is private: it works offline and keeps your data on your computer. It is not medical advice; it tells you when you need to go to a healthcare provider."
appstream-privacy =
    Limber is privé: het werkt offline en houdt je gegevens op je computer. Het is geen medisch advies; het
    vertelt je wanneer je naar een zorgverlener moet gaan.
appstream-keywords = rugpijn;rekken;mobiliteit;bedtijd;slaap;routine
