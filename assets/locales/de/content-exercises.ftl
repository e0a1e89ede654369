# Die Übungen auf Deutsch, übersetzt aus en/content-exercises.ftl (erzeugt aus assets/exercises/*.json).
# Nach einer Änderung: node scripts/content-l10n.mjs --translated de

## Bauchspannung

exercise-abdominal-bracing-name = Bauchspannung
exercise-abdominal-bracing-summary = Spanne in Rückenlage sanft die Bauchmuskeln an und halte sie, während du weiteratmest. Dann lass locker.
exercise-abdominal-bracing-spoken = Leg dich auf den Rücken, die Knie angewinkelt, und spanne sanft den Bauch an. Atme weiter, während du hältst, und lass dann los.
exercise-abdominal-bracing-step-1 = Leg dich auf den Rücken, die Knie angewinkelt und die Füße flach aufgestellt.
exercise-abdominal-bracing-step-2 = Spanne die Muskeln rund um den Bauch sanft an, als würdest du dich auf einen leichten Stups vorbereiten.
exercise-abdominal-bracing-step-3 = Halte Rücken und Becken ruhig: Nichts muss nach unten drücken oder sich heben.
exercise-abdominal-bracing-step-4 = Halte die Spannung, während du weiteratmest, und lass dann ganz los.
exercise-abdominal-bracing-breathing = Atme ganz normal weiter, während du hältst; halte nicht die Luft an.
exercise-abdominal-bracing-pace-brace = anspannen
exercise-abdominal-bracing-pace-relax = lockerlassen

## Katze-Kuh

exercise-cat-cow-name = Katze-Kuh
exercise-cat-cow-summary = Mach deinen Rücken langsam hohl und rund, im Takt deines Atems.
exercise-cat-cow-spoken = Im Vierfüßlerstand lässt du beim Einatmen den Bauch sinken und machst beim Ausatmen den Rücken rund. Geh nur so weit, wie es angenehm ist.
exercise-cat-cow-step-1 = Geh in den Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften.
exercise-cat-cow-step-2 = Atme ein und lass den Bauch sinken, während du Brust und Steißbein anhebst.
exercise-cat-cow-step-3 = Atme aus und mach den Rücken rund zur Decke hin, das Kinn zur Brust.
exercise-cat-cow-step-4 = Bewege dich langsam und fließend, nie federnd.
exercise-cat-cow-step-5 = Geh nur so weit, wie es sich angenehm anfühlt.
exercise-cat-cow-breathing = Einatmen, wenn du den Rücken hohl machst, ausatmen, wenn du ihn rund machst.
exercise-cat-cow-pace-cow = Kuh
exercise-cat-cow-pace-cat = Katze

## Langsame Bauchatmung

exercise-diaphragmatic-breathing-name = Langsame Bauchatmung
exercise-diaphragmatic-breathing-summary = Atme langsam in den Bauch: 5 Sekunden ein, 5 Sekunden aus.
exercise-diaphragmatic-breathing-spoken = Leg eine Hand auf den Bauch und atme durch die Nase ein, sodass sich der Bauch hebt. Atme langsam aus und lass ihn sinken.
exercise-diaphragmatic-breathing-step-1 = Leg dich mit angewinkelten Knien auf den Rücken, oder auf die Seite, wenn das leichter ist.
exercise-diaphragmatic-breathing-step-2 = Leg eine Hand auf die Brust und eine auf den Bauch.
exercise-diaphragmatic-breathing-step-3 = Atme durch die Nase ein, sodass sich der Bauch hebt und die Brust ruhig bleibt.
exercise-diaphragmatic-breathing-step-4 = Atme langsam aus und lass den Bauch sinken.
exercise-diaphragmatic-breathing-breathing = Etwa fünf Sekunden durch die Nase ein, etwa fünf aus, ohne Pause und ohne die Luft anzuhalten.
exercise-diaphragmatic-breathing-pace-breathe-in = einatmen
exercise-diaphragmatic-breathing-pace-breathe-out = ausatmen

## Kopfneigen

