# L'écran Progrès : les cartes des routines (séries, force de l'habitude, calendrier, jours de repos), les
# panneaux de dosage, l'avis sur les signaux d'alerte, les graphiques du matin et les constats sur la détente du soir.

progress-heading = Progrès
progress-today-is = Aujourd'hui : { $day }
progress-loading = Chargement…
progress-paused-heading = Les changements de dosage sont en pause
progress-paused-text = { $reason } Tant que vos bilans le montrent, Limber ne propose aucun changement pour aucune routine.
progress-empty-heading = Rien à compter pour l'instant
progress-empty-text = Terminez une routine : son calendrier et sa série commencent ici. Les jours de repos et les jours manqués ne comptent qu'à partir de là.
progress-empty-choose = Choisir une routine
progress-mornings-heading = Douleur et raideur le matin
progress-checkin = Bilan du matin
progress-insight-heading = Les matins après une détente du soir
progress-sleep-heading = Votre sommeil
progress-sleep-insight-heading = Le sommeil après une détente du soir

## Une carte de routine.

progress-schedule-every-day = Tous les jours
progress-schedule-none = Aucun jour prévu
progress-schedule-weekdays = En semaine
progress-meta = { $schedule } · { $today }
progress-today-done = Faite aujourd'hui
progress-today-rest = Jour de repos
progress-today-pending = Pas encore faite aujourd'hui
progress-today-unscheduled = Pas prévue aujourd'hui
progress-current-streak = Série en cours
progress-best-streak = Meilleure série
progress-streak-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
progress-habit-strength = Force de l'habitude
progress-last-30 = 30 derniers jours prévus
progress-completion-none = Aucun n'est encore passé
progress-completion = { $done ->
        [one] { $done } fait sur { $total }
       *[other] { $done } faits sur { $total }
    } ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } jour de repos
       *[other] , { $rest } jours de repos
    }
progress-weekly-goal = Objectif hebdomadaire
progress-weekly = { $done ->
        [one] { $done } jour sur { $goal } cette semaine
       *[other] { $done } jours sur { $goal } cette semaine
    }{ $weeks ->
        [0] {""}
        [one] {" "}· objectif atteint { $weeks } semaine de suite
       *[other] {" "}· objectif atteint { $weeks } semaines de suite
    }
progress-rest-button = Repos aujourd'hui
progress-rest-button-label = Repos aujourd'hui pour { $name }
progress-rest-undo = Annuler le jour de repos
progress-rest-undo-label = Annuler le jour de repos pour { $name }
progress-rest-available = { $left ->
        [one] Il vous reste { $left } jour de repos ce mois-ci. Un jour de repos maintient votre série sans l'allonger.
       *[other] Il vous reste { $left } jours de repos ce mois-ci. Un jour de repos maintient votre série sans l'allonger.
    }
progress-rest-marked = Aujourd'hui est un jour de repos. Votre série est maintenue.
progress-rest-limit = { $limit ->
        [one] { $limit } jour de repos sur { $limit } utilisé ce mois-ci.
       *[other] { $limit } jours de repos sur { $limit } utilisés ce mois-ci.
    }
progress-trend-none = Pas encore de force de l'habitude.
progress-trend-one = Force de l'habitude : { $now }.
progress-trend = Force de l'habitude : { $now }, contre { $first } le { $day }.

## Les constats sur la détente du soir.

progress-insight-waiting = Après { $needed ->
        [one] { $needed } matin
       *[other] { $needed } matins
    } avec une détente la veille au soir et { $needed } sans, vous verrez comment se compare votre douleur du matin. Pour l'instant : { $withCount } avec, { $withoutCount } sans ({ $days } derniers jours).
progress-insight = Douleur du matin après une détente du soir : { $with } en moyenne ({ $withCount ->
        [one] { $withCount } matin
       *[other] { $withCount } matins
    }). Sans : { $without } ({ $withoutCount ->
        [one] { $withoutCount } matin
       *[other] { $withoutCount } matins
    }). { $comparison }
progress-insight-same = À peu près pareil dans les deux cas.
progress-insight-lower = En moyenne { $diff } points de moins après une détente du soir.
progress-insight-higher = En moyenne { $diff } points de plus après une détente du soir.
progress-sleep-waiting = Après { $needed ->
        [one] { $needed } bilan qui suit
       *[other] { $needed } bilans qui suivent
    } une détente du soir et { $needed } sans, vous verrez comment vous avez noté votre sommeil dans chaque cas. Pour l'instant : { $withCount } avec, { $withoutCount } sans ({ $days } derniers jours).
progress-sleep-insight = Sommeil après une détente du soir : noté { $with } sur 5 en moyenne ({ $withCount ->
        [one] { $withCount } nuit
       *[other] { $withCount } nuits
    }). Sans : { $without } ({ $withoutCount ->
        [one] { $withoutCount } nuit
       *[other] { $withoutCount } nuits
    }). { $comparison }
