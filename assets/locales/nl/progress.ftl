# Het voortgangsscherm: de routinekaarten (reeksen, gewoontesterkte, kalender, rustdagen), de dosering, de
# melding over alarmsignalen, de grafieken van de ochtend en wat de avondontspanning laat zien.

progress-heading = Voortgang
progress-today-is = Vandaag is het { $day }
progress-loading = Laden…
progress-paused-heading = Wijzigingen in de dosering zijn gepauzeerd
progress-paused-text = { $reason } Zolang je check-ins dit laten zien, stelt Limber voor geen enkele routine een wijziging voor.
progress-empty-heading = Nog niets te tellen
progress-empty-text = Maak een routine af, dan beginnen hier de kalender en de reeks ervan. Rustdagen en gemiste dagen tellen pas vanaf dan.
progress-empty-choose = Routine kiezen
progress-mornings-heading = Pijn en stijfheid in de ochtend
progress-checkin = Ochtendcheck-in
progress-insight-heading = Ochtenden na een avondontspanning
progress-sleep-heading = Hoe je hebt geslapen
progress-sleep-insight-heading = Slaap na een avondontspanning

## Een routinekaart.

progress-schedule-every-day = Elke dag
progress-schedule-none = Geen dagen gepland
progress-schedule-weekdays = Werkdagen
progress-meta = { $schedule } · { $today }
progress-today-done = Vandaag gedaan
progress-today-rest = Vandaag rustdag
progress-today-pending = Vandaag nog niet gedaan
progress-today-unscheduled = Vandaag niet gepland
progress-current-streak = Huidige reeks
progress-best-streak = Langste reeks
progress-streak-days = { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }
progress-habit-strength = Gewoontesterkte
progress-last-30 = Laatste 30 geplande dagen
progress-completion-none = Nog geen voorbij
progress-completion = { $done } van { $total } gedaan ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } rustdag
       *[other] , { $rest } rustdagen
    }
progress-weekly-goal = Weekdoel
progress-weekly = { $done } van { $goal ->
        [one] { $goal } dag
       *[other] { $goal } dagen
    } deze week{ $weeks ->
        [0] {""}
        [one] {" "}· doel { $weeks } week op rij gehaald
       *[other] {" "}· doel { $weeks } weken op rij gehaald
    }
progress-rest-button = Vandaag een rustdag
progress-rest-button-label = Vandaag een rustdag voor { $name }
progress-rest-undo = Rustdag ongedaan maken
progress-rest-undo-label = Rustdag voor { $name } ongedaan maken
progress-rest-available = { $left ->
        [one] Nog { $left } rustdag over deze maand. Een rustdag houdt je reeks in stand, zonder die te verlengen.
       *[other] Nog { $left } rustdagen over deze maand. Een rustdag houdt je reeks in stand, zonder die te verlengen.
    }
progress-rest-marked = Vandaag is een rustdag. Je reeks blijft staan.
progress-rest-limit = { $limit ->
        [one] Je rustdag voor deze maand is opgebruikt.
       *[other] Je { $limit } rustdagen voor deze maand zijn opgebruikt.
    }
progress-trend-none = Nog geen gewoontesterkte.
progress-trend-one = Gewoontesterkte { $now }.
progress-trend = Gewoontesterkte { $now }, was { $first } op { $day }.

## Wat de avondontspanning laat zien.

progress-insight-waiting = Na { $needed ->
        [one] { $needed } ochtend
       *[other] { $needed } ochtenden
    } met een avondontspanning de avond ervoor en { $needed } zonder, zie je hoe je ochtendpijn zich verhoudt. Tot nu toe: { $withCount } met, { $withoutCount } zonder (laatste { $days } dagen).
progress-insight = Ochtendpijn na een avondontspanning: gemiddeld { $with } ({ $withCount ->
        [one] { $withCount } ochtend
       *[other] { $withCount } ochtenden
    }). Zonder avondontspanning: { $without } ({ $withoutCount ->
        [one] { $withoutCount } ochtend
       *[other] { $withoutCount } ochtenden
    }). { $comparison }
progress-insight-same = Ongeveer gelijk, met of zonder.
progress-insight-lower = Gemiddeld { $diff } punten lager na een avondontspanning.
progress-insight-higher = Gemiddeld { $diff } punten hoger na een avondontspanning.
progress-sleep-waiting = Na { $needed ->
        [one] { $needed } check-in
       *[other] { $needed } check-ins
    } na een avondontspanning en { $needed } zonder, zie je hoe je je slaap telkens beoordeelde. Tot nu toe: { $withCount } met, { $withoutCount } zonder (laatste { $days } dagen).
progress-sleep-insight = Slaap na een avondontspanning: gemiddeld een { $with } van 5 ({ $withCount ->
        [one] { $withCount } nacht
       *[other] { $withCount } nachten
    }). Zonder avondontspanning: { $without } ({ $withoutCount ->
        [one] { $withoutCount } nacht
       *[other] { $withoutCount } nachten
    }). { $comparison }
progress-sleep-better = Gemiddeld { $diff } punten beter na een avondontspanning.
progress-sleep-worse = Gemiddeld { $diff } punten slechter na een avondontspanning.
progress-insight-days = Laatste { $days } dagen.
# Safety text; back-translation into English: "These averages describe your own check-ins; they are not a medical finding. Sleep, stress and the day before also play a part."
progress-insight-caveat = Deze gemiddelden beschrijven je eigen check-ins; ze zijn geen medische bevinding. Slaap, stress en de dag ervoor spelen ook mee.

## Waarom de melding over alarmsignalen verschijnt.

