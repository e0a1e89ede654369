## Voordat de routine begint.

player-back-home = ← Terug
player-exercises-label = Oefeningen in deze routine
# Safety text; back-translation into English: "Move slowly and gently. Stop with every exercise that makes your pain worse or makes the pain radiate to a leg."
player-safety = Beweeg langzaam en rustig. Stop met elke oefening die je pijn erger maakt of de pijn naar een been laat uitstralen.
# Safety text; back-translation into English: "When you should seek help"
player-help = Wanneer je hulp moet zoeken
player-not-for-you = Elke beweging in deze routine wordt voor jou weggelaten vanwege je antwoorden bij het instellen. Je kunt ze wijzigen in Instellingen, met “{ guide-run-again }”.
player-start = Starten
player-loading = Laden…
player-sound-note = { $reason } De routine loopt zonder geluid.

## Tijdens de routine.

player-in-progress = { $routine } is bezig
player-progress = Voortgang van de routine
player-time-left = { $seconds ->
        [one] Nog { $seconds } seconde in deze stap
       *[other] Nog { $seconds } seconden in deze stap
    }
player-breathe-in = Adem in
player-breathe-out = Adem uit
player-paused = Gepauzeerd
player-show-steps = Alle stappen tonen
player-hide-steps = Stappen verbergen
player-show-cautions = Waarschuwingen
player-hide-cautions = Waarschuwingen verbergen
player-steps-label = Zo doe je { $exercise }
player-controls = Bediening van de sessie
player-previous = Terug
player-pause = Pauzeren
player-resume = Hervatten
player-skip = Overslaan
player-add-time = +{ $seconds } s
player-stop = Stoppen
player-stop-question = Deze routine stoppen? Wat je tot nu toe hebt gedaan, blijft bewaard.
player-keep-going = Doorgaan
player-stop-routine = Routine stoppen
player-help-paused = De routine is gepauzeerd.
player-help-back = Terug naar de routine
player-help-close = Sluiten

## Licht uit: de avondroutine gaat verder met de stem, op een donker scherm met één regel.

player-lights-out = Licht uit
player-lights-out-label = { $routine } is bezig, licht uit
player-lights-on = Licht aan
player-lights-on-paused = Gepauzeerd. Licht aan

## Wat de stap is.

player-get-ready-for = Maak je klaar: { $exercise }
player-get-ready = Maak je klaar
player-switch-sides = Wissel van kant
player-rest = Rust
player-exercise = Oefening
player-side-left = Linkerkant
player-side-right = Rechterkant
player-with-side = { $side ->
        [left] { $title }, linkerkant
       *[right] { $title }, rechterkant
    }
player-rep = Herhaling { $rep } van { $reps }
player-hold = Vasthouden { $rep } van { $reps }
player-breath = Ademhaling { $rep } van { $reps }
player-round = Ronde { $round } van { $rounds }
player-count-round = { $count } · ronde { $round } van { $rounds }
player-next = Hierna: { $step }
player-next-finish = Hierna: einde
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, { $seconds } seconde vasthouden.
       *[other] { $step }, { $seconds } seconden vasthouden.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } herhaling.
       *[other] { $step }, { $count } herhalingen.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } ademhaling.
       *[other] { $step }, { $count } ademhalingen.
    }

## Het eindscherm.

player-well-done = Goed gedaan
player-stopped = Sessie gestopt
player-summary = { $routine }: { $done } van { $total ->
        [one] { $total } stap
       *[other] { $total } stappen
    } gedaan{ $skipped ->
        [0] {""}
       *[other] , { $skipped } overgeslagen
    }, in { $time }.
player-not-saved = Niet opgeslagen
player-not-saved-yet = Nog niet opgeslagen
# Safety text; back-translation into English: "How does your back feel now?"
player-feel-legend = Hoe voelt je rug nu?
# Safety text; back-translation into English: "0 no pain"
player-feel-low = 0 geen pijn
# Safety text; back-translation into English: "10 worst"
player-feel-high = 10 het ergst
player-feel-value = Rug: { $value } van 10
player-checkin = Ochtendcheck-in
player-done = Klaar
