# La guida vocale: l'avviso in Impostazioni, Suono quando la guida non parla la lingua in uso, e le frasi fisse
# della guida che scripts/voice.py trasforma in audio (nomi e frasi degli esercizi sono in content-exercises.ftl).
# Brevi, calme, per l'orecchio.

sound-voice-not-in-language = La guida vocale non parla ancora italiano: le routine sono accompagnate solo da suoni, qualunque cosa tu scelga qui.

voice-number-1 = Uno
voice-number-2 = Due
voice-number-3 = Tre
voice-number-4 = Quattro
voice-number-5 = Cinque
voice-number-6 = Sei
voice-number-7 = Sette
voice-number-8 = Otto
voice-number-9 = Nove
voice-number-10 = Dieci
voice-number-11 = Undici
voice-number-12 = Dodici
voice-number-13 = Tredici
voice-number-14 = Quattordici
voice-number-15 = Quindici
voice-number-16 = Sedici
voice-number-17 = Diciassette
voice-number-18 = Diciotto
voice-number-19 = Diciannove
voice-number-20 = Venti

voice-switch-sides = Cambia lato.
voice-rest = Riposo.
voice-halfway = Sei a metà.
voice-last-one = Ultima ripetizione.
voice-well-done = Ben fatto.
voice-breathe-in = Inspira.
voice-breathe-out = Espira.
voice-sample = Ciao. Questa è la voce che ti guiderà nella tua routine.
