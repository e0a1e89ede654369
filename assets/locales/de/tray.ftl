tray-start-bedtime = Abendroutine starten
tray-start-morning = Morgenroutine starten
tray-pause-today = Erinnerungen für heute pausieren
tray-open = Limber öffnen
tray-quit = Beenden
tray-next-unknown = Nächste Erinnerung: noch unbekannt
tray-streak-unknown = Serie: noch unbekannt
launch-not-answered = Limber läuft bereits, hat aber nicht geantwortet. Versuchen Sie es gleich noch einmal; öffnet sich das Fenster dann immer noch nicht, wählen Sie im Tray-Menü von Limber „Beenden“ und starten Sie Limber neu.
