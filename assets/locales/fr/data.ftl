data-heading = Vos données
data-hint = Tout reste sur cet ordinateur (et dans votre dossier de synchronisation, si vous en choisissez un ci-dessous). Exportez une copie pour la conserver, la transférer sur un autre ordinateur ou l'ouvrir dans un tableur.
data-export-json = Tout exporter (JSON)…
data-export-sessions = Exporter les séances (CSV)…
data-export-journal = Exporter le journal (CSV)…
data-exported = Fichier de { $size } enregistré dans { $path }.
data-import-heading = Importer
data-import-hint = Importez un export de Limber (JSON). Le fichier est d'abord vérifié ; si quelque chose ne va pas, rien ne change. Les séances et entrées que vous avez déjà sont conservées : importer deux fois le même fichier n'ajoute rien.
data-import = Importer un export de Limber…
data-backups-heading = Sauvegardes quotidiennes
data-backups-hint = Limber copie sa base de données une fois par jour et garde les { $kept } copies les plus récentes. Si la base de données est un jour endommagée, il restaure au démarrage la copie intacte la plus récente. Elles se trouvent dans { $folder }.
data-no-backup = Pas encore de sauvegarde ; la première est faite aujourd'hui.
data-backups-label = Sauvegardes
data-backup-row = { $day } · { $size }
data-backup-old = Votre sauvegarde la plus récente date d'il y a { $days } jours. Si vos données étaient endommagées maintenant, Limber ne pourrait les restaurer que dans leur état d'il y a { $days } jours, et tout ce que vous avez noté depuis serait perdu. Limber fait une sauvegarde chaque jour où il est lancé ; si cet avertissement reste affiché, vérifiez que le disque a de l'espace libre et que le dossier des sauvegardes est accessible en écriture.

size-bytes = { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Ko
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo

import-done = Importé : { $sessions ->
        [one] { $sessions } séance ajoutée
       *[other] { $sessions } séances ajoutées
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } déjà présente
       *[other] , { $skipped } déjà présentes
    }, { $entries ->
        [one] { $entries } entrée du journal ajoutée
       *[other] { $entries } entrées du journal ajoutées
    }{ $updated ->
        [0] {""}
        [one] , { $updated } mise à jour avec des réponses plus récentes
       *[other] , { $updated } mises à jour avec des réponses plus récentes
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } jour de repos ajouté
       *[other] , { $restDays } jours de repos ajoutés
    }{ $routines ->
        [0] {""}
        [one] , { $routines } routine personnelle ajoutée ou mise à jour
       *[other] , { $routines } routines personnelles ajoutées ou mises à jour
    }{ $settings ->
        [0] {""}
        [one] , { $settings } réglage ajouté
       *[other] , { $settings } réglages ajoutés
    }.
import-refused-invalid = Rien n'a été importé : le fichier contient { $total ->
        [one] { $total } problème
       *[other] { $total } problèmes
    }. { $shown ->
        [one] Le voici
       *[other] Voici les premiers
    } : { $problems }{ $more ->
        [0] .
       *[other] ; et { $more } autres.
    }
import-refused-not-export = Rien n'a été importé : le fichier n'est pas un export de Limber.
import-refused-not-text = Rien n'a été importé : le fichier n'est pas un export de Limber (ce n'est pas du texte).
import-refused-newer = Rien n'a été importé : le fichier a été créé par une version plus récente de Limber (version d'export { $found } ; cette version de Limber lit jusqu'à la version { $known }) ; mettez Limber à jour pour l'importer.
import-refused-too-large = Rien n'a été importé : le fichier est trop volumineux pour être un export de Limber ({ $bytes } octets ; la limite est de { $limit }).
import-refused = Rien n'a été importé : { $reason }.
import-picked-up = Le Limber ouvert a pris en compte la modification.
data-filter-json = Export de Limber (JSON)
data-filter-csv = Feuille de calcul CSV

## Un fichier choisi n'a pas pu être écrit ; $detail est la raison donnée par le système.

file-write-failed = Impossible d'écrire { $path } : { $detail }.
file-save-failed = Impossible d'enregistrer { $path } : { $detail }.
