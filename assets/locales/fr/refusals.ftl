# Traduit de en/refusals.ftl : les valeurs que refusent les séries et les jours de repos, le déroulement d'une
# séance, l'éditeur et le plan, sans rien changer. $got est la valeur donnée.
streak-refused-boundary-time = L'heure à laquelle commence une nouvelle journée doit s'écrire comme 04:00 (valeur reçue : « { $got } »).
streak-refused-boundary-late = Une nouvelle journée doit commencer entre 00:00 et { $latest } (valeur reçue : { $got }).
streak-refused-rest-days = Le nombre de jours de repos par mois doit être compris entre 0 et { $max } (valeur reçue : { $got }).
# $routine est l'identifiant d'une routine.
streak-refused-unknown-routine = Il n'y a pas de routine « { $routine } » à laquelle fixer un objectif.
streak-refused-goal = Un objectif hebdomadaire doit être compris entre { $min } et { $max } jours (valeur reçue : { $got }).
rest-day-refused-already = Aujourd'hui est déjà un jour de repos.
rest-day-refused-limit = { $limit ->
        [0] Aucun jour de repos n'est autorisé par mois dans vos Paramètres.
        [one] Vous avez déjà pris le jour de repos de ce mois-ci pour cette routine.
       *[other] Vous avez déjà pris les { $limit } jours de repos de ce mois-ci pour cette routine.
    }

session-refused-running = { $routine } est toujours en cours : arrêtez cette routine avant d'en commencer une autre.
session-refused-unsuitable = Tous les mouvements de { $routine } sont écartés pour vous, d'après vos réponses aux questions de départ. Vous pouvez les modifier dans les Paramètres, avec « { guide-run-again } ».
session-refused-none = Aucune routine n'est en cours.
session-refused-feel = La réponse doit être comprise entre { $min } et { $max } (valeur reçue : { $got }).
routine-refused-built-in = Une routine intégrée ne peut pas être modifiée ; dupliquez-la pour créer la vôtre.
routine-refused-built-in-delete = Une routine intégrée ne peut pas être supprimée.
routine-refused-not-a-copy = Cette routine n'a pas été copiée d'une routine intégrée : il n'y a donc rien à rétablir.
routine-refused-problems = La routine n'a pas été enregistrée : { $count ->
        [one] corrigez d'abord le problème indiqué.
       *[other] corrigez d'abord les { $count } problèmes indiqués.
    }
plan-refused-no-days = Choisissez au moins un jour pour vos routines.

session-refused-command = { $state ->
        [not-started] La routine n'a pas encore commencé.
        [started] La routine a déjà commencé.
        [paused] La routine est déjà en pause.
        [not-paused] La routine n'est pas en pause.
        [over] La routine est terminée.
       *[nothing-to-extend] Cette étape n'a ni maintien ni repos à prolonger.
    }
routine-refused-edit = Cette modification ne correspond plus à cette routine. Rien n'a été modifié.
language-refused-unknown = Limber ne parle pas « { $tag } ».
