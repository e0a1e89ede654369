sync-heading = Synchronisation entre vos ordinateurs
sync-off-hint = Vous utilisez Limber sur plusieurs ordinateurs ? Choisissez un dossier que vous synchronisez déjà avec Syncthing, Nextcloud, Dropbox, OneDrive ou iCloud Drive, ou un dossier sur une clé USB. Limber y écrit un fichier pour cet ordinateur et lit les fichiers de vos autres ordinateurs : une routine faite sur l'un compte sur tous. Limber lui-même n'utilise jamais le réseau.
sync-choose = Choisir le dossier de synchronisation…
sync-folder = Dossier
sync-last-synced = Dernière synchronisation
sync-not-yet = Pas encore
sync-this-computer = Cet ordinateur
sync-now = Synchroniser maintenant
sync-choose-another = Choisir un autre dossier…
sync-stop = Arrêter la synchronisation
sync-devices-heading = Vos autres ordinateurs
sync-no-devices = Aucun pour l'instant. Choisissez ce même dossier dans Limber sur votre autre ordinateur ; il apparaîtra ici dès que son fichier sera arrivé.
sync-device-activity = { $changes }, dernière modification { $when }
sync-confirm-remove = Ne plus lire le fichier de { $name } ? Ce qu'il a déjà apporté est conservé.
sync-yes-remove = Oui, retirer { $name }
sync-keep = Garder { $name }
sync-remove = Retirer { $name }
sync-skipped-heading = Ignorés lors du dernier passage
sync-contents = Ce que contiennent les fichiers
sync-contents-what = Vos séances, vos bilans (journal), vos jours de repos, vos propres routines, ainsi que vos heures de rappel, votre programme de routines et vos objectifs. Pas vos réglages de son ni la taille de la fenêtre.
sync-contents-plain = Les fichiers sont en JSON lisible, non chiffré : choisissez donc un dossier de confiance, car toute personne qui peut ouvrir le dossier peut les lire.

sync-chosen = Limber synchronise désormais via { $folder }.
sync-synced = Synchronisé.
sync-stopped = Synchronisation arrêtée. Les fichiers de Limber restent dans { $folder } ; choisissez à nouveau le dossier pour reprendre.
sync-removed = { $name } retiré : Limber ne lit plus son fichier. Ce qu'il a déjà apporté est conservé.

sync-just-now = à l'instant
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] aucune modification
        [one] { $count } modification
       *[other] { $count } modifications
    }
sync-written-none = rien n'a encore été écrit depuis cet ordinateur
sync-written = { $changes } venant de cet ordinateur
sync-unnamed = Ordinateur sans nom
