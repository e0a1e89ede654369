tray-start-bedtime = Commencer la routine du soir
tray-start-morning = Commencer la routine du matin
tray-pause-today = Mettre les rappels en pause pour aujourd'hui
tray-open = Ouvrir Limber
tray-quit = Quitter
tray-next-unknown = Prochain rappel : pas encore connu
tray-streak-unknown = Série : pas encore connue
launch-not-answered = Limber est déjà ouvert mais n’a pas répondu. Réessayez dans un instant ; si sa fenêtre ne s’ouvre toujours pas, choisissez « Quitter » dans son menu de la barre d’état, puis relancez Limber.
