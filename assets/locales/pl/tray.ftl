tray-start-bedtime = Rozpocznij wieczorną rutynę
tray-start-morning = Rozpocznij poranną rutynę
tray-pause-today = Wstrzymaj przypomnienia na dziś
tray-open = Otwórz Limber
tray-quit = Zakończ
tray-next-unknown = Następne przypomnienie: jeszcze nieznane
tray-streak-unknown = Seria: jeszcze nieznana
