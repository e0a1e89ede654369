library-heading = Übungen
library-intro = Alle Bewegungen, die Limber nutzt. Öffne eine, um zu sehen, wie sie geht, wie du dabei atmest und worauf du achten solltest.
library-area = Körperbereich
library-area-all = Alle Bereiche
library-position = Position
library-position-all = Alle Positionen
library-count = { $shown } von { $total } Übungen
library-no-match = Keine Übung passt zu beiden Filtern. Versuch es mit „Alle Bereiche“ oder „Alle Positionen“.
library-list = Übungen
library-meta = { $area } · { $position } · { $dose } · etwa { $duration }
library-show = Schritte und Hinweise
library-show-label = Schritte und Hinweise zu { $name }
library-hide = Schritte ausblenden
library-hide-label = Schritte zu { $name } ausblenden
library-how = So geht’s
library-breathing = Atmung
library-used-in = Teil von: { $routines }

area-lower-back = Unterer Rücken
area-upper-back = Oberer Rücken
area-neck = Nacken
area-core = Rumpf
position-in-bed = Im Bett
position-floor = Auf dem Boden
position-standing = Im Stehen
position-seated = Im Sitzen

exercise-dose-breaths = { $count ->
        [one] { $count } langsamer Atemzug
       *[other] { $count } langsame Atemzüge
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } Runden
    }
exercise-dose-once = { $rounds ->
        [1] Einmal
       *[other] Einmal, { $rounds } Runden
    }
exercise-dose-hold = { $hold } s halten{ $sides ->
        [each] , je Seite
        [alternate] , je Seite im Wechsel
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } Runden
    }
exercise-dose-reps = { $count ->
        [one] { $count } Wiederholung
       *[other] { $count } Wiederholungen
    }{ $sides ->
        [each] {" "}je Seite
        [alternate] {" "}je Seite im Wechsel
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , { $hold } s halten
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } Runden
    }

condition-osteoporosis = Osteoporose
condition-spinal-surgery = kürzlicher Operation oder Bruch an der Wirbelsäule
condition-pregnancy = Schwangerschaft
condition-bending-forward = Schmerzen beim Vorbeugen
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Für dich weggelassen: { $items }.
guide-unsuitable = { $name } ist nicht in deinem Plan: Jede Bewegung darin ist weggelassen.
guide-unsuitable-because = { $name } ist nicht in deinem Plan: Jede Bewegung darin ist wegen { $conditions } weggelassen.
guide-ask-surgeon = Wer dich operiert hat oder deine Physiotherapie kann dir sagen, welche Bewegungen zu dir passen und ab wann.
guide-ask-physio = In der Physiotherapie kann man dir Bewegungen vorschlagen, die zu dir passen.

guide-take-care = Achtung
guide-take-care-for = Achtung: { $name }
guide-tonight = Deine Schlafumgebung heute Nacht
guide-this-evening = Heute Abend
guide-start-routine = Routine starten
guide-skip-checklist = Checkliste überspringen
guide-setup-label = Was wohin gehört: { $position }
guide-safety-loading = Sicherheitshinweise werden geladen …
guide-safety-problem = Die Sicherheitshinweise konnten nicht angezeigt werden: { $problem }

sleep-show-for = Zeige die Schlafumgebung für
sleep-yours = (du)
sleep-tips = Einen Versuch wert

help-heading = Hilfe
help-when = Wann du dir Hilfe holen solltest
help-use-heading = So nutzt du Limber
help-use-start-title = Starte eine Routine
help-use-start = unter „Heute“. Die Abendroutine ist für den Abend, auf dem Boden oder im Bett; die Morgenroutine beginnt im Bett, bevor du aufstehst.
help-use-follow-title = Folge dem Timer und der Stimme.
help-use-follow = Schalte die Sprachbegleitung unter Einstellungen, Ton ein: Mit „Nur Ansagen“ wird jede Übung zu Beginn genannt, und du hörst, wann du die Seite wechselst und wann eine Haltephase endet; die „Volle Begleitung“ sagt außerdem, wie jede Bewegung geht, zählt die Wiederholungen und gibt dir den Atemrhythmus vor, sodass du die Augen geschlossen lassen kannst. Sie läuft auch bei geschlossenem Fenster weiter.
help-use-before-title = Vor der Abendroutine
help-use-before = zeigt Limber eine kurze Checkliste für den Abend und für die Kissen heute Nacht. Hak ab, was stimmt, oder überspring sie.
help-use-reminders-title = Erinnerungen
help-use-reminders = kommen kurz vor dem Schlafengehen und nach dem Aufwachen. Du änderst sie in den Einstellungen, wo du auch die Ersteinrichtung noch einmal durchlaufen kannst.
help-use-checkin-title = Trag jeden Tag ein,
help-use-checkin = wie es deinem Rücken und deinem Schlaf ging. Unter „Fortschritt“ siehst du mit der Zeit, was hilft.
help-use-gently-title = Fang sanft an.
help-use-gently = Mach ein paar Wiederholungen und steigere dich, morgens und abends. Beweg dich langsam, federe nie und atme normal weiter.
help-use-bed-title = Ins Bett und aus dem Bett.
help-use-bed = Zum Aufstehen rollst du dich auf die Seite, drückst dich mit den Armen hoch und schwingst die Beine hinaus. Zum Hinlegen am Abend machst du es umgekehrt.
help-use-answers-title = Deine Antworten zählen.
help-use-answers = Wenn du Limber von Osteoporose, einer kürzlichen Operation an der Wirbelsäule, einer Schwangerschaft oder Schmerzen beim Vorbeugen erzählt hast, sind die Bewegungen, die nicht zu dir passen, aus den Routinen weggelassen. Deine Antworten änderst du in den Einstellungen.
help-keys-heading = Tastenkürzel in einer Routine
help-keys-key = Taste
help-keys-does = Was sie tut
help-key-space = Leertaste
help-key-right = Pfeil nach rechts
help-key-left = Pfeil nach links
help-key-esc = Esc
help-key-space-does = Pausieren oder weitermachen
help-key-right-does = Zur nächsten Übung springen
help-key-left-does = Zur vorherigen Übung zurückgehen
help-key-esc-does = Routine beenden
help-routines-heading = Wofür jede Routine da ist
help-find-exercises = Jede Übung mit ihren Schritten und Hinweisen findest du unter { $exercises }.
help-find-sleep = Kissen und Matratze findest du unter { $sleep }.
help-advice-heading = Limber ist keine medizinische Beratung
help-advice = Limber bietet allgemeine, sanfte Routinen und Schlaftipps aus öffentlichen Gesundheitsquellen. Es kennt weder deinen Körper noch deine Vorgeschichte, kann nichts diagnostizieren und ersetzt keine Ärztin, keinen Arzt und keine Physiotherapie. Wenn du unsicher bist, ob eine Übung für dich passt, frag dort nach.
