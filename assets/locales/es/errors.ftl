error-not-found = { $what ->
        [exercise] No hay ningún ejercicio llamado «{ $id }».
        [session] No hay ninguna sesión llamada «{ $id }».
        [own-routine] No tienes ninguna rutina llamada «{ $id }».
       *[routine] No hay ninguna rutina llamada «{ $id }».
    }
error-as-said = { $text }
error-library = La biblioteca de ejercicios incluida no es válida: { $detail }
error-data-dir = No se encontró la carpeta de datos: { $detail }
error-internal = Algo salió mal dentro de Limber: { $detail }
