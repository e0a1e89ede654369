problem-disk-full-title = De schijf met de gegevens van Limber is vol.
problem-disk-full-advice = { $readable ->
        [yes] Er is niets verloren gegaan.
       *[no] Er is niets verloren gegaan: je gegevens staan nog in die map, en Limber opent ze zodra er weer ruimte is.
    } Alles wat je nu nieuw doet, blijft bewaard zolang Limber open is, en Limber probeert het om de paar seconden op te slaan. Maak ruimte vrij op die schijf (leeg de prullenbak of verwijder grote bestanden die je niet meer nodig hebt), dan slaat Limber vanzelf op.
problem-read-only-title = Limber kan niet opslaan: de gegevensmap is alleen-lezen.
problem-read-only-advice = { $readable ->
        [yes] Er is niets verloren gegaan: je gegevens staan er nog.
       *[no] Er is niets verloren gegaan: je gegevens staan nog in die map, en Limber opent ze zodra dat kan.
    } Alles wat je nu nieuw doet, blijft bewaard zolang Limber open is, en Limber probeert het om de paar seconden op te slaan. Maak de map weer beschrijfbaar (controleer of de schijf niet alleen-lezen is gekoppeld en of de map van jouw gebruiker is), dan slaat Limber vanzelf op.
problem-busy-title = Een ander programma gebruikt het gegevensbestand van Limber.
problem-busy-advice = Er is niets verloren gegaan. Alles wat je nu nieuw doet, blijft bewaard zolang Limber open is, en Limber probeert het om de paar seconden op te slaan. Het wordt vanzelf opgeslagen zodra het andere programma het bestand loslaat; gebeurt dat niet, sluit dan programma's die het bestand open kunnen hebben (een back-up- of synchronisatieprogramma, een databaseviewer, een tweede Limber).
problem-unavailable-title = Limber kan zijn gegevens nu niet gebruiken.
problem-unavailable-advice = { $readable ->
        [yes] Er is niets verwijderd.
       *[no] Er is niets verwijderd: je gegevens staan nog in die map.
    } Alles wat je nu nieuw doet, blijft bewaard zolang Limber open is, en Limber probeert het om de paar seconden op te slaan.
problem-sentence = { $title } De map is { $folder }. { $advice } (Details: { $detail }.)

problem-disk-full-waiting = De schijf met de gegevens van Limber is vol. Limber bewaart dit en probeert het om de paar seconden opnieuw: maak ruimte vrij op die schijf, dan wordt het vanzelf opgeslagen. Laat Limber tot dan open.
problem-read-only-waiting = De gegevensmap van Limber is alleen-lezen. Limber bewaart dit en probeert het om de paar seconden opnieuw: maak de map weer beschrijfbaar, dan wordt het vanzelf opgeslagen. Laat Limber tot dan open.
problem-busy-waiting = Een ander programma gebruikt het gegevensbestand van Limber. Limber bewaart dit en probeert het om de paar seconden opnieuw: het wordt vanzelf opgeslagen zodra het andere programma het bestand loslaat. Laat Limber tot dan open.
problem-unavailable-waiting = Limber kan zijn gegevens nu niet gebruiken. Het bewaart dit en probeert het om de paar seconden opnieuw. Laat Limber open tot het is opgeslagen.

problem-disk-full-refused = Niet opgeslagen: de schijf met de gegevens van Limber is vol. Maak ruimte vrij op die schijf en probeer het opnieuw.
problem-read-only-refused = Niet opgeslagen: de gegevensmap van Limber is alleen-lezen. Maak hem weer beschrijfbaar en probeer het opnieuw.

session-not-saved = De sessie kon niet worden opgeslagen: { $detail }.