exercise-head-tilt-name = Kopfneigen
exercise-head-tilt-summary = Setz dich aufrecht hin, neige ein Ohr zur Schulter und halte.
exercise-head-tilt-spoken = Setz dich aufrecht hin und neige ein Ohr langsam zur Schulter, nur bis zu einer sanften Dehnung. Dann bring den Kopf zurück zur Mitte.
exercise-head-tilt-step-1 = Setz dich aufrecht hin, die Schultern locker und unten.
exercise-head-tilt-step-2 = Neige den Kopf langsam, sodass ein Ohr zur Schulter auf derselben Seite wandert.
exercise-head-tilt-step-3 = Halte an, wo du eine sanfte Dehnung seitlich am Hals spürst.
exercise-head-tilt-step-4 = Halte die Position und bring den Kopf dann zurück zur Mitte.
exercise-head-tilt-breathing = Atme langsam und lass bei jedem Ausatmen die Schultern sinken.
exercise-head-tilt-pace-tilt = neigen
exercise-head-tilt-pace-hold = halten
exercise-head-tilt-pace-return = zurück

## Knie zur Brust

exercise-knee-to-chest-name = Knie zur Brust
exercise-knee-to-chest-summary = Zieh in Rückenlage ein Knie zur Brust und halte es.
exercise-knee-to-chest-spoken = Halte in Rückenlage ein Knie mit beiden Händen und zieh es sanft zur Brust. Die Dehnung soll sich leicht anfühlen, nie stechend.
exercise-knee-to-chest-step-1 = Leg dich auf den Rücken, beide Knie angewinkelt und die Füße flach aufgestellt.
exercise-knee-to-chest-step-2 = Heb ein Knie an und halte es mit beiden Händen hinter dem Oberschenkel oder am Schienbein.
exercise-knee-to-chest-step-3 = Zieh es sanft zur Brust, bis du eine leichte Dehnung im unteren Rücken spürst.
exercise-knee-to-chest-step-4 = Lass den anderen Fuß locker auf dem Bett oder dem Boden.
exercise-knee-to-chest-step-5 = Senk das Bein langsam ab, bevor du die Seite wechselst.
exercise-knee-to-chest-breathing = Atme langsam und lass den Rücken bei jedem Ausatmen weicher werden.
exercise-knee-to-chest-pace-draw-in = heranziehen
exercise-knee-to-chest-pace-hold = halten

## Sicher aufstehen

exercise-log-roll-name = Sicher aufstehen
exercise-log-roll-summary = Roll dich auf die Seite, drück dich mit den Armen hoch, schwing die Beine heraus und steh langsam auf. Abends in umgekehrter Reihenfolge.
exercise-log-roll-spoken = Roll dich in einem Stück auf die Seite, drück dich mit den Armen hoch und lass die Beine nach unten schwingen. Bleib kurz sitzen und steh dann langsam auf.
exercise-log-roll-step-1 = Winkle die Knie an und roll dich in einem Stück auf die Seite, ohne dich zu verdrehen.
exercise-log-roll-step-2 = Drück dich mit den Armen hoch zum Sitzen.
exercise-log-roll-step-3 = Lass die Beine über die Bettkante schwingen, während du hochkommst.
exercise-log-roll-step-4 = Bleib einen Moment sitzen und steh dann langsam auf.
exercise-log-roll-step-5 = Zum Hinlegen am Abend umgekehrt: hinsetzen, auf die Seite ablegen, dann auf den Rücken rollen.
exercise-log-roll-breathing = Atme aus, während du dich hochdrückst.
exercise-log-roll-pace-roll = rollen
exercise-log-roll-pace-push-up = hochdrücken
exercise-log-roll-pace-swing-legs = Beine schwingen
exercise-log-roll-pace-stand = aufstehen

## Offenes Buch

