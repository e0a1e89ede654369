# Le guide vocal : la note de Réglages, Son quand le guide ne parle pas la langue choisie, et les phrases fixes
# du guide que scripts/voice.py met en voix (les noms et phrases des exercices sont dans content-exercises.ftl).
# Courtes, calmes, pour l'oreille.

sound-voice-not-in-language = Le guide vocal ne parle pas encore français : les routines ne sont accompagnées que de sons, quel que soit votre choix ici.

voice-number-1 = Un
voice-number-2 = Deux
voice-number-3 = Trois
voice-number-4 = Quatre
voice-number-5 = Cinq
voice-number-6 = Six
voice-number-7 = Sept
voice-number-8 = Huit
voice-number-9 = Neuf
voice-number-10 = Dix
voice-number-11 = Onze
voice-number-12 = Douze
voice-number-13 = Treize
voice-number-14 = Quatorze
voice-number-15 = Quinze
voice-number-16 = Seize
voice-number-17 = Dix-sept
voice-number-18 = Dix-huit
voice-number-19 = Dix-neuf
voice-number-20 = Vingt

voice-switch-sides = Changez de côté.
voice-rest = Repos.
voice-halfway = À mi-chemin.
voice-last-one = Dernière répétition.
voice-well-done = Bravo.
voice-breathe-in = Inspirez.
voice-breathe-out = Expirez.
voice-sample = Bonjour. Voici la voix qui vous guidera pendant votre routine.
