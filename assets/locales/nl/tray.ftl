tray-start-bedtime = Avondroutine starten
tray-start-morning = Ochtendroutine starten
tray-pause-today = Herinneringen pauzeren voor vandaag
tray-open = Limber openen
tray-quit = Afsluiten
tray-next-unknown = Volgende herinnering: nog onbekend
tray-streak-unknown = Reeks: nog onbekend