exercise-open-book-name = Offenes Buch
exercise-open-book-summary = Öffne in Seitenlage den oberen Arm wie ein Buch und schließ ihn wieder.
exercise-open-book-spoken = Leg dich auf die Seite, die Knie zusammen, die Arme nach vorn gestreckt. Öffne den oberen Arm beim Einatmen nach oben und hinüber und schließ ihn beim Ausatmen.
exercise-open-book-step-1 = Leg dich auf die Seite, die Knie angewinkelt und die Arme gerade nach vorn gestreckt, Handflächen aufeinander.
exercise-open-book-step-2 = Lass die Knie zusammen und auf dem Boden liegen.
exercise-open-book-step-3 = Heb den oberen Arm und öffne ihn nach oben und hinüber, sodass sich die Brust zur Decke dreht.
exercise-open-book-step-4 = Folge der Hand mit den Augen und bleib dort für einen langsamen Atemzug.
exercise-open-book-step-5 = Bring den Arm langsam zurück und schließ das Buch.
exercise-open-book-breathing = Atme beim Öffnen ein. Bleib dort für einen ruhigen Atemzug, aus und ein, und atme beim Schließen aus. Halte nie die Luft an.
exercise-open-book-pace-open = öffnen
exercise-open-book-pace-hold = halten
exercise-open-book-pace-close = schließen

## Unterarmstütz auf den Knien

exercise-plank-knees-name = Unterarmstütz auf den Knien
exercise-plank-knees-summary = Der leichtere Unterarmstütz: Halte deinen Körper auf den Unterarmen in einer geraden Linie vom Kopf bis zu den Knien.
exercise-plank-knees-spoken = Heb auf Unterarmen und Knien die Hüften an, bis Kopf und Knie eine gerade Linie bilden. Atme ruhig weiter.
exercise-plank-knees-step-1 = Leg dich auf den Bauch und stütz dich auf die Unterarme, die Ellbogen unter den Schultern.
exercise-plank-knees-step-2 = Lass die Knie auf dem Boden und heb die Hüften an.
exercise-plank-knees-step-3 = Bilde eine gerade Linie vom Kopf bis zu den Knien.
exercise-plank-knees-step-4 = Leg dich vorsichtig ab, wenn die Zeit um ist.
exercise-plank-knees-breathing = Atme die ganze Zeit ruhig weiter.

## Unterarmstütz

exercise-plank-name = Unterarmstütz
exercise-plank-summary = Halte deinen Körper auf Unterarmen und Zehen in einer geraden Linie.
exercise-plank-spoken = Halte deinen Körper auf Unterarmen und Zehen in einer geraden Linie, die Hüften weder durchhängend noch nach oben gestreckt. Atme ruhig weiter.
exercise-plank-step-1 = Leg dich auf den Bauch und stütz dich auf die Unterarme, die Ellbogen unter den Schultern.
exercise-plank-step-2 = Heb die Hüften an, sodass dein Körper eine gerade Linie vom Kopf bis zu den Fersen bildet.
exercise-plank-step-3 = Halte den Bauch sanft angespannt und lass die Hüften weder durchhängen noch nach oben gehen.
exercise-plank-step-4 = Leg dich vorsichtig ab, wenn die Zeit um ist.
exercise-plank-breathing = Atme die ganze Zeit ruhig weiter.

## Progressive Muskelentspannung

exercise-progressive-muscle-relaxation-name = Progressive Muskelentspannung
exercise-progressive-muscle-relaxation-summary = Spanne einen Körperteil sanft an und lass ihn dann los, von den Füßen bis zum Gesicht.
exercise-progressive-muscle-relaxation-spoken = Spanne beim Einatmen einen Körperteil sanft an und lass ihn beim Ausatmen los. Fang bei den Füßen an und arbeite dich bis zum Gesicht hoch.
exercise-progressive-muscle-relaxation-step-1 = Leg dich bequem hin und schließ die Augen, wenn du magst.
exercise-progressive-muscle-relaxation-step-2 = Fang mit den Füßen an: Spanne sie etwa fünf Sekunden lang sanft an.
exercise-progressive-muscle-relaxation-step-3 = Lass auf einmal los und spüre, wie die Muskeln weich werden.
exercise-progressive-muscle-relaxation-step-4 = Geh weiter nach oben zu Beinen, Hüften, Bauch, Händen und Schultern und zum Gesicht, eins nach dem anderen.
exercise-progressive-muscle-relaxation-breathing = Atme beim Anspannen ein und beim Loslassen langsam aus.
exercise-progressive-muscle-relaxation-pace-tense = anspannen
exercise-progressive-muscle-relaxation-pace-release = loslassen

