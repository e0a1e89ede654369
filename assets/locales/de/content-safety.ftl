# Sicherheitstexte auf Deutsch, übersetzt aus en/content-safety.ftl (erzeugt aus assets/content/safety.json und den
# Hinweisen der Übungen). Jede Meldung hier hat eine Rückübersetzung ins Englische in back/content-safety.ftl; wer
# eine ändert, übersetzt sie neu zurück und vergleicht (README, "Languages").

## Hinweise zu den Übungen

exercise-abdominal-bracing-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-abdominal-bracing-caution-2 = Spanne nur sanft an, weit unter deiner vollen Kraft.
exercise-abdominal-bracing-caution-3 = Wenn du schwanger bist, lass diese Übung weg: Sie wird flach auf dem Rücken liegend gemacht, und das hältst du besser kurz, besonders nach der 16. Woche.
exercise-abdominal-bracing-caution-4 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-cat-cow-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-cat-cow-caution-2 = Wenn das Knien wehtut, leg ein gefaltetes Handtuch unter die Knie.
exercise-cat-cow-caution-3 = Wenn Vorbeugen deine Schmerzen verstärkt, mach den Rücken nur wenig rund.
exercise-cat-cow-caution-4 = Lass diese Übung weg, wenn du Osteoporose hast: Wenn du den Rücken rund machst, beugt sich die Wirbelsäule nach vorn.
exercise-cat-cow-caution-5 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-diaphragmatic-breathing-caution-1 = Hör auf, wenn deine Schmerzen stärker werden.
exercise-diaphragmatic-breathing-caution-2 = Wenn du dich benommen fühlst, atme einen Moment lang ganz normal.
exercise-diaphragmatic-breathing-caution-3 = Wenn du schwanger bist, leg dich auf die Seite statt flach auf den Rücken.
exercise-head-tilt-caution-1 = Hör auf, wenn die Schmerzen stärker werden, wenn dir schwindlig wird oder wenn Kribbeln, Taubheit oder Schwäche in einen Arm ziehen.
exercise-head-tilt-caution-2 = Neige den Kopf nur so weit, wie es angenehm ist; zieh ihn nicht mit der Hand.
exercise-head-tilt-caution-3 = Nach einer kürzlichen Operation oder einem Bruch an Hals oder Rücken lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-knee-to-chest-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-knee-to-chest-caution-2 = Zieh sanft; eine Dehnung soll sich leicht anfühlen, nie stechend.
exercise-knee-to-chest-caution-3 = Lass diese Übung weg, wenn du Osteoporose hast: Wenn du ein Knie an dich ziehst, beugt sich die Wirbelsäule nach vorn, und das kann das Risiko für einen Bruch in der Wirbelsäule erhöhen.
exercise-knee-to-chest-caution-4 = Lass diese Übung weg, wenn Vorbeugen deine Rückenschmerzen verstärkt.
exercise-knee-to-chest-caution-5 = Wenn du schwanger bist, lass diese Übung weg: Sie wird flach auf dem Rücken liegend gemacht.
exercise-knee-to-chest-caution-6 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-log-roll-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-log-roll-caution-2 = Bleib etwas länger sitzen, wenn dir vor dem Aufstehen schwindlig ist.
exercise-log-roll-caution-3 = Beug dich nicht aus der Taille nach vorn und beweg dich nicht ruckartig, wenn du ins Bett gehst oder aufstehst.
exercise-open-book-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen oder wenn ein Kribbeln in einen Arm zieht.
exercise-open-book-caution-2 = Öffne nur so weit, wie deine Schulter es zulässt; der Arm muss den Boden nicht berühren.
exercise-open-book-caution-3 = Lass diese Übung weg, wenn du Osteoporose hast: Sie dreht die Wirbelsäule.
exercise-open-book-caution-4 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-plank-knees-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-plank-knees-caution-2 = Leg ein gefaltetes Handtuch unter die Knie, wenn sie wehtun.
exercise-plank-knees-caution-3 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-plank-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-plank-caution-2 = Fang mit kurzem Halten an und steigere dich; nimm die Variante auf den Knien, wenn dir das zu viel ist.
exercise-plank-caution-3 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-progressive-muscle-relaxation-caution-1 = Hör auf, wenn deine Schmerzen stärker werden.
exercise-progressive-muscle-relaxation-caution-2 = Spanne nur sanft an; lass jede Stelle aus, die wehtut.
exercise-progressive-muscle-relaxation-caution-3 = Wenn du schwanger bist, leg dich auf die Seite statt flach auf den Rücken.
exercise-scapular-clocks-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder wenn Kribbeln, Taubheit oder Schwäche in einen Arm ziehen.
exercise-scapular-clocks-caution-2 = Halte den Kreis klein, wenn deine Schulter knackt oder schmerzt.
exercise-scapular-clocks-caution-3 = Nach einer kürzlichen Operation oder einem Bruch an Hals oder Rücken lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-shoulder-rows-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder wenn Kribbeln, Taubheit oder Schwäche in einen Arm ziehen.
exercise-shoulder-rows-caution-2 = Lass den Nacken locker und die Schultern weg von den Ohren.
exercise-shoulder-rows-caution-3 = Nach einer kürzlichen Operation oder einem Bruch an Hals oder Rücken lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.
exercise-supine-knee-twist-caution-1 = Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen.
exercise-supine-knee-twist-caution-2 = Lass die Knie nur so weit sinken, wie es angenehm ist; sie müssen nicht aufliegen.
exercise-supine-knee-twist-caution-3 = Lass diese Übung weg, wenn du Osteoporose hast: Sie dreht die Wirbelsäule.
exercise-supine-knee-twist-caution-4 = Wenn du schwanger bist, lass diese Übung weg: Sie wird flach auf dem Rücken liegend gemacht.
exercise-supine-knee-twist-caution-5 = Nach einer kürzlichen Operation am Rücken oder einem Bruch in der Wirbelsäule lass diese Übung weg, bis dein Chirurg oder deine Physiotherapeutin sagt, dass es in Ordnung ist.

