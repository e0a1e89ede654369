problem-disk-full-title = Der Datenträger mit Limbers Daten ist voll.
problem-disk-full-advice = { $readable ->
        [yes] Es ist nichts verloren gegangen.
       *[no] Es ist nichts verloren gegangen: Deine Daten liegen noch in diesem Ordner, und Limber öffnet sie, sobald wieder Platz ist.
    } Alles Neue, was du tust, bleibt erhalten, solange Limber geöffnet ist, und Limber versucht alle paar Sekunden, es zu speichern. Schaffe auf diesem Datenträger Platz (leere den Papierkorb oder lösche große Dateien, die du nicht mehr brauchst), dann speichert Limber von selbst.
problem-read-only-title = Limber kann nicht speichern: Sein Datenordner ist schreibgeschützt.
problem-read-only-advice = { $readable ->
        [yes] Es ist nichts verloren gegangen: Deine Daten sind noch da.
       *[no] Es ist nichts verloren gegangen: Deine Daten liegen noch in diesem Ordner, und Limber öffnet sie, sobald es kann.
    } Alles Neue, was du tust, bleibt erhalten, solange Limber geöffnet ist, und Limber versucht alle paar Sekunden, es zu speichern. Mach den Ordner wieder beschreibbar (prüfe, dass sein Datenträger nicht schreibgeschützt eingebunden ist und dass der Ordner deinem Benutzer gehört), dann speichert Limber von selbst.
problem-busy-title = Ein anderes Programm benutzt Limbers Datendatei.
problem-busy-advice = Es ist nichts verloren gegangen. Alles Neue, was du tust, bleibt erhalten, solange Limber geöffnet ist, und Limber versucht alle paar Sekunden, es zu speichern. Es wird von selbst gespeichert, sobald das andere Programm die Datei freigibt; passiert das nicht, schließe Programme, die die Datei geöffnet haben könnten (ein Sicherungs- oder Sync-Programm, einen Datenbank-Betrachter, ein zweites Limber).
problem-unavailable-title = Limber kann seine Daten gerade nicht verwenden.
problem-unavailable-advice = { $readable ->
        [yes] Es wurde nichts gelöscht.
       *[no] Es wurde nichts gelöscht: Deine Daten liegen noch in diesem Ordner.
    } Alles Neue, was du tust, bleibt erhalten, solange Limber geöffnet ist, und Limber versucht alle paar Sekunden, es zu speichern.
problem-sentence = { $title } Der Ordner ist { $folder }. { $advice } (Details: { $detail }.)

problem-disk-full-waiting = Der Datenträger mit Limbers Daten ist voll. Limber behält das und versucht es alle paar Sekunden erneut: Schaffe auf diesem Datenträger Platz, dann wird es von selbst gespeichert. Lass Limber bis dahin geöffnet.
problem-read-only-waiting = Limbers Datenordner ist schreibgeschützt. Limber behält das und versucht es alle paar Sekunden erneut: Mach den Ordner wieder beschreibbar, dann wird es von selbst gespeichert. Lass Limber bis dahin geöffnet.
problem-busy-waiting = Ein anderes Programm benutzt Limbers Datendatei. Limber behält das und versucht es alle paar Sekunden erneut: Es wird von selbst gespeichert, sobald das andere Programm die Datei freigibt. Lass Limber bis dahin geöffnet.
problem-unavailable-waiting = Limber kann seine Daten gerade nicht verwenden. Es behält das und versucht es alle paar Sekunden erneut. Lass Limber geöffnet, bis es gespeichert ist.

problem-disk-full-refused = Nicht gespeichert: Der Datenträger mit Limbers Daten ist voll. Schaffe auf diesem Datenträger Platz und versuche es noch einmal.
problem-read-only-refused = Nicht gespeichert: Limbers Datenordner ist schreibgeschützt. Mach ihn wieder beschreibbar und versuche es noch einmal.

session-not-saved = Die Einheit konnte nicht gespeichert werden: { $detail }.
