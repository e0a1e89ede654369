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

sync-error-no-folder = Aucun dossier de synchronisation n'est choisi : choisissez-en un dans les Paramètres, ou lancez `limber sync --folder CHEMIN`.
sync-error-folder = Limber ne peut pas utiliser { $folder } comme dossier de synchronisation : { $why }.
sync-why-not-found = il n'existe pas
sync-why-denied = Limber n'a pas le droit d'y écrire
sync-why-read-only = il se trouve sur un disque en lecture seule
sync-why-full = le disque est plein
sync-why-not-folder = ce n'est pas un dossier
sync-why-system = le système indique : { $detail }

sync-skip-unreadable-folder = le dossier n'a pas pu être lu : { $why }
sync-skip-conflict-copy = une copie créée par l'outil de synchronisation quand deux versions se sont rencontrées ; Limber lit l'original
sync-skip-unknown-name = son nom n'est pas de ceux que Limber écrit
sync-skip-not-file = ce n'est pas un fichier ordinaire
sync-skip-too-large = il dépasse { $megabytes } Mo, bien plus que ce que Limber écrit
sync-skip-no-header = il ne commence pas comme un fichier de synchronisation de Limber
sync-skip-newer = une version plus récente de Limber l'a écrit (format { $version }) ; mettez Limber à jour sur cet ordinateur pour le lire
sync-skip-other-device = sa première ligne désigne un autre ordinateur ({ $device })
sync-skip-torn = la ligne { $line } n'est pas encore arrivée en entier ; elle sera lue dès que l'outil de synchronisation l'aura apportée
sync-skip-bad-line = ligne { $line } : { $reason }
sync-skip-not-taken = non prise en compte : { $why }

sync-cli-synced = Synchronisé avec { $folder } ({ $time }).
sync-cli-this-computer = Cet ordinateur ({ $name }, { $id }…) : { $written ->
        [one] { $written } nouvelle modification écrite
       *[other] { $written } nouvelles modifications écrites
    }, { $total } au total.
sync-cli-read = { $read ->
        [one] { $read } nouvelle modification lue
       *[other] { $read } nouvelles modifications lues
    } depuis { $computers ->
        [one] { $computers } autre ordinateur
       *[other] { $computers } autres ordinateurs
    }.
sync-cli-device = { $name } ({ $id }…) : { $changes ->
        [one] { $changes } modification
       *[other] { $changes } modifications
    }
sync-cli-device-last = { $name } ({ $id }…) : { $changes ->
        [one] { $changes } modification
       *[other] { $changes } modifications
    }, la dernière le { $last }
sync-cli-skipped = { $files ->
        [one] { $files } fichier ignoré
       *[other] { $files } fichiers ignorés
    } :
sync-picker-title = Choisissez le dossier de synchronisation
