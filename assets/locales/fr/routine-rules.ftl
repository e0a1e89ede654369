# Traduit de en/routine-rules.ftl : ce qui ne va pas dans une routine, dans l'éditeur et à l'import d'un
# fichier. Court et simple. $field vaut name (le nom) ou description.
rule-id-not-kebab = L'identifiant de la routine « { $id } » doit être fait de mots en minuscules reliés par des traits d'union.
rule-id-too-long = L'identifiant de la routine ne peut pas dépasser { $max } caractères.
rule-empty = { $field ->
        [name] Donnez un nom à la routine.
       *[description] Écrivez une courte description.
    }
rule-too-long = { $field ->
        [name] Le nom ne peut pas dépasser { $max } caractères ; il en compte { $got }.
       *[description] La description ne peut pas dépasser { $max } caractères ; elle en compte { $got }.
    }
rule-control-characters = { $field ->
        [name] Le nom ne peut pas contenir de tabulations ni de retours à la ligne.
       *[description] La description ne peut pas contenir de tabulations ni de retours à la ligne.
    }
rule-direction-marks = { $field ->
        [name] Le nom ne peut pas contenir de marques invisibles de sens d'écriture.
       *[description] La description ne peut pas contenir de marques invisibles de sens d'écriture.
    }
rule-angle-brackets = { $field ->
        [name] Le nom ne peut pas contenir < ni >.
       *[description] La description ne peut pas contenir < ni >.
    }
rule-no-exercises = Ajoutez au moins un exercice.
rule-too-many-exercises = Une routine peut compter au plus { $max } exercices ; celle-ci en compte { $got }.
rule-unknown-exercise = Limber ne connaît pas d'exercice « { $id } ».
# $field : holdSecs (maintien), reps, rounds (tours), paceSecs (secondes par mouvement) ou restAfterSecs.
rule-dose-range = { $field ->
        [holdSecs] Un maintien doit durer entre { $min } et { $max } s.
        [reps] Le nombre de répétitions doit être compris entre { $min } et { $max }.
        [rounds] Le nombre de tours doit être compris entre { $min } et { $max }.
        [paceSecs] Chaque mouvement doit durer entre { $min } et { $max } s.
       *[restAfterSecs] Le repos après un exercice doit durer entre { $min } et { $max } s.
    }
rule-no-hold = { $exercise } n'a pas de maintien à modifier.
rule-no-pace = { $exercise } n'a pas de mouvement minuté dont régler le rythme.
rule-too-long-to-do = Cette routine durerait { $minutes } min ; le maximum autorisé est de { $max } min.
