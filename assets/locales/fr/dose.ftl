# Traduit de en/dose.ftl : les phrases du dosage adaptatif sur l'écran Progrès. Calme et simple : une
# suggestion, jamais un ordre. $exercise est le nom d'un exercice, $routine celui d'une routine.

# Un dosage dans l'historique du dosage. $sides vaut « each » (de chaque côté) ou « none ».
dose-value-hold = { $exercise } : maintien de { $value } s
dose-value-reps = { $exercise } : { $sides ->
        [each] { $value ->
            [one] { $value } répétition de chaque côté
           *[other] { $value } répétitions de chaque côté
        }
       *[none] { $value ->
            [one] { $value } répétition
           *[other] { $value } répétitions
        }
    }
dose-value-rounds = { $exercise } : { $value ->
        [one] { $value } tour
       *[other] { $value } tours
    }

# Les deux dosages d'un changement, le nouveau d'abord. $to est le nouveau nombre, $from l'ancien.
dose-change-hold = { $exercise } : maintien de { $to } s au lieu de { $from } s.
dose-change-reps = { $exercise } : { $sides ->
        [each] { $to ->
            [one] { $to } répétition de chaque côté
           *[other] { $to } répétitions de chaque côté
        }
       *[none] { $to ->
            [one] { $to } répétition
           *[other] { $to } répétitions
        }
    } au lieu de { $from }.
dose-change-rounds = { $exercise } : { $to ->
        [one] { $to } tour
       *[other] { $to } tours
    } au lieu de { $from }.

# Pourquoi un changement est proposé, puis quoi essayer ; les deux parties sont des messages ci-dessous.
dose-why = { $reason } : essayez { $step }.
# $days : bedtime (soir), morning (matin) ou anytime.
dose-because-run = Vous avez terminé la routine { $finished } fois sur vos { $planned } { $days ->
        [bedtime] derniers soirs
        [morning] derniers matins
       *[anytime] derniers jours prévus
    }, et votre dos va à peu près aussi bien, voire mieux
# $before et $after sont des moyennes sur 10, avec une décimale.
dose-because-rising = { $measure ->
        [after-sessions] Ces derniers temps, votre dos va moins bien après cette routine
        [morning-pain] Ces derniers temps, votre dos vous fait plus mal le matin
       *[morning-stiffness] Ces derniers temps, votre dos est plus raide le matin
    } (de { $before } à { $after } sur 10 en moyenne)
dose-because-skipped = Vous avez sauté une partie de l'exercice { $exercise } lors de { $sessions } de vos { $of } dernières séances
# Quoi essayer ; l'exercice est nommé sur la ligne suivante. $by est de combien.
dose-step-hold-up = { $by ->
        [0] { $by } seconde de plus
        [one] une seconde de plus
       *[other] { $by } secondes de plus
    } à chaque maintien
dose-step-hold-down = { $by ->
        [0] { $by } seconde de moins
        [one] une seconde de moins
       *[other] { $by } secondes de moins
    } à chaque maintien
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [0] { $by } répétition de plus de chaque côté
            [one] une répétition de plus de chaque côté
           *[other] { $by } répétitions de plus de chaque côté
        }
       *[none] { $by ->
            [0] { $by } répétition de plus
            [one] une répétition de plus
           *[other] { $by } répétitions de plus
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [0] { $by } répétition de moins de chaque côté
            [one] une répétition de moins de chaque côté
           *[other] { $by } répétitions de moins de chaque côté
        }
       *[none] { $by ->
            [0] { $by } répétition de moins
            [one] une répétition de moins
           *[other] { $by } répétitions de moins
        }
    }
dose-step-rounds-up = { $by ->
        [0] { $by } tour de plus
        [one] un tour de plus
       *[other] { $by } tours de plus
    }
dose-step-rounds-down = { $by ->
        [0] { $by } tour de moins
        [one] un tour de moins
       *[other] { $by } tours de moins
    }

# Pourquoi rien n'est proposé. $day est un date-long.
dose-quiet-answered = Au plus un changement par semaine : la prochaine suggestion pourra venir à partir du { $day }.
dose-quiet-little-history = Pas encore assez de séances ni de bilans du matin pour suggérer un changement : continuez, et répondez à « Comment va votre dos maintenant ? » après chaque séance.
dose-quiet-building = Routine terminée { $finished } fois sur les { $planned } derniers jours prévus : après { $needed } sur { $days }, Limber pourra vous proposer un peu plus.
dose-quiet-not-settled = Le dosage reste tel quel : { $measure ->
        [after-sessions] la note de votre dos après les séances
        [morning-pain] la douleur au dos le matin
       *[morning-stiffness] la raideur du matin
    } est passée de { $before } à { $after } en moyenne, ce n'est donc pas le moment d'en ajouter.
dose-quiet-at-limit = Tous les dosages qui pourraient changer sont déjà à la limite de leur plage sûre : le dosage reste tel quel.

# Sous une proposition pour une routine intégrée.
dose-copy-note = { $routine } est une routine intégrée : accepter crée votre propre copie avec le nouveau dosage, qui reprend son rappel, son objectif et son historique.

# Ce qu'a fait une réponse. $doses est une phrase dose-change-* ; $day un date-long ; $copy le nom de la copie.
dose-accepted = À partir de votre prochaine séance : { $doses }
dose-accepted-copy = À partir de votre prochaine séance : { $doses } Limber a créé votre propre copie de { $routine } avec le nouveau dosage, nommée « { $copy } » : son rappel, son objectif hebdomadaire et son historique passent à la copie, et l'original reste tel qu'il était.
dose-declined = Le dosage reste tel quel. Limber ne proposera pas d'autre changement pour cette routine avant le { $day }.
dose-undone = Annulé. À partir de votre prochaine séance : { $doses }

# Une réponse refusée, sans rien changer.
dose-refused-not-offered = Cette suggestion n'est plus proposée : vos séances ou vos bilans ont changé depuis son affichage. Rien n'a été modifié.
dose-refused-nothing-to-undo = Il n'y a aucun changement de dosage à annuler pour cette routine.
dose-refused-stale = Cette suggestion ne convient plus à { $routine } : la routine a été modifiée depuis. Rien n'a été modifié.
dose-refused-range = Ce changement ferait sortir { $exercise } de sa plage sûre. Rien n'a été modifié.

# Comment a commencé chaque période de l'historique du dosage.
dose-era-start = Dosage de départ
dose-era-step-up = Augmentation acceptée
dose-era-step-down = Diminution acceptée
dose-era-undo = Changement annulé
