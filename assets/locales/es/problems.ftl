problem-disk-full-title = El disco donde están los datos de Limber está lleno.
problem-disk-full-advice = { $readable ->
        [yes] No se ha perdido nada.
       *[no] No se ha perdido nada: tus datos siguen en esa carpeta y Limber los abrirá en cuanto haya espacio.
    } Todo lo nuevo que hagas se conserva mientras Limber siga abierto, y Limber intenta guardarlo cada pocos segundos. Libera espacio en ese disco (vacía la papelera o borra archivos grandes que ya no necesites) y Limber guardará automáticamente.
problem-read-only-title = Limber no puede guardar: su carpeta de datos es de solo lectura.
problem-read-only-advice = { $readable ->
        [yes] No se ha perdido nada: tus datos siguen ahí.
       *[no] No se ha perdido nada: tus datos siguen en esa carpeta y Limber los abrirá en cuanto pueda.
    } Todo lo nuevo que hagas se conserva mientras Limber siga abierto, y Limber intenta guardarlo cada pocos segundos. Haz que se pueda volver a escribir en la carpeta (comprueba que su disco no esté montado como de solo lectura y que la carpeta pertenezca a tu usuario) y Limber guardará automáticamente.
problem-busy-title = Otro programa está usando el archivo de datos de Limber.
problem-busy-advice = No se ha perdido nada. Todo lo nuevo que hagas se conserva mientras Limber siga abierto, y Limber intenta guardarlo cada pocos segundos. Se guardará automáticamente en cuanto el otro programa libere el archivo; si no ocurre, cierra los programas que puedan tener el archivo abierto (una herramienta de copias de seguridad o de sincronización, un visor de bases de datos, otro Limber).
problem-unavailable-title = Limber no puede usar sus datos en este momento.
problem-unavailable-advice = { $readable ->
        [yes] No se ha borrado nada.
       *[no] No se ha borrado nada: tus datos siguen en esa carpeta.
    } Todo lo nuevo que hagas se conserva mientras Limber siga abierto, y Limber intenta guardarlo cada pocos segundos.
problem-sentence = { $title } La carpeta es { $folder }. { $advice } (Detalles: { $detail }.)

problem-disk-full-waiting = El disco donde están los datos de Limber está lleno. Limber conserva esto y lo vuelve a intentar cada pocos segundos: libera espacio en ese disco y se guardará automáticamente. Mantén Limber abierto hasta entonces.
problem-read-only-waiting = La carpeta de datos de Limber es de solo lectura. Limber conserva esto y lo vuelve a intentar cada pocos segundos: haz que se pueda volver a escribir en la carpeta y se guardará automáticamente. Mantén Limber abierto hasta entonces.
problem-busy-waiting = Otro programa está usando el archivo de datos de Limber. Limber conserva esto y lo vuelve a intentar cada pocos segundos: se guardará automáticamente en cuanto el otro programa libere el archivo. Mantén Limber abierto hasta entonces.
problem-unavailable-waiting = Limber no puede usar sus datos en este momento. Conserva esto y lo vuelve a intentar cada pocos segundos. Mantén Limber abierto hasta que se guarde.

problem-disk-full-refused = No se guardó: el disco donde están los datos de Limber está lleno. Libera espacio en ese disco y vuelve a intentarlo.
problem-read-only-refused = No se guardó: la carpeta de datos de Limber es de solo lectura. Haz que se pueda volver a escribir en ella y vuelve a intentarlo.

session-not-saved = No se pudo guardar la sesión: { $detail }.
