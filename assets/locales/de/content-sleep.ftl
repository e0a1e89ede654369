# Die Schlafeinrichtung auf Deutsch, übersetzt aus en/content-sleep.ftl (erzeugt aus assets/content/sleep-setup.json).

sleep-title = Gut gebettet
sleep-intro = Wie du nachts liegst, kann deinen Rücken am Morgen steif machen. Ein paar Kissen an den richtigen Stellen helfen oft.
sleep-neutral-spine-title = Das Ziel: eine neutrale Wirbelsäule
sleep-neutral-spine-text = Nacken und Rücken sollten ohne starke Biegung oder Drehung liegen, damit sich der Druck gleichmäßig verteilt. Das ist wichtiger, als die eine perfekte Position zu finden. Auf der Seite gelingt das oft am leichtesten.

## Seitenlage

sleep-position-side-name = Auf der Seite
sleep-position-side-figure-label = Eine Person liegt auf der Seite, ein Kissen zwischen den Knien, die Knie leicht angewinkelt, und umarmt ein Kissen
sleep-position-side-summary = Oft die leichteste Position für eine neutrale Wirbelsäule.
sleep-setup-side-knee-pillow-what = Ein Kissen zwischen den Knien
sleep-setup-side-knee-pillow-why = Es hält deine Hüften waagerecht, sodass sich der untere Rücken nicht verdreht.
sleep-setup-side-knees-bent-what = Die Knie ein wenig zur Brust angezogen
sleep-setup-side-knees-bent-why = Eine leichte Beugung entlastet den unteren Rücken.
sleep-setup-side-hug-pillow-what = Ein Kissen zum Umarmen vor dir
sleep-setup-side-hug-pillow-why = Es verhindert, dass obere Schulter und Brust nach vorn kippen und den oberen Rücken verdrehen.
sleep-setup-side-back-pillow-what = Wenn du magst: ein langes Kissen hinter dem Rücken
sleep-setup-side-back-pillow-why = Wenn du nachts gern auf den Rücken rollst, erinnert es dich sanft daran, auf der Seite zu bleiben.
sleep-setup-side-head-pillow-what = Ein dickeres Kopfkissen
sleep-setup-side-head-pillow-why = Es sollte die Lücke zwischen Ohr und Schulter füllen, damit dein Kopf in einer Linie mit der Wirbelsäule bleibt.
sleep-note-side-hip-shoulder = Probleme mit Hüfte oder Schulter können die Seitenlage unbequem machen. Wenn es wehtut, versuch es stattdessen auf dem Rücken.
sleep-tonight-side-knee-pillow = Kissen zwischen meinen Knien
sleep-tonight-side-hug-pillow = Kissen zum Umarmen
sleep-tonight-side-head-pillow = Kopfkissen füllt die Lücke zur Schulter

## Rückenlage

sleep-position-back-name = Auf dem Rücken
sleep-position-back-figure-label = Eine Person liegt auf dem Rücken, ein Kissen unter den Knien und ein gerolltes Handtuch unter dem unteren Rücken
sleep-position-back-summary = Eine gute Position, wenn Knie und unterer Rücken gestützt sind.
sleep-setup-back-knee-pillow-what = Ein Kissen (oder zwei) unter den Knien
sleep-setup-back-knee-pillow-why = Angewinkelte Knie nehmen Druck vom unteren Rücken.
sleep-setup-back-towel-roll-what = Ein kleines Kissen oder ein gerolltes Handtuch unter dem Hohlkreuz
sleep-setup-back-towel-roll-why = Wenn unter dem unteren Rücken eine Lücke ist, stützt das Füllen seine natürliche Krümmung.
sleep-setup-back-head-pillow-what = Ein mittelhohes Kopfkissen
sleep-setup-back-head-pillow-why = Es sollte die Krümmung deines Nackens stützen. Zu viele Kissen drücken das Kinn zur Brust.
sleep-note-back-try-side = Wenn das Liegen auf dem Rücken trotzdem wehtut, versuch die Seite mit einem Kissen zwischen den Knien.
sleep-tonight-back-knee-pillow = Kissen unter meinen Knien
sleep-tonight-back-towel-roll = Gerolltes Handtuch unter meinem unteren Rücken, wenn dort eine Lücke ist
sleep-tonight-back-head-pillow = Ein mittelhohes Kopfkissen

## Bauchlage

