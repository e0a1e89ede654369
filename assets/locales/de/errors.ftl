error-not-found = { $what ->
        [exercise] Es gibt keine Übung namens „{ $id }“.
        [session] Es gibt keine Einheit namens „{ $id }“.
        [own-routine] Du hast keine Routine namens „{ $id }“.
       *[routine] Es gibt keine Routine namens „{ $id }“.
    }
error-as-said = { $text }
error-library = Die eingebaute Übungsbibliothek ist fehlerhaft: { $detail }
error-data-dir = Der Datenordner wurde nicht gefunden: { $detail }
error-internal = In Limber ist etwas schiefgegangen: { $detail }
