# Het oefeningenscherm, het scherm Slaapomgeving, Help en de gedeelde delen van de gids (waarschuwingen,
# checklists, alarmsignalen). De woorden van de oefeningen, het slaapadvies en de alarmsignalen zelf zijn inhoud.

library-heading = Oefeningen
library-intro = Alle bewegingen die Limber gebruikt. Open er een om te zien hoe je hem doet, hoe je ademt en waar je op moet letten.
library-area = Lichaamsdeel
library-area-all = Alle lichaamsdelen
library-position = Houding
library-position-all = Alle houdingen
library-count = { $total ->
        [one] { $shown } van { $total } oefening
       *[other] { $shown } van { $total } oefeningen
    }
library-no-match = Geen oefening past bij beide filters. Probeer “Alle lichaamsdelen” of “Alle houdingen”.
library-list = Oefeningen
library-meta = { $area } · { $position } · { $dose } · ongeveer { $duration }
library-show = Stappen en waarschuwingen
library-show-label = Stappen en waarschuwingen voor { $name }
library-hide = Stappen verbergen
library-hide-label = Stappen voor { $name } verbergen
library-how = Zo doe je het
library-breathing = Ademhaling
library-used-in = Onderdeel van: { $routines }

area-lower-back = Onderrug
area-upper-back = Bovenrug
area-neck = Nek
area-core = Romp
position-in-bed = In bed
position-floor = Op de vloer
position-standing = Staand
position-seated = Zittend

exercise-dose-breaths = { $count ->
        [one] { $count } langzame ademhaling
       *[other] { $count } langzame ademhalingen
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondes
    }
exercise-dose-once = { $rounds ->
        [1] Eén keer
       *[other] Eén keer, { $rounds } rondes
    }
exercise-dose-hold = { $hold } s vasthouden{ $sides ->
        [each] {" "}per kant
        [alternate] {" "}per kant, afwisselend
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondes
    }
exercise-dose-reps = { $count ->
        [one] { $count } herhaling
       *[other] { $count } herhalingen
    }{ $sides ->
        [each] {" "}per kant
        [alternate] {" "}per kant, afwisselend
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , { $hold } s vasthouden
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rondes
    }

# De aandoeningen uit de eerste instelling, zoals de regels over weggelaten bewegingen ze noemen (kleine letter).
# Safety text; back-translation into English: "osteoporosis"
condition-osteoporosis = osteoporose
# Safety text; back-translation into English: "a recent operation or fracture of the spine"
condition-spinal-surgery = een recente operatie of breuk aan de wervelkolom
# Safety text; back-translation into English: "pregnancy"
condition-pregnancy = zwangerschap
# Safety text; back-translation into English: "pain when bending forward"
condition-bending-forward = pijn bij voorover buigen
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Voor jou weggelaten: { $items }.
guide-unsuitable = { $name } zit niet in je plan: elke beweging erin is weggelaten.
guide-unsuitable-because = { $name } zit niet in je plan: elke beweging erin is weggelaten vanwege { $conditions }.
# Safety text; back-translation into English: "Your surgeon or physiotherapist can tell you which movements suit you, and from when."
guide-ask-surgeon = Je chirurg of fysiotherapeut kan je zeggen welke bewegingen bij je passen, en vanaf wanneer.
# Safety text; back-translation into English: "A physiotherapist can suggest movements that suit you."
guide-ask-physio = Een fysiotherapeut kan bewegingen voorstellen die bij je passen.

## De gedeelde delen van de gids.

guide-take-care = Let op
guide-take-care-for = Let op: { $name }
guide-tonight = Je slaapomgeving vannacht
guide-this-evening = Vanavond
guide-start-routine = Routine starten
guide-skip-checklist = Checklist overslaan
guide-setup-label = Wat waar hoort: { $position }
guide-safety-loading = Veiligheidsgids laden…
guide-safety-problem = De veiligheidsgids kon niet worden getoond: { $problem }

## Het scherm Slaapomgeving.

sleep-show-for = Slaapomgeving tonen voor
sleep-yours = (jij)
sleep-tips = Het proberen waard

## Help.