## Der Sicherheitsleitfaden

safety-title = Sicherheit zuerst
safety-intro = Limber leitet dich bei sanfter Bewegung an. Es kann nicht erkennen, woher deine Schmerzen kommen. Die meisten Rückenschmerzen sind nicht ernst, aber bei manchen Anzeichen brauchst du fachliche Hilfe, und einige dulden keinen Aufschub.
safety-level-get-help-now-heading = Hol dir jetzt Hilfe
safety-level-get-help-now-action = Wenn du Rückenschmerzen hast und eines dieser Anzeichen, ruf den Notruf an (112 in Europa, 999 im Vereinigten Königreich, 911 in den USA und Kanada) oder lass dich noch heute von einem ärztlichen Notdienst oder deiner Arztpraxis untersuchen. Warte nicht ab, ob es vorbeigeht, und mach mit der Routine nicht weiter.
safety-sign-bladder-bowel = Neue Probleme beim Wasserlassen, oder du kannst Blase oder Darm nicht kontrollieren.
safety-sign-numb-saddle = Taubheit, Kribbeln oder ein Ameisenlaufen im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel.
safety-sign-both-legs = Schwäche, Taubheit oder Kribbeln in beiden Beinen, oder Beine, die immer schwächer werden.
safety-sign-after-fall = Die Schmerzen haben nach einem Sturz, einem Schlag auf den Rücken oder einem Unfall begonnen.
safety-sign-chest-pain = Schmerzen in der Brust zusammen mit den Rückenschmerzen.
safety-sign-fever-unwell = Hohes Fieber, oder dir ist heiß, du fröstelst oder fühlst dich sehr krank.
safety-sign-belly-throbbing = Ein pochender oder pulsierender Schmerz im Bauch.
safety-level-see-someone-soon-heading = Geh bald zu einer Ärztin, einem Arzt oder in die Physiotherapie
safety-level-see-someone-soon-action = Mach in den nächsten Tagen einen Termin, wenn eines dieser Anzeichen auf dich zutrifft. Beweg dich bis dahin weiter sanft und hör mit allem auf, was die Schmerzen verstärkt.
safety-sign-lasts-weeks = Die Schmerzen halten schon länger als ein paar Wochen an, obwohl du dich zu Hause darum gekümmert hast.
safety-sign-severe-or-worsening = Die Schmerzen sind stark oder werden immer schlimmer.
safety-sign-night-pain = Die Schmerzen sind nachts oder im Liegen schlimmer, oder sie wecken dich auf.
safety-sign-legs-numb-tingling-weak = Taubheit, Kribbeln oder Schwäche in einem Bein, oder Schmerzen, die bis unter das Knie ausstrahlen.
safety-sign-weight-loss = Du nimmst ab und weißt nicht, warum.
safety-sign-swelling = Eine Schwellung oder Rötung am Rücken.
safety-sign-wraps-around = Die Schmerzen ziehen um deine Seite herum, wie ein Band um den Körper.
safety-sign-nausea = Zu den Schmerzen kommt Übelkeit oder Erbrechen.
safety-sign-daily-life = Die Schmerzen machen gewöhnliche Tage schwer zu bewältigen.
safety-stop-if-worse = Hör mit jeder Übung auf, die deine Schmerzen verstärkt. Beweg dich langsam, nie federnd, und atme ganz normal weiter.
safety-not-medical-advice = Limber ist keine medizinische Beratung und ersetzt keine Fachleute aus dem Gesundheitswesen. Es bietet allgemeine, sanfte Routinen und Tipps für den Schlaf.
safety-stiff-mornings-ease = Steifigkeit gleich am Morgen ist häufig, und sie lässt oft nach, sobald du dich bewegst.
safety-keep-a-journal = Wenn du jeden Tag deine Schmerzen und deinen Schlaf notierst, hilft das dir und allen, die dich behandeln, zu sehen, was einen Unterschied macht.
