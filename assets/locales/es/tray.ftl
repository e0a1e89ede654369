tray-start-bedtime = Empezar la rutina de la noche
tray-start-morning = Empezar la rutina de la mañana
tray-pause-today = Pausar los recordatorios por hoy
tray-open = Abrir Limber
tray-quit = Salir
tray-next-unknown = Próximo recordatorio: aún no se sabe
tray-streak-unknown = Racha: aún no se sabe
launch-not-answered = Limber ya está abierto, pero no ha respondido. Vuelva a intentarlo en un momento; si su ventana sigue sin abrirse, elija «Salir» en su menú de la bandeja del sistema y vuelva a abrir Limber.
