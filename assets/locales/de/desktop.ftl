# Der Menüeintrag und der Eintrag im Software-Center; scripts/desktop-l10n.mjs schreibt beide aus diesen Texten.

desktop-generic-name = Routinen für den Rücken
desktop-comment = Sanfte Routinen für den Rücken am Abend und am Morgen
desktop-keywords = Rücken;Rückenschmerzen;Schmerzen;steif;Dehnen;Mobilität;Abend;Entspannung;Morgen;Schlaf;Routine;Übung;
desktop-action-bedtime = Abendroutine starten
desktop-action-morning = Morgenroutine starten

appstream-summary = Sanfte Routinen am Abend und am Morgen für einen steifen Rücken
appstream-intro =
    Limber begleitet dich abends durch eine ruhige Routine zum Abschalten und morgens nach dem Aufwachen durch
    ein kurzes Mobilitätsprogramm – für einen steifen oder schmerzenden Rücken. Jede Übung hat einen Timer,
    eine einfache Abbildung und sanfte Töne, sodass du auch bei gedimmtem Bildschirm folgen kannst.
appstream-feature-bedtime = Eine Abendroutine mit langsamem Atmen und sanften Dehnungen, auf dem Boden oder im Bett
appstream-feature-morning = Ein paar Minuten Mobilität am Morgen, die im Bett beginnen, und ein sicherer Weg aufzustehen
appstream-feature-reminders = Erinnerungen, die auch über Zeitzonen und die Zeitumstellung hinweg pünktlich sind
appstream-feature-journal = Ein Tagebuch für Schmerzen und Schlaf, Serien und Wochenziele, damit du siehst, was hilft
appstream-feature-advice = Tipps zu Schlafpositionen, Kissen und Matratzen
appstream-privacy =
    Limber ist privat: Es funktioniert offline und behält deine Daten auf deinem Computer. Es ist keine ärztliche
    Beratung; es sagt dir, wann du dich an eine Fachperson wenden solltest.
appstream-keywords = Rückenschmerzen;Dehnen;Mobilität;Abendroutine;Schlaf;Routine
