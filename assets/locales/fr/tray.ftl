tray-start-bedtime = Commencer la routine du soir
tray-start-morning = Commencer la routine du matin
tray-pause-today = Mettre les rappels en pause pour aujourd'hui
tray-open = Ouvrir Limber
tray-quit = Quitter
tray-next-unknown = Prochain rappel : pas encore connu
tray-streak-unknown = Série : pas encore connue
