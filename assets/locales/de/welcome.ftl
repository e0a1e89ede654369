welcome-step = Schritt { $step } von { $steps }
welcome-skip = Einrichtung überspringen

welcome-title-safety = Sicherheit zuerst
welcome-title-area = Wo tut es weh?
welcome-title-health = Trifft etwas davon auf dich zu?
welcome-title-sleep = Wie schläfst du meistens?
welcome-title-times = Wann schläfst du meistens?
welcome-title-plan = Dein Plan

welcome-safety-lead = Willkommen! Nach ein paar kurzen Fragen schlägt Limber dir einen Plan für den Abend und den Morgen vor, der deinem Rücken guttut. Das dauert etwa eine Minute. Zuerst die Warnzeichen, bei denen du dir fachliche Hilfe holen solltest:

welcome-area-lower-back = Unterer Rücken
welcome-area-lower-back-hint = Steif oder schmerzhaft um die Taille und darunter.
welcome-area-upper-back-neck = Oberer Rücken und Nacken
welcome-area-upper-back-neck-hint = Zwischen den Schulterblättern, an den Schultern oder im Nacken.
welcome-area-both = Beides
welcome-area-both-hint = Ein bisschen von beidem.

welcome-health-lead = Nicht jede Bewegung passt für alle. Kreuze an, was auf dich zutrifft, und Limber lässt diese Bewegungen in deinen Routinen weg.
welcome-condition-osteoporosis = Osteoporose oder Knochen, die leicht brechen
welcome-condition-osteoporosis-hint = Bewegungen, bei denen sich die Wirbelsäule nach vorn beugt oder dreht, werden weggelassen.
welcome-condition-surgery = Eine Operation an Rücken oder Nacken oder ein Wirbelbruch, von dem ich mich noch erhole
welcome-condition-surgery-hint = Nur Atmung, Entspannung und sicheres Aufstehen bleiben, bis dein Chirurg oder deine Physiotherapeutin sagt, dass mehr in Ordnung ist.
welcome-condition-pregnancy = Ich bin schwanger
welcome-condition-pregnancy-hint = Bewegungen in flacher Rückenlage werden weggelassen.
welcome-condition-bending = Meine Rückenschmerzen werden schlimmer, wenn ich mich nach vorn beuge
welcome-condition-bending-hint = Die Knie-zur-Brust-Dehnung wird weggelassen.
welcome-condition-none = Nichts davon
welcome-health-hint = Nicht sicher? Frag in deiner Arzt- oder Physiotherapiepraxis nach. Du kannst deine Antworten später in den Einstellungen ändern.

welcome-sleep-lead = Die meisten Menschen bewegen sich nachts viel. Wähle die Position, in der du einschläfst.

welcome-bedtime = Übliche Schlafenszeit
welcome-wake-time = Übliche Aufstehzeit
welcome-days = An welchen Tagen?
welcome-morning-cue = Erinnere mich an die Morgenroutine
welcome-cue-after-waking = 15 Minuten nach dem Aufwachen
welcome-cue-first-computer-use = Wenn ich den Computer zum ersten Mal benutze

welcome-missing-area = Wähle, wo es wehtut.
welcome-missing-health = Kreuze an, was auf dich zutrifft, oder „{ welcome-condition-none }“.
welcome-missing-sleep = Wähle, wie du meistens schläfst.
welcome-missing-bedtime = Gib deine übliche Schlafenszeit ein, zum Beispiel 23:00.
welcome-missing-wake-time = Gib deine übliche Aufstehzeit ein, zum Beispiel 07:00.
welcome-missing-days = Wähle mindestens einen Tag.

welcome-plan-lead = Auf Grundlage deiner Antworten. Du kannst alles später in den Einstellungen ändern.
welcome-plan-routines = Routinen
welcome-plan-no-reminder = Keine Erinnerung: Mach sie, wann immer sich dein oberer Rücken oder Nacken steif anfühlt, zum Beispiel in einer Pause.
welcome-plan-sleep = Deine Schlafumgebung
welcome-plan-sleep-hint = Die Checkliste für die Schlafumgebung heute Nacht kommt vor der Abendroutine. Mehr dazu unter „Schlafumgebung“.
welcome-start-at-login = Limber bei der Anmeldung starten
welcome-start-at-login-hint = Erinnerungen kommen nur, solange Limber läuft. Es wartet still im Infobereich.
welcome-preparing = Dein Plan wird vorbereitet …

welcome-accept = Diesen Plan übernehmen
welcome-change = Meine Antworten ändern
welcome-understand = Verstanden
welcome-continue = Weiter
welcome-back = Zurück
