# Il menu e la scheda del centro software; scripts/desktop-l10n.mjs scrive entrambi a partire da questi testi.

desktop-generic-name = Routine per la schiena
desktop-comment = Routine delicate per la schiena, la sera e la mattina
desktop-keywords = schiena;dolore;mal di schiena;rigidità;allungamento;stretching;mobilità;sera;rilassamento;mattina;sonno;routine;esercizio;
desktop-action-bedtime = Inizia il rilassamento serale
desktop-action-morning = Inizia la routine di mobilità del mattino

appstream-summary = Routine delicate della sera e del mattino per una schiena rigida
appstream-intro =
    Limber ti guida in un rilassamento tranquillo prima di dormire e in una breve routine di mobilità al risveglio,
    per una schiena rigida o dolorante. Ogni esercizio ha un timer, un'illustrazione semplice e segnali sonori
    delicati, così puoi seguirlo anche con lo schermo attenuato.
appstream-feature-bedtime = Un rilassamento serale con respirazione lenta e allungamenti delicati, sul pavimento o a letto
appstream-feature-morning = Pochi minuti di mobilità al mattino che iniziano a letto, e un modo sicuro per alzarsi
appstream-feature-reminders = Promemoria puntuali anche quando cambiano il fuso orario o l'ora legale
appstream-feature-journal = Un diario del dolore e del sonno, serie e obiettivi settimanali per capire cosa aiuta
appstream-feature-advice = Consigli su posizioni per dormire, cuscini e materassi
appstream-privacy =
    Limber rispetta la tua riservatezza: funziona senza connessione e conserva i tuoi dati sul tuo computer.
    Non costituisce consulenza medica; ti dice quando rivolgerti a un professionista.
appstream-keywords = mal di schiena;allungamento;mobilità;ora di dormire;sonno;routine
