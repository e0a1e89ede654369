editor-title-loading = Routine
editor-title-new = Nouvelle routine
editor-title-edit = Modifier la routine
editor-back = Retour
editor-loading = Chargement…
editor-about = À propos de cette routine
editor-copy-of = Une copie de { $name } ; l'original ne change jamais.
editor-reset = Rétablir { $name }
editor-name = Nom
editor-description = À quoi elle sert
editor-when = Quand
editor-when-bedtime = Au coucher
editor-when-morning = Le matin
editor-when-anytime = À tout moment

## Les exercices de la routine.

editor-exercises = Exercices
editor-empty = { $count ->
        [0] Pas encore d'exercice. Ajoutez-en depuis la liste.
       *[other] Pas encore d'exercice. Ajoutez-en depuis la liste de { $count }.
    }
editor-order-hint = Faites glisser un exercice par sa poignée, ou utilisez Monter et Descendre. Les champs vides prennent la valeur par défaut de l'exercice.
editor-drag = Glisser pour réordonner
editor-about-length = environ { $duration }
editor-move-up = Monter
editor-move-up-label = Monter { $exercise }
editor-move-down = Descendre
editor-move-down-label = Descendre { $exercise }
editor-remove = Retirer
editor-remove-label = Retirer { $exercise }
editor-hold = Maintien (s)
editor-reps = Répétitions
editor-rounds = Tours
editor-pace = Rythme (s par mouvement)
editor-sides = Côtés
editor-rest-after = Repos après (s)
editor-sides-none = Sans côtés
editor-sides-each = Chaque côté à tour de rôle
editor-sides-alternate = Côtés en alternance
editor-sides-default = { $sides ->
        [none] Par défaut (sans côtés)
        [each] Par défaut (chaque côté à tour de rôle)
       *[alternate] Par défaut (côtés en alternance)
    }
editor-default = par défaut : { $value }
editor-not-a-number = Tapez un nombre entier, ou laissez vide pour la valeur par défaut.

## Le choix des exercices.

editor-add-heading = Ajouter des exercices
editor-search = Rechercher des exercices
editor-area = Zone du corps
editor-all-areas = Toutes les zones
editor-where = Où
editor-anywhere = N'importe où
editor-choice-meta = { $area } · { $position } · environ { $duration }
editor-add = Ajouter
editor-add-label = Ajouter { $exercise }
editor-shown-all = { $total ->
        [one] { $total } exercice
       *[other] { $total } exercices
    }
editor-shown-none = Aucun exercice ne correspond ; effacez la recherche ou un filtre.
editor-shown-some = { $total ->
        [one] { $shown } exercice sur { $total }
       *[other] { $shown } exercices sur { $total }
    }

## La routine en tant que fichier.

editor-file-heading = Cette routine
editor-file-hint = Partagez-la ou gardez-en une copie dans un fichier, ou supprimez-la. Si vous la supprimez, ses séances passées restent dans votre historique.
editor-save-to-export = Enregistrez vos modifications pour les exporter.
editor-export = Exporter dans un fichier…
editor-delete = Supprimer la routine
editor-delete-question = Supprimer « { $name } » ? Ses séances passées restent dans votre historique.
editor-delete-yes = Oui, la supprimer
editor-delete-keep = La garder
editor-leave-question = Quitter sans enregistrer ? Vos modifications seront perdues.
editor-leave-yes = Quitter sans enregistrer
editor-leave-keep = Continuer la modification

## La barre du bas.

editor-total = { $count ->
        [one] Environ { $duration } · { $count } exercice
       *[other] Environ { $duration } · { $count } exercices
    }
editor-problems = { $count ->
        [one] { $count } point à corriger avant d'enregistrer.
       *[other] { $count } points à corriger avant d'enregistrer.
    }
editor-not-saved = Pas encore enregistrée.
editor-saved = Enregistrée.
editor-save = Enregistrer la routine
editor-start = Commencer

## Ce qu'entend un lecteur d'écran après une modification.

editor-added = { $exercise } ajouté. { $total }.
editor-removed = { $exercise } retiré.
editor-moved = { $exercise } est maintenant en position { $position } sur { $count }.
editor-the-exercise = L'exercice
editor-reset-done = Les exercices de { $name } sont revenus. Enregistrez pour les garder.
editor-reset-done-unnamed = Les exercices de l'original sont revenus. Enregistrez pour les garder.
editor-saved-as = « { $name } » enregistrée. Elle est sur l'écran Aujourd'hui avec les autres routines.

## La routine enregistrée dans un fichier, ou importée.

routine-exported = « { $name } » enregistrée dans { $path }.
routine-import-refused = Rien n'a été importé : { $file } contient { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    }.
routine-imported = « { $name } » importée.
routine-imported-restored = « { $name } » importée ; ses séances passées sont de retour dans son historique.
routine-imported-copy = « { $name } » importée comme nouvelle routine, car il y en a déjà une avec le même identifiant.
editor-filter-routine = Routine Limber

# Ce que sont au départ une nouvelle routine et la copie d'une routine à vous ; on peut les renommer. 60 caractères au plus.
routine-new-name = Ma routine
routine-new-description = Une routine que j'ai composée moi-même.
# $name est le nom de la routine copiée.
routine-copy-of-own = { $name } (copie)
