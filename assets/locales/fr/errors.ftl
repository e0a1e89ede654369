error-not-found = { $what ->
        [exercise] Aucun exercice nommé « { $id } ».
        [session] Aucune séance nommée « { $id } ».
        [own-routine] Vous n'avez aucune routine nommée « { $id } ».
       *[routine] Aucune routine nommée « { $id } ».
    }
error-as-said = { $text }
error-library = La bibliothèque d'exercices intégrée n'est pas valide : { $detail }
error-data-dir = Le dossier de données est introuvable : { $detail }
error-internal = Une erreur s'est produite dans Limber : { $detail }
