# Die eingebauten Routinen auf Deutsch, übersetzt aus en/content-routines.ftl (erzeugt aus assets/routines/*.json).
# Eigene Routinen behalten die Worte, die ihnen jemand gegeben hat; nur diese hier werden übersetzt.

routine-bedtime-wind-down-name = Zur Ruhe kommen am Abend
routine-bedtime-wind-down-copy-name = Zur Ruhe kommen am Abend (meine Version)
routine-bedtime-wind-down-description = Etwa zehn Minuten langsames Atmen, sanftes Dehnen und Entspannen, damit dein Rücken vor dem Schlafen zur Ruhe kommt. Dunkle den Bildschirm ab und mach es auf dem Boden oder im Bett.
routine-morning-mobility-name = Beweglich in den Morgen
routine-morning-mobility-copy-name = Beweglich in den Morgen (meine Version)
routine-morning-mobility-description = Ein paar sanfte Bewegungen im Bett gegen die Morgensteifigkeit, ein sicherer Weg aufzustehen, dann Katze-Kuh und offenes Buch auf dem Boden oder einem festen Bett. Lass dir Zeit: Nach einer ruhigen Nacht sind die Gelenke oft steif.
routine-two-minute-reset-name = 2-Minuten-Pause
routine-two-minute-reset-copy-name = Meine 2-Minuten-Pause
routine-two-minute-reset-description = Eine kurze Pause für deinen Rücken: ein paar langsame Atemzüge und leichte Bewegungen, wenn du zu lange stillgesessen hast.
routine-upper-back-neck-name = Oberer Rücken und Nacken
routine-upper-back-neck-copy-name = Oberer Rücken und Nacken (meine Version)
routine-upper-back-neck-description = Lockere einen steifen oberen Rücken und Nacken mit langsamen Bewegungen, die du zu Hause oder in einer Pause machen kannst.
