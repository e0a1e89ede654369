# As rotinas integradas, traduzidas de en/content-routines.ftl.

routine-bedtime-wind-down-name = Relaxamento noturno
routine-bedtime-wind-down-description = Cerca de dez minutos de respiração lenta, alongamentos suaves e relaxamento para acalmar suas costas antes de dormir. Diminua o brilho da tela e faça no chão ou na cama.
routine-bedtime-wind-down-copy-name = Meu relaxamento noturno
routine-morning-mobility-name = Mobilidade da manhã
routine-morning-mobility-description = Alguns movimentos suaves na cama para aliviar a rigidez da manhã, um jeito seguro de se levantar e depois gato-vaca e livro aberto no chão ou numa cama firme. Vá com calma: as articulações costumam ficar rígidas depois de uma noite parada.
routine-morning-mobility-copy-name = Minha mobilidade da manhã
routine-two-minute-reset-name = Pausa de 2 minutos
routine-two-minute-reset-description = Uma pausa rápida para suas costas: algumas respirações lentas e movimentos fáceis quando você ficou tempo demais sem se mexer.
routine-two-minute-reset-copy-name = Minha pausa de 2 minutos
routine-upper-back-neck-name = Parte de cima das costas e pescoço
routine-upper-back-neck-description = Solte a parte de cima das costas e o pescoço rígidos com movimentos lentos que você pode fazer em casa ou numa pausa.
routine-upper-back-neck-copy-name = Parte de cima das costas e pescoço (minha versão)
