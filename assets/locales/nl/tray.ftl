tray-start-bedtime = Avondroutine starten
tray-start-morning = Ochtendroutine starten
tray-pause-today = Herinneringen pauzeren voor vandaag
tray-open = Limber openen
tray-quit = Afsluiten
tray-next-unknown = Volgende herinnering: nog onbekend
tray-streak-unknown = Reeks: nog onbekend
launch-not-answered = Limber draait al, maar gaf geen antwoord. Probeer het zo nog eens; gaat het venster dan nog steeds niet open, kies dan „Afsluiten” in het menu van Limber in het systeemvak en start Limber opnieuw.