# Safety text; back-translation into English: "You gave your back pain a 7 or higher on 3 mornings in a row (3 Mar to and including 5 Mar)."
progress-flag-sustained = Je hebt je rugpijn op { $mornings ->
        [one] { $mornings } ochtend
       *[other] { $mornings } ochtenden
    } op rij een 7 of hoger gegeven ({ $from } tot en met { $to }).
# Safety text; back-translation into English: "Your average morning pain has risen every week for three weeks, from 3.0 (week of 3 Mar) to 5.5 (week of 17 Mar)."
progress-flag-rising = Je gemiddelde ochtendpijn is drie weken lang elke week gestegen, van { $first } (week van { $firstWeek }) naar { $last } (week van { $lastWeek }).
# Safety text; back-translation into English: "Your average morning pain has stayed at 4 or higher every week for 4 weeks: 4.5 in the week of 3 Mar, 5.0 in the week of 24 Mar."
progress-flag-steady = Je gemiddelde ochtendpijn is { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    } lang elke week 4 of hoger gebleven: { $first } in de week van { $firstWeek }, { $last } in de week van { $lastWeek }.
# Safety text; back-translation into English: "Good to discuss with an expert"
progress-flag-heading = Goed om met een deskundige te bespreken
# Safety text; back-translation into English: "Limber cannot see what is behind this; a doctor or physiotherapist can."
progress-flag-text = { $reason } Limber kan niet zien wat hierachter zit; een arts of fysiotherapeut wel.
# Safety text; back-translation into English: "Signs for which you need help today"
progress-flag-urgent = Signalen waarvoor je vandaag hulp nodig hebt
# Safety text; back-translation into English: "Stop with every exercise that makes your symptoms worse."
progress-flag-stop = Stop met elke oefening die je klachten erger maakt.
progress-flag-dismiss = Deze melding sluiten

## De dosering op een routinekaart.

dose-heading = Dosering
dose-try = Nieuwe dosering proberen
dose-try-label = Nieuwe dosering voor { $name } proberen
dose-not-now = Nu niet
dose-not-now-label = Nu niet: dosering van { $name } behouden
# Safety text; back-translation into English: "Changes in the dosage are paused: … As long as this lasts, Limber suggests no change; stop with every exercise that makes your symptoms worse. What you can do is in the notice at the top of this screen."
dose-paused = Wijzigingen in de dosering zijn gepauzeerd: { $reason } Zolang dit duurt, stelt Limber geen wijziging voor; stop met elke oefening die je klachten erger maakt. Wat je kunt doen, staat in de melding bovenaan dit scherm.
dose-changed = Gewijzigd op { $day }. Ongedaan maken zet terug: { $doses }
dose-undo = Laatste wijziging in de dosering ongedaan maken
dose-undo-label = Laatste wijziging in de dosering van { $name } ongedaan maken
dose-history = Eerdere doseringen
dose-era-since = { $how }, { $day }
dose-sessions-none = Nog geen sessies
dose-sessions = { $count ->
        [one] { $count } sessie
       *[other] { $count } sessies
    }: { $days }
dose-sessions-range = { $first } tot en met { $last }

## De kalender.

heatmap-caption = Kalender van { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Afgelopen week
       *[other] Afgelopen { $weeks } weken
    }: { $done } gedaan, { $rest ->
        [0] {""}
        [one] { $rest } rustdag,{" "}
       *[other] { $rest } rustdagen,{" "}
    }{ $missed } gemist.
heatmap-day = { $day }: { $state }
heatmap-done = gedaan
heatmap-rest = rustdag
heatmap-missed = gemist
heatmap-pending = vandaag, nog niet gedaan
heatmap-unscheduled = niet gepland
heatmap-untracked = voordat je begon
heatmap-future = nog te komen
# Eén letter: R van rustdag.
heatmap-rest-symbol = R
heatmap-legend = Wat de kalender toont

## De grafiek van de ochtendpijn.

# Safety text; back-translation into English: "0 = none, 10 = worst"
chart-pain-axis = 0 = geen, 10 = ergst
chart-pain = Pijn (doorgetrokken lijn)
chart-stiffness = Stijfheid (stippellijn)
chart-wind-down = Avondontspanning de avond ervoor (gevulde stip)
chart-morning = Ochtendroutine gedaan (ring)
chart-none = Nog geen check-ins. Na je ochtendcheck-in verschijnen je pijn en stijfheid hier.
chart-count = { $count ->
        [one] { $count } check-in in deze periode.
       *[other] { $count } check-ins in deze periode.
    }
chart-latest = Laatste, { $day }: pijn { $pain }, stijfheid { $stiffness }.
chart-average = Laatste 30 dagen gemiddeld: pijn { $pain }, stijfheid { $stiffness }.
chart-table-show = De laatste check-ins als tabel tonen
chart-table-caption = Laatste check-ins, nieuwste eerst
chart-col-day = Dag
chart-col-pain = Pijn
chart-col-stiffness = Stijfheid
chart-col-wind-down = Avondontspanning de avond ervoor
chart-col-morning = Ochtendroutine
chart-yes = ja
chart-no = nee

## De slaapgrafiek.

sleep-axis = 1 = heel slecht, 5 = heel goed
sleep-line = Slaap (lijn)
sleep-none = Nog geen nachten beoordeeld. De ochtendcheck-in vraagt hoe je hebt geslapen; je antwoorden verschijnen hier.
sleep-count = { $count ->
        [one] { $count } nacht beoordeeld in deze periode.
       *[other] { $count } nachten beoordeeld in deze periode.
    }
sleep-latest = Laatste, { $day }: { $quality } van 5.
sleep-average = Laatste 30 dagen gemiddeld: { $average } van 5.

streaks-problem-boundary = Een nieuwe dag begint om: “{ $text }” is geen tijd; typ bijvoorbeeld 04:00.
