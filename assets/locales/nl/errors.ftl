error-not-found = { $what ->
        [exercise] Geen oefening met de naam “{ $id }”.
        [session] Geen sessie met de naam “{ $id }”.
        [own-routine] Je hebt geen routine met de naam “{ $id }”.
       *[routine] Geen routine met de naam “{ $id }”.
    }
error-as-said = { $text }
error-library = De ingebouwde oefeningenbibliotheek is ongeldig: { $detail }
error-data-dir = De gegevensmap is niet gevonden: { $detail }
error-internal = Er ging iets mis in Limber: { $detail }