## Schulterblatt-Uhr

exercise-scapular-clocks-name = Schulterblatt-Uhr
exercise-scapular-clocks-summary = Führe ein Schulterblatt langsam wie auf einem Zifferblatt herum: hoch, zurück, runter und nach vorn.
exercise-scapular-clocks-spoken = Setz oder stell dich aufrecht hin und führe ein Schulterblatt langsam im Kreis: hoch, zurück, runter und nach vorn. Halte den Kreis klein und leicht.
exercise-scapular-clocks-step-1 = Steh oder sitz aufrecht, die Arme hängen locker.
exercise-scapular-clocks-step-2 = Zieh eine Schulter hoch zum Ohr.
exercise-scapular-clocks-step-3 = Führe sie zurück, dann nach unten, dann nach vorn, als würdest du einen Kreis zeichnen.
exercise-scapular-clocks-step-4 = Halte den übrigen Körper ruhig und die Bewegung langsam.
exercise-scapular-clocks-breathing = Atme gleichmäßig; halte nicht die Luft an.
exercise-scapular-clocks-pace-up = hoch
exercise-scapular-clocks-pace-back = zurück
exercise-scapular-clocks-pace-down = runter
exercise-scapular-clocks-pace-forward = nach vorn

## Schulterrudern

exercise-shoulder-rows-name = Schulterrudern
exercise-shoulder-rows-summary = Zieh die Ellbogen nach hinten, drück die Schulterblätter zusammen und lass dann los.
exercise-shoulder-rows-spoken = Setz oder stell dich aufrecht hin und zieh beim Ausatmen die Ellbogen nach hinten, sodass sich die Schulterblätter zusammenziehen. Lass beim Einatmen langsam los.
exercise-shoulder-rows-step-1 = Sitz oder steh aufrecht, die Arme seitlich angewinkelt.
exercise-shoulder-rows-step-2 = Zieh die Ellbogen nach hinten, als würdest du rudern.
exercise-shoulder-rows-step-3 = Drück die Schulterblätter zusammen und nach unten.
exercise-shoulder-rows-step-4 = Lass langsam los, zurück in die Ausgangsposition.
exercise-shoulder-rows-breathing = Atme beim Zurückziehen aus und beim Loslassen ein.
exercise-shoulder-rows-pace-pull = ziehen
exercise-shoulder-rows-pace-hold = halten
exercise-shoulder-rows-pace-release = loslassen

## Kniekippen in Rückenlage

exercise-supine-knee-twist-name = Kniekippen in Rückenlage
exercise-supine-knee-twist-summary = Lass in Rückenlage mit angewinkelten Knien beide Knie zu einer Seite sinken, dann zur anderen.
exercise-supine-knee-twist-spoken = Lass in Rückenlage mit angewinkelten Knien beim Ausatmen beide Knie langsam zu einer Seite sinken. Atme ein, während du sie zurück zur Mitte bringst.
exercise-supine-knee-twist-step-1 = Leg dich auf den Rücken, die Knie angewinkelt und die Füße flach aufgestellt, die Arme seitlich abgelegt.
exercise-supine-knee-twist-step-2 = Lass die Knie zusammen und sie langsam zu einer Seite sinken.
exercise-supine-knee-twist-step-3 = Lass beide Schultern aufliegen und bleib dort für einen Atemzug.
exercise-supine-knee-twist-step-4 = Bring die Knie zurück zur Mitte und lass sie dann zur anderen Seite sinken.
exercise-supine-knee-twist-breathing = Atme aus, während die Knie sinken, nimm dort einen ruhigen Atemzug und atme ein, während du zurückkommst.
exercise-supine-knee-twist-pace-lower = sinken lassen
exercise-supine-knee-twist-pace-hold = halten
exercise-supine-knee-twist-pace-return = zurück
