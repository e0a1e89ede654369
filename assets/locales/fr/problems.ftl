problem-disk-full-title = Le disque qui contient les données de Limber est plein.
problem-disk-full-advice = { $readable ->
        [yes] Rien n'a été perdu.
       *[no] Rien n'a été perdu : vos données sont toujours dans ce dossier, et Limber les ouvrira dès qu'il y aura de la place.
    } Tout ce que vous faites de nouveau est conservé tant que Limber reste ouvert, et Limber réessaie de l'enregistrer à quelques secondes d'intervalle. Libérez de l'espace sur ce disque (videz la corbeille ou supprimez de gros fichiers dont vous n'avez plus besoin) et Limber enregistrera automatiquement.
problem-read-only-title = Limber ne peut pas enregistrer : son dossier de données est en lecture seule.
problem-read-only-advice = { $readable ->
        [yes] Rien n'a été perdu : vos données sont toujours là.
       *[no] Rien n'a été perdu : vos données sont toujours dans ce dossier, et Limber les ouvrira dès qu'il le pourra.
    } Tout ce que vous faites de nouveau est conservé tant que Limber reste ouvert, et Limber réessaie de l'enregistrer à quelques secondes d'intervalle. Rendez le dossier de nouveau accessible en écriture (vérifiez que son disque n'est pas monté en lecture seule et que le dossier appartient à votre utilisateur) et Limber enregistrera automatiquement.
problem-busy-title = Un autre programme utilise le fichier de données de Limber.
problem-busy-advice = Rien n'a été perdu. Tout ce que vous faites de nouveau est conservé tant que Limber reste ouvert, et Limber réessaie de l'enregistrer à quelques secondes d'intervalle. Ce sera enregistré automatiquement dès que l'autre programme libérera le fichier ; sinon, fermez les programmes qui pourraient l'avoir ouvert (un outil de sauvegarde ou de synchronisation, une visionneuse de base de données, un second Limber).
problem-unavailable-title = Limber ne peut pas utiliser ses données pour le moment.
problem-unavailable-advice = { $readable ->
        [yes] Rien n'a été supprimé.
       *[no] Rien n'a été supprimé : vos données sont toujours dans ce dossier.
    } Tout ce que vous faites de nouveau est conservé tant que Limber reste ouvert, et Limber réessaie de l'enregistrer à quelques secondes d'intervalle.
problem-sentence = { $title } Le dossier est { $folder }. { $advice } (Détails : { $detail }.)

problem-disk-full-waiting = Le disque qui contient les données de Limber est plein. Limber garde ceci et réessaie à quelques secondes d'intervalle : libérez de l'espace sur ce disque et ce sera enregistré automatiquement. Laissez Limber ouvert d'ici là.
problem-read-only-waiting = Le dossier de données de Limber est en lecture seule. Limber garde ceci et réessaie à quelques secondes d'intervalle : rendez le dossier de nouveau accessible en écriture et ce sera enregistré automatiquement. Laissez Limber ouvert d'ici là.
problem-busy-waiting = Un autre programme utilise le fichier de données de Limber. Limber garde ceci et réessaie à quelques secondes d'intervalle : ce sera enregistré automatiquement dès que l'autre programme libérera le fichier. Laissez Limber ouvert d'ici là.
problem-unavailable-waiting = Limber ne peut pas utiliser ses données pour le moment. Il garde ceci et réessaie à quelques secondes d'intervalle. Laissez Limber ouvert jusqu'à ce que ce soit enregistré.

problem-disk-full-refused = Non enregistré : le disque qui contient les données de Limber est plein. Libérez de l'espace sur ce disque et réessayez.
problem-read-only-refused = Non enregistré : le dossier de données de Limber est en lecture seule. Rendez-le de nouveau accessible en écriture et réessayez.

session-not-saved = La séance n'a pas pu être enregistrée : { $detail }.
