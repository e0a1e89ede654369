data-heading = Tus datos
data-hint = Todo se queda en este equipo (y en tu carpeta de sincronización, si eliges una abajo). Exporta una copia para guardarla, llevarla a otro equipo o abrirla en una hoja de cálculo.
data-export-json = Exportar todo (JSON)…
data-export-sessions = Exportar sesiones (CSV)…
data-export-journal = Exportar diario (CSV)…
data-exported = Archivo de { $size } guardado en { $path }.
data-import-heading = Importar
data-import-hint = Trae una exportación de Limber (JSON). Primero se revisa el archivo; si algo está mal, no cambia nada. Las sesiones y entradas que ya tienes se conservan, así que importar el mismo archivo dos veces no añade nada.
data-import = Importar una exportación de Limber…
data-backups-heading = Copias de seguridad diarias
data-backups-hint = Limber copia su base de datos una vez al día y guarda las { $kept } copias más recientes. Si la base de datos llega a dañarse, al iniciarse restaura la copia en buen estado más reciente. Están en { $folder }.
data-no-backup = Aún no hay ninguna copia de seguridad; la primera se hace hoy.
data-backups-label = Copias de seguridad
data-backup-row = { $day } · { $size }
data-backup-old = Tu copia de seguridad más reciente tiene { $days } días. Si tus datos se dañaran ahora, Limber solo podría recuperarlos tal como estaban hace { $days } días, y se perdería todo lo que registraste desde entonces. Limber hace una copia cada día que se ejecuta; si este aviso no desaparece, comprueba que el disco tenga espacio libre y que se pueda escribir en la carpeta de las copias.

size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = Importado: { $sessions ->
        [one] { $sessions } sesión añadida
       *[other] { $sessions } sesiones añadidas
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } ya estaba
       *[other] , { $skipped } ya estaban
    }, { $entries ->
        [one] { $entries } entrada del diario añadida
       *[other] { $entries } entradas del diario añadidas
    }{ $updated ->
        [0] {""}
        [one] , { $updated } actualizada con respuestas más recientes
       *[other] , { $updated } actualizadas con respuestas más recientes
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } día de descanso añadido
       *[other] , { $restDays } días de descanso añadidos
    }{ $routines ->
        [0] {""}
        [one] , { $routines } rutina propia añadida o actualizada
       *[other] , { $routines } rutinas propias añadidas o actualizadas
    }{ $settings ->
        [0] {""}
        [one] , { $settings } ajuste añadido
       *[other] , { $settings } ajustes añadidos
    }.
import-refused-invalid = No se importó nada: el archivo tiene { $total ->
        [one] { $total } problema
       *[other] { $total } problemas
    }. { $shown ->
        [one] Es este
       *[other] Los primeros son
    }: { $problems }{ $more ->
        [0] .
       *[other] ; y { $more } más.
    }
import-refused-not-export = No se importó nada: el archivo no es una exportación de Limber.
import-refused-not-text = No se importó nada: el archivo no es una exportación de Limber (no es texto).
import-refused-newer = No se importó nada: el archivo lo creó un Limber más reciente (versión de exportación { $found }; este Limber lee hasta la versión { $known }); actualiza Limber para importarlo.
import-refused-too-large = No se importó nada: el archivo es demasiado grande para ser una exportación de Limber ({ $bytes } bytes; el límite es { $limit }).
import-refused = No se importó nada: { $reason }.
import-picked-up = El Limber que está abierto ya ha leído el cambio.
data-filter-json = Exportación de Limber (JSON)
data-filter-csv = Hoja de cálculo CSV
file-write-failed = No se pudo escribir { $path }: { $detail }.
file-save-failed = No se pudo guardar { $path }: { $detail }.
