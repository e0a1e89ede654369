# Le routine integrate in italiano, tradotte da en/content-routines.ftl (generato da assets/routines/*.json).
# Dopo una modifica: node scripts/content-l10n.mjs --translated it

routine-bedtime-wind-down-name = Rilassamento serale
routine-bedtime-wind-down-copy-name = Il mio rilassamento serale
routine-bedtime-wind-down-description = Circa dieci minuti di respirazione lenta, allungamenti delicati e rilassamento per calmare la schiena prima di dormire. Abbassa la luminosità dello schermo e falla sul pavimento o a letto.
routine-morning-mobility-name = Mobilità del mattino
routine-morning-mobility-copy-name = La mia mobilità del mattino
routine-morning-mobility-description = Pochi movimenti delicati a letto per sciogliere la rigidità del mattino, un modo sicuro per alzarsi, poi gatto-mucca e libro aperto sul pavimento o su un letto rigido. Prenditi il tuo tempo: dopo una notte ferma le articolazioni sono spesso rigide.
routine-two-minute-reset-name = Pausa di 2 minuti
routine-two-minute-reset-copy-name = La mia pausa di 2 minuti
routine-two-minute-reset-description = Una pausa veloce per la schiena: qualche respiro lento e movimenti facili dopo troppo tempo senza muoverti.
routine-upper-back-neck-name = Sollievo per schiena alta e collo
routine-upper-back-neck-copy-name = Sollievo per schiena alta e collo (la mia versione)
routine-upper-back-neck-description = Sciogli la parte alta della schiena e il collo rigidi con movimenti lenti che puoi fare a casa o durante una pausa.
