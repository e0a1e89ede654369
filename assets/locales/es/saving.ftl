saving-folder = Carpeta:
saving-not-saved-yet = Aún sin guardar
saving-waiting = { $count ->
        [one] Una cosa que hiciste aún no está guardada. Limber la conserva mientras siga abierto.
       *[other] { $count } cosas que hiciste aún no están guardadas. Limber las conserva mientras siga abierto.
    }
saving-quit-held = Limber no se cerró, porque se perdería lo que aún no está guardado. Libera espacio (o arregla la carpeta) y espera unos segundos, o ciérralo de todos modos.
saving-quit-anyway = Cerrar de todos modos y perderlo
saving-clear = Guardado. Limber puede volver a escribir sus datos, y todo lo que esperaba ya está en el disco.
saving-clear-label = Guardado
saving-clear-ok = Aceptar

saving-record-saving = Guardando…
saving-record-counts = Guardado. Cuenta para hoy.
saving-record-not-counted = Guardado. No cuenta para hoy: no se hizo la mayor parte de la rutina.
saving-feel-saved = Guardado con esta sesión.
saving-feel-waiting = Aún sin guardar: Limber conserva tu respuesta y la guarda con la sesión.
saving-feel-refused = No se guardó: { $problem }