help-heading = Help
# Safety text; back-translation into English: "When you should seek help"
help-when = Wanneer je hulp moet zoeken
help-use-heading = Zo gebruik je Limber
help-use-start-title = Start een routine
help-use-start = vanuit Vandaag. De avondontspanning is voor de avond, op de vloer of in bed; de ochtendroutine begint in bed, voordat je opstaat.
help-use-follow-title = Volg de timer en de stem.
help-use-follow = Zet de stemcoach aan in Instellingen, Geluid: met “Beknopt” wordt elke oefening genoemd als die begint en hoor je wanneer je van kant wisselt en wanneer het vasthouden eindigt; de “Volledige coach” zegt ook hoe je elke beweging doet, telt de herhalingen en geeft het tempo van je ademhaling aan, zodat je je ogen dicht kunt houden. De coach gaat door als het venster gesloten is.
help-use-before-title = Vóór de avondroutine
help-use-before = toont Limber een korte checklist voor de avond en voor je kussens van vannacht. Vink aan wat klopt, of sla hem over.
help-use-reminders-title = Herinneringen
help-use-reminders = komen kort voor bedtijd en nadat je wakker wordt. Je wijzigt ze in Instellingen, waar je ook de eerste instelling opnieuw kunt doorlopen.
help-use-checkin-title = Check elke dag in
help-use-checkin = en vul in hoe je rug en je slaap waren. Voortgang laat na verloop van tijd zien wat helpt.
# Safety text; back-translation into English: "Start gently. Do a few repetitions and build up, in the morning and in the evening. Move slowly, never bounce, and keep breathing normally."
help-use-gently-title = Begin rustig.
help-use-gently = Doe een paar herhalingen en bouw op, 's ochtends en 's avonds. Beweeg langzaam, veer nooit en adem normaal door.
# Safety text; back-translation into English: "Getting into and out of bed. To get up you roll onto your side, push yourself up with your arms and swing your legs out of bed. To lie down in the evening you do the same in reverse order."
help-use-bed-title = In en uit bed komen.
help-use-bed = Om op te staan rol je op je zij, duw je jezelf met je armen omhoog en zwaai je je benen uit bed. Om 's avonds te gaan liggen doe je hetzelfde in omgekeerde volgorde.
# Safety text; back-translation into English: "Your answers count. If you told Limber about osteoporosis, a recent operation on the spine, a pregnancy or pain when bending forward, the movements that do not suit you are left out of the routines. Change your answers in Settings."
help-use-answers-title = Je antwoorden tellen.
help-use-answers = Als je Limber hebt verteld over osteoporose, een recente operatie aan de wervelkolom, een zwangerschap of pijn bij voorover buigen, zijn de bewegingen die niet bij je passen uit de routines weggelaten. Wijzig je antwoorden in Instellingen.
help-keys-heading = Sneltoetsen in een routine
help-keys-key = Toets
help-keys-does = Wat hij doet
help-key-space = Spatiebalk
help-key-right = Pijl naar rechts
help-key-left = Pijl naar links
help-key-esc = Esc
help-key-space-does = Pauzeren of doorgaan
help-key-right-does = Naar de volgende oefening
help-key-left-does = Terug naar de vorige oefening
help-key-esc-does = De routine stoppen
help-routines-heading = Waar elke routine voor is
help-find-exercises = Elke oefening, met de stappen en waarschuwingen, vind je onder { $exercises }.
help-find-sleep = Kussens en matras vind je onder { $sleep }.
help-advice-heading = Limber is geen medisch advies
# Safety text; back-translation into English: "Limber offers general, gentle routines and sleep tips from public health sources. It does not know your body or your history, cannot diagnose anything and is no replacement for a doctor or physiotherapist. If you doubt whether an exercise is good for you, ask one of them."
help-advice = Limber biedt algemene, rustige routines en slaaptips uit openbare gezondheidsbronnen. Het kent je lichaam en je voorgeschiedenis niet, kan niets diagnosticeren en is geen vervanging voor een arts of fysiotherapeut. Twijfel je of een oefening goed voor je is, vraag het dan aan een van hen.
