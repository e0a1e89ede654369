## Avant le début de la routine.

player-back-home = ← Retour
player-exercises-label = Exercices de cette routine
player-safety = Bougez lentement et en douceur. Arrêtez tout exercice qui aggrave votre douleur ou la fait descendre dans une jambe.
player-help = Quand demander de l'aide
player-not-for-you = Tous les mouvements de cette routine sont écartés pour vous, d'après vos réponses aux questions de départ. Vous pouvez les modifier dans les Paramètres, avec « { guide-run-again } ».
player-start = Commencer
player-loading = Chargement…
player-sound-note = { $reason } La routine se déroule en silence.

## Pendant la routine.

player-in-progress = { $routine } en cours
player-progress = Progression de la routine
player-time-left = { $seconds ->
        [one] { $seconds } seconde restante pour cette étape
       *[other] { $seconds } secondes restantes pour cette étape
    }
player-breathe-in = Inspirez
player-breathe-out = Expirez
player-paused = En pause
player-show-steps = Afficher toutes les étapes
player-hide-steps = Masquer les étapes
player-show-cautions = Précautions
player-hide-cautions = Masquer les précautions
player-steps-label = Comment faire { $exercise }
player-controls = Commandes de la séance
player-previous = Précédent
player-pause = Pause
player-resume = Reprendre
player-skip = Passer
player-add-time = +{ $seconds } s
player-stop = Arrêter
player-stop-question = Arrêter cette routine ? Ce que vous avez fait jusqu'ici est conservé.
player-keep-going = Continuer
player-stop-routine = Arrêter la routine
player-help-paused = La routine est en pause.
player-help-back = Retour à la routine
player-help-close = Fermer

## Lumière éteinte.

player-lights-out = Éteindre
player-lights-out-label = { $routine } en cours, lumière éteinte
player-lights-on = Rallumer
player-lights-on-paused = En pause. Rallumer

## Ce qu'est l'étape.

player-get-ready-for = Préparez-vous : { $exercise }
player-get-ready = Préparez-vous
player-switch-sides = Changez de côté
player-rest = Repos
player-exercise = Exercice
player-side-left = Côté gauche
player-side-right = Côté droit
player-with-side = { $side ->
        [left] { $title }, côté gauche
       *[right] { $title }, côté droit
    }
player-rep = Répétition { $rep } sur { $reps }
player-hold = Maintien { $rep } sur { $reps }
player-breath = Respiration { $rep } sur { $reps }
player-round = Tour { $round } sur { $rounds }
player-count-round = { $count } · tour { $round } sur { $rounds }
player-next = Ensuite : { $step }
player-next-finish = Ensuite : fin
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [one] { $step }, tenez { $seconds } seconde.
       *[other] { $step }, tenez { $seconds } secondes.
    }
player-announce-reps = { $count ->
        [one] { $step }, { $count } répétition.
       *[other] { $step }, { $count } répétitions.
    }
player-announce-breaths = { $count ->
        [one] { $step }, { $count } respiration.
       *[other] { $step }, { $count } respirations.
    }

## L'écran de fin.

player-well-done = Bravo
player-stopped = Séance arrêtée
player-summary = { $skipped ->
        [0] { $routine } : { $done } des { $total } étapes faites, en { $time }.
        [1] { $routine } : { $done } des { $total } étapes faites, { $skipped } passée, en { $time }.
       *[other] { $routine } : { $done } des { $total } étapes faites, { $skipped } passées, en { $time }.
    }
player-not-saved = Non enregistrée
player-not-saved-yet = Pas encore enregistrée
player-feel-legend = Comment va votre dos maintenant ?
player-feel-low = 0 aucune douleur
player-feel-high = 10 la pire
player-feel-value = Dos : { $value } sur 10
player-checkin = Bilan du matin
player-done = Terminé
