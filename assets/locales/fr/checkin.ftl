checkin-heading = Bilan du matin
checkin-meta-again = { $day } · Vous avez déjà fait votre bilan aujourd'hui ; modifiez ce que vous voulez et enregistrez à nouveau.
checkin-meta-new = { $day } · Comment va votre dos ce matin ?
checkin-pain-legend = Douleur au dos en ce moment
checkin-pain-value = Douleur { $value }
checkin-pain-low = 0 aucune
checkin-pain-high = 10 la pire imaginable
checkin-stiffness-legend = Raideur en ce moment
checkin-stiffness-value = Raideur { $value }
checkin-stiffness-low = 0 aucune
checkin-stiffness-high = 10 je peux à peine bouger
checkin-sleep-legend = Comment avez-vous dormi ?
checkin-sleep-value = Sommeil : { $quality }
checkin-sleep-very-poor = Très mal
checkin-sleep-poor = Mal
checkin-sleep-ok = Moyennement
checkin-sleep-good = Bien
checkin-sleep-very-good = Très bien
checkin-position-legend = Votre position cette nuit
checkin-position-side = Sur le côté
checkin-position-back = Sur le dos
checkin-position-stomach = Sur le ventre
checkin-position-varies = Ça a varié
checkin-note = Note (facultatif)
checkin-save = Enregistrer le bilan
checkin-see-progress = Voir les progrès
checkin-not-saved = Pas encore enregistré
checkin-saved-for = Enregistré pour le { $day }.
checkin-missing = Il manque encore : { $questions }.
checkin-missing-pain = douleur au dos
checkin-missing-stiffness = raideur
checkin-missing-sleep = qualité du sommeil
checkin-missing-position = position de sommeil

checkin-card-not-saved = Les réponses d'aujourd'hui ne sont pas encore enregistrées : Limber les garde et réessaie.
checkin-card-see = Voir le bilan
checkin-card-done = Fait aujourd'hui : douleur { $pain }, raideur { $stiffness }, sommeil { $sleep } sur 5.
checkin-card-edit = Modifier le bilan
checkin-card-invite = Comment va votre dos ce matin ? Quatre clics, moins de dix secondes.
checkin-card-now = Faire le bilan

recovery-heading = Vos données ont été restaurées à partir d'une sauvegarde
recovery-restored = { $records ->
        [0] Limber a trouvé sa base de données endommagée et a restauré la sauvegarde du { $day }. Les réglages modifiés après cette sauvegarde sont revenus à leur état d'alors.
        [1] Limber a trouvé sa base de données endommagée et a restauré la sauvegarde du { $day }, ainsi que l'entrée enregistrée depuis. Les réglages modifiés après cette sauvegarde sont revenus à leur état d'alors.
       *[other] Limber a trouvé sa base de données endommagée et a restauré la sauvegarde du { $day }, ainsi que les { $records } entrées enregistrées depuis. Les réglages modifiés après cette sauvegarde sont revenus à leur état d'alors.
    }
recovery-fresh-with-log = { $records ->
        [1] Limber a trouvé sa base de données endommagée et n'avait aucune sauvegarde intacte ; il est donc reparti de zéro, avec la seule entrée de son historique.
       *[other] Limber a trouvé sa base de données endommagée et n'avait aucune sauvegarde intacte ; il est donc reparti de zéro, avec les { $records } entrées de son historique.
    }
recovery-fresh = Limber a trouvé sa base de données endommagée et n'avait aucune sauvegarde intacte ; il est donc reparti de zéro.
recovery-kept = Le fichier endommagé a été conservé, pas supprimé :
recovery-told = { $what } { $kept } { $path }
recovery-details = Détails
recovery-ok = OK
