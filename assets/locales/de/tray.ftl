tray-start-bedtime = Abendroutine starten
tray-start-morning = Morgenroutine starten
tray-pause-today = Erinnerungen für heute pausieren
tray-open = Limber öffnen
tray-quit = Beenden
tray-next-unknown = Nächste Erinnerung: noch unbekannt
tray-streak-unknown = Serie: noch unbekannt
