settings-saved = Enregistré.

## Votre programme et guide du sommeil

guide-heading = Votre programme et guide du sommeil
guide-plan-label = Routines de votre programme
guide-no-reminder = Aucun rappel dans le programme.
guide-plan-hint = Voici les rappels proposés par votre programme ; modifiez leurs heures dans « Rappels ».
guide-no-plan = Vous n'avez pas encore créé de programme.
guide-run-again = Refaire la configuration initiale
guide-set-up = Créer mon programme
guide-position-legend = Comment je dors d'habitude
guide-checklists-legend = Avant la routine du soir
guide-wind-down-checklist = Afficher la liste de détente du soir
guide-setup-checklist = Afficher la liste pour préparer le lit ce soir

sleep-position-side = Sur le côté
sleep-position-back = Sur le dos
sleep-position-stomach = Sur le ventre
sleep-position-varies = Ça dépend

plan-reminder-bedtime = Rappel à { $time } ({ $lead } min avant le coucher), { $days }.
plan-reminder-fixed = Rappel à { $time }, { $days }.
plan-reminder-first-use = Rappel à la première utilisation de l'ordinateur après { $time }, { $days }.
plan-days-every-day = tous les jours
plan-days-weekdays = en semaine
plan-days-weekends = le week-end
plan-days-none = aucun jour
plan-days-some = { $days }

## Son

sound-heading = Son
sound-unavailable = { $reason } Les séances fonctionnent quand même, en silence, jusqu'à ce qu'une sortie audio soit disponible.
sound-play = Jouer des sons pendant une routine
sound-tones-volume = Volume des signaux sonores
sound-volume-value = { $percent } pour cent
sound-test = Tester le son
sound-coach-legend = Guide vocal
sound-coach-off = Désactivé
sound-coach-off-hint = Signaux sonores seulement.
sound-coach-cues = Annonces seules
sound-coach-cues-hint = Annonce chaque exercice, compte « 3, 2, 1 » et dit « changez de côté », « repos », « à mi-parcours », « dernière » et « bravo ».
sound-coach-full = Guidage complet
sound-coach-full-hint = Explique aussi comment faire chaque exercice, compte les répétitions et dit quand inspirer et expirer : vous pouvez suivre les yeux fermés.
sound-voice-volume = Volume de la voix
sound-test-voice = Tester la voix
sound-gentle-at-night = Voix plus douce le soir : plus lente et plus basse dans les routines du soir
sound-test-night-voice = Tester la voix du soir
sound-loading = Chargement…

## Apparence

appearance-heading = Apparence
appearance-theme-legend = Thème
appearance-theme-system = Comme le système
appearance-theme-system-hint = Clair ou sombre, selon le réglage de votre bureau.
appearance-theme-light = Clair
appearance-theme-light-hint = Texte sombre sur fond clair.
appearance-theme-dark = Sombre
appearance-theme-dark-hint = Texte clair sur fond sombre.
appearance-theme-night = Nuit
appearance-theme-night-hint = Tamisé et chaud, avec peu de lumière bleue, toute la journée.
appearance-night-after-bedtime = Mode nuit après l'heure du coucher
appearance-night-when = De votre rappel du soir ({ $from }) jusqu'au début de la journée ({ $until }).
appearance-night-needs-reminder = Réglez d'abord un rappel pour une routine du soir : le mode nuit commence à son heure.
appearance-night-on = L'heure du coucher est passée : le mode nuit est activé.

## Séries et objectifs

streaks-heading = Séries et objectifs
streaks-day-boundary = Une nouvelle journée commence à
streaks-day-boundary-hint = Une détente du soir terminée avant cette heure compte pour la veille au soir. Entre 00:00 et { $latest }.
streaks-rest-days = Jours de repos autorisés par mois, pour chaque routine
streaks-rest-days-hint = Un jour de repos maintient une série sans l'allonger.
streaks-goals-legend = Objectifs hebdomadaires
streaks-goals-hint = Facultatif : combien de jours par semaine vous visez. Les jours de repos comptent pour l'objectif.
streaks-no-goal = Aucun objectif
streaks-goal-days = { $days ->
        [one] { $days } jour sur 7
       *[other] { $days } jours sur 7
    }
streaks-save = Enregistrer les réglages des séries

sound-off-because = Le son n'est pas disponible : { $cause }.
sound-cause-no-device = aucun périphérique audio n'a été trouvé
sound-cause-device-lost = le périphérique audio a cessé de fonctionner
sound-cause-thread = le processus audio n'a pas pu démarrer
sound-cause-opening = la sortie audio est encore en cours d'ouverture
sound-invalid-volume = Le volume doit être un nombre de 0 à 1, pas { $volume }.
sound-invalid-voice-volume = Le volume de la voix doit être un nombre de 0 à 1, pas { $volume }.
