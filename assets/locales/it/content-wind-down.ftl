# La lista della sera prima della routine serale, tradotta da en/content-wind-down.ftl (generato da
# assets/content/wind-down.json). Dopo una modifica: node scripts/content-l10n.mjs --translated it

wind-down-title = Prima di iniziare
wind-down-intro = Una serata tranquilla aiuta la schiena a rilassarsi. Spunta quello che è vero stasera; non è un esame.
wind-down-usual-bedtime-label = È più o meno la mia solita ora di dormire
wind-down-usual-bedtime-detail = Andare a letto alla stessa ora ogni sera, fine settimana compresi, aiuta il corpo a capire quando dormire.
wind-down-ready-for-bed-label = Sveglia impostata, denti lavati, pigiama addosso
wind-down-ready-for-bed-detail = Gli stessi piccoli gesti ogni sera dicono al corpo che la giornata è finita.
wind-down-screens-down-label = Gli schermi sono attenuati o messi via
wind-down-screens-down-detail = Meno luce intensa dagli schermi prima di dormire rende più facile addormentarsi.
wind-down-bed-for-sleep-label = Niente TV, lavoro o lettura a letto stasera
wind-down-bed-for-sleep-detail = Usa il letto solo per dormire: fai quelle cose altrove, così sdraiarti vuol dire riposare.
wind-down-no-late-caffeine-label = Niente caffè, tè o cola stasera
wind-down-no-late-caffeine-detail = La caffeina vicino all'ora di dormire rende più difficile dormire.
wind-down-light-evening-label = Niente pasti abbondanti né alcol nelle ultime ore
wind-down-light-evening-detail = Il cibo pesante e l'alcol a tarda sera disturbano entrambi il sonno.
wind-down-no-hard-exercise-label = Niente attività fisica intensa nelle ultime ore
wind-down-no-hard-exercise-detail = Tieni gli allenamenti intensi per le prime ore della giornata; allungamenti delicati come questi vanno bene.
wind-down-cool-dark-room-label = La mia camera è fresca, buia e silenziosa
wind-down-cool-dark-room-detail = Una stanza troppo calda o troppo luminosa fa dormire peggio.
wind-down-warm-shower-label = Un bagno o una doccia calda stasera
wind-down-warm-shower-detail = L'acqua calda prima di dormire può aiutare i muscoli tesi a sciogliersi.