sleep-position-stomach-name = Auf dem Bauch
sleep-position-stomach-figure-label = Eine Person liegt auf dem Bauch, ein dünnes Kissen unter den Hüften und ein dünnes Kopfkissen
sleep-position-stomach-summary = Die Position, die den Rücken am meisten belastet. Wenn du nur so einschlafen kannst, mach sie sanfter.
sleep-setup-stomach-pelvis-pillow-what = Ein dünnes Kissen unter Hüften und Unterbauch
sleep-setup-stomach-pelvis-pillow-why = Es verringert das Hohlkreuz im unteren Rücken.
sleep-setup-stomach-head-pillow-what = Ein dünnes Kopfkissen oder keins
sleep-setup-stomach-head-pillow-why = Ein dickes Kissen biegt den Nacken nach hinten. Wenn du zwei Kissen nimmst, lass eins weg.
sleep-note-stomach-change-habit = Um dir die Gewohnheit abzugewöhnen: Beginn die Nacht auf der Seite mit einem langen Seitenschläferkissen im Arm, oder trag ein Schlafshirt mit einer Tasche vorn und steck einen Tennisball hinein, sodass sich das Rollen auf den Bauch unbequem anfühlt.
sleep-tonight-stomach-pelvis-pillow = Dünnes Kissen unter meinen Hüften
sleep-tonight-stomach-head-pillow = Dünnes Kopfkissen oder keins
sleep-tonight-stomach-body-pillow = Seitenschläferkissen, um auf der Seite anzufangen

## Wechselnd

sleep-varies-name = Unterschiedlich
sleep-varies-text = Die Position in der Nacht zu wechseln ist normal und kann helfen. Richte dich für die Position ein, in der du anfängst, und leg ein Ersatzkissen in Reichweite, damit du es beim Umdrehen zwischen oder unter die Knie legen kannst.
sleep-tonight-varies-knee-pillow = Ersatzkissen für meine Knie in Reichweite
sleep-tonight-varies-head-pillow = Kopfkissen hält meinen Kopf in einer Linie mit der Wirbelsäule

## Tipps

sleep-tip-try-pillow-heights = Probier verschiedene Kopfkissen aus: Etwas höher oder niedriger kann für deinen Nacken einen echten Unterschied machen.
sleep-tip-change-positions = Sich in der Nacht umzulagern ist in Ordnung und kann müde Muskeln entlasten.

## Die Matratze

sleep-mattress-title = Deine Matratze
sleep-mattress-signs-worn-title = Zeichen, dass sie durchgelegen ist
sleep-mattress-signs-worn-text = Sie hängt durch oder hat eine Kuhle, wo du liegst, oder sie ist klumpig geworden. Auf einer durchgelegenen Matratze biegt sich die Wirbelsäule aus der Linie.
sleep-mattress-check-6-8-years-title = Alle 6 bis 8 Jahre prüfen
sleep-mattress-check-6-8-years-text = Schau dir ihren Zustand mindestens so oft an; vielleicht stützt sie dich nicht mehr so wie früher.
sleep-mattress-firmness-title = Nicht zu weich, nicht zu hart
sleep-mattress-firmness-text = Eine zu weiche und eine zu harte Matratze können beide Schmerzen machen. Viele Menschen mit Rückenschmerzen mögen mittelfest am liebsten, aber die beste ist die, auf der du bequem mit neutraler Wirbelsäule liegst.
sleep-mattress-test-title = So testest du eine
sleep-mattress-test-text = Zieh die Schuhe aus und leg dich ein paar Minuten in deine gewohnte Schlafposition. Deine Wirbelsäule sollte so gerade bleiben wie bei einer guten Haltung im Stehen. Betten bei Freunden oder im Hotel sind auch kostenlose Tests.
sleep-mattress-rotate-topper-title = Wenn sie durchhängt
sleep-mattress-rotate-topper-text = Dreh sie regelmäßig um oder leg einen Topper darauf. Um zu sehen, ob ein festeres Bett helfen würde, schlaf ein paar Nächte mit der Matratze auf dem Boden.
sleep-mattress-new-system-title = Ein neues Bett kann helfen
sleep-mattress-new-system-text = In einer Studie hatten fast 63 % der Menschen weniger Schmerzen im unteren Rücken, nachdem sie zu einer neuen Matratze mit neuem Unterbau gewechselt hatten.
sleep-mattress-not-only-cause-title = Selten die einzige Ursache
sleep-mattress-not-only-cause-text = Bevor du eine neue kaufst, schau auch auf deine Tage: Langes Sitzen, Stress und zu wenig Bewegung sind oft wichtiger als die Matratze.
