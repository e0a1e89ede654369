# L'écran Exercices, l'écran Bien dormir, l'Aide et les éléments communs du guide (précautions, listes, signaux
# d'alerte). Les textes des exercices, les conseils de sommeil et les signaux d'alerte eux-mêmes sont du contenu.

library-heading = Exercices
library-intro = Tous les mouvements de Limber. Ouvrez-en un pour voir comment le faire, comment respirer et à quoi faire attention.
library-area = Zone du corps
library-area-all = Toutes les zones
library-position = Position
library-position-all = Toutes les positions
library-count = { $shown ->
        [one] { $shown } exercice sur { $total }
       *[other] { $shown } exercices sur { $total }
    }
library-no-match = Aucun exercice ne correspond aux deux filtres. Essayez « Toutes les zones » ou « Toutes les positions ».
library-list = Exercices
library-meta = { $area } · { $position } · { $dose } · environ { $duration }
library-show = Étapes et précautions
library-show-label = Étapes et précautions pour { $name }
library-hide = Masquer les étapes
library-hide-label = Masquer les étapes pour { $name }
library-how = Comment faire
library-breathing = Respiration
library-used-in = Fait partie de : { $routines }

area-lower-back = Bas du dos
area-upper-back = Haut du dos
area-neck = Nuque
area-core = Tronc
position-in-bed = Au lit
position-floor = Au sol
position-standing = Debout
position-seated = Assis

## La dose par défaut d'un exercice.

exercise-dose-breaths = { $count ->
        [one] { $count } respiration lente
       *[other] { $count } respirations lentes
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } tours
    }
exercise-dose-once = { $rounds ->
        [1] Une fois
       *[other] Une fois, { $rounds } tours
    }
exercise-dose-hold = Tenir { $hold } s{ $sides ->
        [each] {" "}de chaque côté
        [alternate] {" "}de chaque côté, en alternance
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } tours
    }
exercise-dose-reps = { $count ->
        [one] { $count } répétition
       *[other] { $count } répétitions
    }{ $sides ->
        [each] {" "}de chaque côté
        [alternate] {" "}de chaque côté, en alternance
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , tenir { $hold } s
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } tours
    }

## Les cas de la configuration initiale, tels que les nomment les lignes « écartés » (en minuscules).

condition-osteoporosis = ostéoporose
condition-spinal-surgery = opération récente ou fracture de la colonne
condition-pregnancy = grossesse
condition-bending-forward = douleur en se penchant en avant
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Écartés pour vous : { $items }.
guide-unsuitable = { $name } n'est pas dans votre programme : tous ses mouvements sont écartés.
guide-unsuitable-because = { $name } n'est pas dans votre programme : tous ses mouvements sont écartés ({ $conditions }).
guide-ask-surgeon = Votre chirurgien ou votre kinésithérapeute peut vous dire quels mouvements vous conviennent, et à partir de quand.
guide-ask-physio = Un kinésithérapeute peut vous proposer des mouvements qui vous conviennent.

## Les éléments communs du guide.

guide-take-care = Attention
guide-take-care-for = Attention : { $name }
guide-tonight = Votre lit ce soir
guide-this-evening = Ce soir
guide-start-routine = Commencer la routine
guide-skip-checklist = Passer la liste
guide-setup-label = Quoi mettre où : { $position }
guide-safety-loading = Chargement des consignes de sécurité…
guide-safety-problem = Les consignes de sécurité n'ont pas pu être affichées : { $problem }

## L'écran Bien dormir.

sleep-show-for = Afficher l'installation pour
sleep-yours = (vous)
sleep-tips = À essayer

## Aide.

help-heading = Aide
help-when = Quand demander de l'aide
help-use-heading = Comment utiliser Limber
help-use-start-title = Lancez une routine
help-use-start = depuis « Aujourd'hui ». La détente du soir se fait le soir, au sol ou au lit ; la routine du matin commence au lit, avant de vous lever.
help-use-follow-title = Suivez le minuteur et la voix.
help-use-follow = Activez le guide vocal dans Paramètres, Son : avec « Annonces seules », chaque exercice est annoncé quand il commence, et la voix vous dit quand changer de côté et quand un maintien se termine ; le « Guidage complet » explique aussi chaque mouvement, compte les répétitions et rythme votre respiration : vous pouvez garder les yeux fermés. Le guidage continue même si la fenêtre est fermée.
help-use-before-title = Avant la routine du soir,
help-use-before = Limber affiche une courte liste pour la soirée et pour vos oreillers cette nuit. Cochez ce qui est vrai, ou passez-la.
help-use-reminders-title = Les rappels
help-use-reminders = arrivent un peu avant le coucher et après le réveil. Modifiez-les dans les Paramètres, où vous pouvez aussi refaire la configuration initiale.
help-use-checkin-title = Faites votre bilan
help-use-checkin = chaque jour : comment allaient votre dos et votre sommeil. « Progrès » montre avec le temps ce qui vous aide.
help-use-gently-title = Commencez en douceur.
help-use-gently = Faites quelques répétitions, puis augmentez peu à peu, matin et soir. Bougez lentement, sans à-coups, et respirez normalement.
help-use-bed-title = Se coucher et se lever.
help-use-bed = Pour vous lever, roulez sur le côté, poussez sur vos bras et sortez les jambes du lit. Pour vous coucher le soir, faites la même chose dans l'autre sens.
help-use-answers-title = Vos réponses comptent.
help-use-answers = Si vous avez indiqué à Limber une ostéoporose, une opération récente de la colonne, une grossesse ou une douleur en vous penchant en avant, les mouvements qui ne vous conviennent pas sont écartés des routines. Modifiez vos réponses dans les Paramètres.
help-keys-heading = Raccourcis clavier pendant une routine
help-keys-key = Touche
help-keys-does = Action
help-key-space = Espace
help-key-right = Flèche droite
help-key-left = Flèche gauche
help-key-esc = Échap
help-key-space-does = Mettre en pause ou reprendre
help-key-right-does = Passer à l'exercice suivant
help-key-left-does = Revenir à l'exercice précédent
help-key-esc-does = Arrêter la routine
help-routines-heading = À quoi sert chaque routine
help-find-exercises = Chaque exercice, avec ses étapes et ses précautions, se trouve dans { $exercises }.
help-find-sleep = Les oreillers et le matelas se trouvent dans { $sleep }.
help-advice-heading = Limber n'est pas un avis médical
help-advice = Limber propose des routines douces et générales et des conseils de sommeil tirés de sources de santé publique. Il ne connaît ni votre corps ni vos antécédents, il ne peut rien diagnostiquer et il ne remplace pas un médecin ou un kinésithérapeute. Si vous ne savez pas si un exercice vous convient, demandez-leur.
