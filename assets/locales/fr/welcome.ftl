welcome-step = Étape { $step } sur { $steps }
welcome-skip = Passer la configuration

## Le titre de chaque étape.

welcome-title-safety = La sécurité d'abord
welcome-title-area = Où avez-vous mal ?
welcome-title-health = L'un de ces cas vous concerne-t-il ?
welcome-title-sleep = Comment dormez-vous d'habitude ?
welcome-title-times = Quand dormez-vous d'habitude ?
welcome-title-plan = Votre programme

## La sécurité.

welcome-safety-lead = Bienvenue. Quelques questions courtes, et Limber vous propose un programme du soir et du matin pour votre dos. Cela prend environ une minute. D'abord, les signes qui demandent un professionnel :

## Où vous avez mal.

welcome-area-lower-back = Bas du dos
welcome-area-lower-back-hint = Raide ou douloureux au niveau de la taille et en dessous.
welcome-area-upper-back-neck = Haut du dos et nuque
welcome-area-upper-back-neck-hint = Entre les omoplates, aux épaules ou à la nuque.
welcome-area-both = Les deux
welcome-area-both-hint = Un peu des deux.

## Les cas qui écartent des mouvements : le sens de chaque indication doit rester exact.

welcome-health-lead = Certains mouvements ne conviennent pas à tout le monde. Cochez ce qui vous concerne, et Limber retire ces mouvements de vos routines.
welcome-condition-osteoporosis = Ostéoporose, ou des os qui se cassent facilement
welcome-condition-osteoporosis-hint = Les mouvements qui plient la colonne vers l'avant ou la tournent sont écartés.
welcome-condition-surgery = Une opération du dos ou du cou, ou une fracture de la colonne, dont je me remets encore
welcome-condition-surgery-hint = Seuls la respiration, la relaxation et le lever en sécurité restent, jusqu'à ce que votre chirurgien ou votre kinésithérapeute dise que vous pouvez faire plus.
welcome-condition-pregnancy = Je suis enceinte
welcome-condition-pregnancy-hint = Les mouvements faits allongée sur le dos sont écartés.
welcome-condition-bending = Mon mal de dos s'aggrave quand je me penche en avant
welcome-condition-bending-hint = L'étirement genou-poitrine est écarté.
welcome-condition-none = Aucun de ces cas
welcome-health-hint = Un doute ? Demandez à votre médecin ou à votre kinésithérapeute. Vous pourrez modifier vos réponses plus tard dans les Paramètres.

## Comment vous dormez.

welcome-sleep-lead = La plupart des gens bougent pendant la nuit. Choisissez la position dans laquelle vous vous endormez.

## Les heures habituelles.

welcome-bedtime = Heure du coucher habituelle
welcome-wake-time = Heure du réveil habituelle
welcome-days = Quels jours ?
welcome-morning-cue = Me rappeler la routine du matin
welcome-cue-after-waking = 15 minutes après mon réveil
welcome-cue-first-computer-use = À ma première utilisation de l'ordinateur

## Ce qui manque encore.

welcome-missing-area = Choisissez où vous avez mal.
welcome-missing-health = Cochez ce qui vous concerne, ou « { welcome-condition-none } ».
welcome-missing-sleep = Choisissez comment vous dormez d'habitude.
welcome-missing-bedtime = Saisissez votre heure de coucher habituelle, par exemple 23:00.
welcome-missing-wake-time = Saisissez votre heure de réveil habituelle, par exemple 07:00.
welcome-missing-days = Choisissez au moins un jour.

## Le programme.

welcome-plan-lead = D'après vos réponses. Vous pourrez tout modifier plus tard dans les Paramètres.
welcome-plan-routines = Routines
welcome-plan-no-reminder = Pas de rappel : faites-la quand le haut du dos ou la nuque vous semble raide, par exemple pendant une pause.
welcome-plan-sleep = Votre sommeil
welcome-plan-sleep-hint = La liste pour préparer le lit s'affiche avant la routine du soir. Plus de détails dans « Bien dormir ».
welcome-start-at-login = Lancer Limber à l'ouverture de session
welcome-start-at-login-hint = Les rappels n'arrivent que si Limber est lancé. Il attend discrètement dans la zone de notification.
welcome-preparing = Préparation de votre programme…

## Les boutons.

welcome-accept = Accepter ce programme
welcome-change = Modifier mes réponses
welcome-understand = J'ai compris
welcome-continue = Continuer
welcome-back = Retour
