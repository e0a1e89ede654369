tray-start-bedtime = Rozpocznij wieczorną rutynę
tray-start-morning = Rozpocznij poranną rutynę
tray-pause-today = Wstrzymaj przypomnienia na dziś
tray-open = Otwórz Limber
tray-quit = Zakończ
tray-next-unknown = Następne przypomnienie: jeszcze nieznane
tray-streak-unknown = Seria: jeszcze nieznana
launch-not-answered = Limber już działa, ale nie odpowiedział. Spróbuj ponownie za chwilę; jeśli okno nadal się nie otworzy, wybierz „Zakończ” w menu Limbera w zasobniku systemowym i uruchom Limbera ponownie.