progress-sleep-better = En moyenne { $diff } points de mieux après une détente du soir.
progress-sleep-worse = En moyenne { $diff } points de moins bien après une détente du soir.
progress-insight-days = { $days } derniers jours.
progress-insight-caveat = Ces moyennes décrivent vos propres bilans ; ce n'est pas un constat médical. Le sommeil, le stress et la journée de la veille jouent aussi.

## Pourquoi l'avis sur les signaux d'alerte s'affiche : le sens doit rester exact.

progress-flag-sustained = Vous avez noté votre douleur au dos à 7 ou plus { $mornings ->
        [one] { $mornings } matin
       *[other] { $mornings } matins
    } de suite (du { $from } au { $to }).
progress-flag-rising = Votre douleur moyenne du matin a augmenté chaque semaine pendant trois semaines, de { $first } (semaine du { $firstWeek }) à { $last } (semaine du { $lastWeek }).
progress-flag-steady = Votre douleur moyenne du matin est restée à 4 ou plus chaque semaine pendant { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } : { $first } la semaine du { $firstWeek }, { $last } la semaine du { $lastWeek }.
progress-flag-heading = À évoquer avec un professionnel
progress-flag-text = { $reason } Limber ne peut pas dire ce qui en est la cause ; un médecin ou un kinésithérapeute le peut.
progress-flag-urgent = Signes qui demandent de l'aide aujourd'hui
progress-flag-stop = Arrêtez tout exercice qui aggrave vos symptômes.
progress-flag-dismiss = Masquer cet avis

## Le panneau de dosage d'une carte de routine.

dose-heading = Dosage
dose-try = Essayer le nouveau dosage
dose-try-label = Essayer le nouveau dosage pour { $name }
dose-not-now = Pas maintenant
dose-not-now-label = Pas maintenant : garder le dosage de { $name }
dose-paused = Les changements de dosage sont en pause : { $reason } Limber ne propose aucun changement tant que cela dure ; arrêtez tout exercice qui aggrave vos symptômes. Que faire : voyez l'avis en haut de cet écran.
dose-changed = Modifié le { $day }. « Annuler » rétablit : { $doses }
dose-undo = Annuler le dernier changement de dosage
dose-undo-label = Annuler le dernier changement de dosage de { $name }
dose-history = Historique du dosage
dose-era-since = { $how }, { $day }
dose-sessions-none = Pas encore de séance
dose-sessions = { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    } : { $days }
dose-sessions-range = du { $first } au { $last }

## Le calendrier.

heatmap-caption = Calendrier de { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] La semaine dernière
       *[other] Les { $weeks } dernières semaines
    } : { $done ->
        [one] { $done } fait
       *[other] { $done } faits
    }, { $rest ->
        [0] {""}
        [one] { $rest } jour de repos,{" "}
       *[other] { $rest } jours de repos,{" "}
    }{ $missed ->
        [one] { $missed } manqué
       *[other] { $missed } manqués
    }.
heatmap-day = { $day } : { $state }
heatmap-done = fait
heatmap-rest = jour de repos
heatmap-missed = manqué
heatmap-pending = aujourd'hui, pas encore fait
heatmap-unscheduled = non prévu
heatmap-untracked = avant vos débuts
heatmap-future = à venir
# Le symbole dans la case d'un jour de repos : une lettre.
heatmap-rest-symbol = R
heatmap-legend = Ce que montre le calendrier

## Le graphique de la douleur du matin.

chart-pain-axis = 0 = aucune, 10 = la pire
chart-pain = Douleur (trait plein)
chart-stiffness = Raideur (trait pointillé)
chart-wind-down = Détente la veille au soir (point plein)
chart-morning = Routine du matin faite (cercle)
chart-none = Pas encore de bilan. Après votre bilan du matin, votre douleur et votre raideur s'affichent ici.
chart-count = { $count ->
        [one] { $count } bilan sur cette période.
       *[other] { $count } bilans sur cette période.
    }
chart-latest = Dernier bilan, { $day } : douleur { $pain }, raideur { $stiffness }.
chart-average = Moyenne des 30 derniers jours : douleur { $pain }, raideur { $stiffness }.
chart-table-show = Afficher les derniers bilans en tableau
chart-table-caption = Derniers bilans, les plus récents d'abord
chart-col-day = Jour
chart-col-pain = Douleur
chart-col-stiffness = Raideur
chart-col-wind-down = Détente la veille au soir
chart-col-morning = Routine du matin
chart-yes = oui
chart-no = non

## Le graphique du sommeil.

sleep-axis = 1 = très mal, 5 = très bien
sleep-line = Sommeil (trait)
sleep-none = Aucune nuit notée pour l'instant. Le bilan du matin demande comment vous avez dormi ; vos réponses s'affichent ici.
sleep-count = { $count ->
        [one] { $count } nuit notée sur cette période.
       *[other] { $count } nuits notées sur cette période.
    }
sleep-latest = Dernière nuit, { $day } : { $quality } sur 5.
sleep-average = Moyenne des 30 derniers jours : { $average } sur 5.

streaks-problem-boundary = Une nouvelle journée commence à : « { $text } » n'est pas une heure ; tapez-la comme 04:00.
