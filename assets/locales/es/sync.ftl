sync-heading = Sincronización entre tus equipos
sync-off-hint = ¿Usas Limber en más de un equipo? Elige una carpeta que ya sincronices con Syncthing, Nextcloud, Dropbox, OneDrive o iCloud Drive, o una en una memoria USB. Limber escribe en ella un archivo para este equipo y lee los archivos de tus otros equipos, así que una rutina hecha en uno cuenta en todos. Limber por sí mismo nunca usa la red.
sync-choose = Elegir carpeta de sincronización…
sync-folder = Carpeta
sync-last-synced = Última sincronización
sync-not-yet = Aún no
sync-this-computer = Este equipo
sync-now = Sincronizar ahora
sync-choose-another = Elegir otra carpeta…
sync-stop = Dejar de sincronizar
sync-devices-heading = Tus otros equipos
sync-no-devices = Ninguno todavía. Elige esta misma carpeta en Limber en tu otro equipo; aparecerá aquí en cuanto llegue su archivo.
sync-device-activity = { $changes }, último cambio { $when }
sync-confirm-remove = ¿Dejar de leer el archivo de { $name }? Lo que ya trajo se queda.
sync-yes-remove = Sí, quitar { $name }
sync-keep = Conservar { $name }
sync-remove = Quitar { $name }
sync-skipped-heading = Omitidos en la última pasada
sync-contents = Qué contienen los archivos
sync-contents-what = Tus sesiones, tus registros (diario), los días de descanso, tus propias rutinas y tus horas de recordatorio, tu plan de rutinas y tus metas. No tus ajustes de sonido ni el tamaño de la ventana.
sync-contents-plain = Los archivos son JSON legible, sin cifrar, así que elige una carpeta de confianza: cualquiera que pueda abrir la carpeta puede leerlos.

sync-chosen = Limber ahora sincroniza a través de { $folder }.
sync-synced = Sincronizado.
sync-stopped = Sincronización detenida. Los archivos de Limber siguen en { $folder }; elige la carpeta de nuevo para volver a empezar.
sync-removed = Se quitó { $name }: Limber ya no lee su archivo. Lo que trajo se queda.

sync-just-now = ahora mismo
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] ningún cambio
        [one] { $count } cambio
       *[other] { $count } cambios
    }
sync-written-none = aún no se ha escrito nada desde este equipo
sync-written = { $changes } desde este equipo
sync-unnamed = Equipo sin nombre

sync-error-no-folder = No hay ninguna carpeta de sincronización elegida: elige una en Ajustes o ejecuta `limber sync --folder RUTA`.
sync-error-folder = Limber no puede usar { $folder } como carpeta de sincronización: { $why }.
sync-why-not-found = no existe
sync-why-denied = Limber no tiene permiso para escribir ahí
sync-why-read-only = está en un disco de solo lectura
sync-why-full = el disco está lleno
sync-why-not-folder = no es una carpeta
sync-why-system = el sistema dice: { $detail }

sync-skip-unreadable-folder = no se pudo leer la carpeta: { $why }
sync-skip-conflict-copy = una copia que hizo la herramienta de sincronización cuando chocaron dos versiones; Limber lee el original
sync-skip-unknown-name = su nombre no es de los que escribe Limber
sync-skip-not-file = no es un archivo normal
sync-skip-too-large = ocupa más de { $megabytes } MB, mucho más de lo que escribe Limber
sync-skip-no-header = no empieza como un archivo de sincronización de Limber
sync-skip-newer = lo escribió un Limber más reciente (formato { $version }); actualiza Limber en este equipo para leerlo
sync-skip-other-device = su primera línea nombra otro equipo ({ $device })
sync-skip-torn = la línea { $line } aún no ha llegado entera; se leerá cuando la herramienta de sincronización la haya traído
sync-skip-bad-line = línea { $line }: { $reason }
sync-skip-not-taken = no incorporado: { $why }

sync-cli-synced = Sincronizado con { $folder } ({ $time }).
sync-cli-this-computer = Este equipo ({ $name }, { $id }…): { $written ->
        [one] { $written } cambio nuevo escrito
       *[other] { $written } cambios nuevos escritos
    }, { $total } en total.
sync-cli-read = { $read ->
        [one] Se leyó { $read } cambio nuevo
       *[other] Se leyeron { $read } cambios nuevos
    } { $computers ->
        [one] de otro equipo
       *[other] de otros { $computers } equipos
    }.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [one] { $changes } cambio
       *[other] { $changes } cambios
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [one] { $changes } cambio
       *[other] { $changes } cambios
    }, el último el { $last }
sync-cli-skipped = { $files ->
        [one] Se omitió { $files } archivo
       *[other] Se omitieron { $files } archivos
    }:
sync-picker-title = Elige la carpeta con la que sincronizar
