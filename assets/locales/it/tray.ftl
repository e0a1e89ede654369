tray-start-bedtime = Inizia la routine serale
tray-start-morning = Inizia la routine del mattino
tray-pause-today = Metti in pausa i promemoria per oggi
tray-open = Apri Limber
tray-quit = Esci
tray-next-unknown = Prossimo promemoria: non ancora noto
tray-streak-unknown = Serie: non ancora nota
launch-not-answered = Limber è già aperto ma non ha risposto. Riprova tra un momento; se la finestra continua a non aprirsi, scegli «Esci» nel suo menu nell’area di notifica e avvia di nuovo Limber.
