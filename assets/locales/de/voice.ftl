# Der Sprachcoach: der Hinweis unter Einstellungen, Ton, wenn der Coach die Sprache nicht spricht, und die
# festen Sätze des Coachs, die scripts/voice.py vertont (die Namen und gesprochenen Sätze der Übungen stehen in
# content-exercises.ftl). Kurz, ruhig, fürs Ohr.

sound-voice-not-in-language = Der Sprachcoach spricht noch kein Deutsch. Die Übungen werden darum nur mit Tönen begleitet, egal was du hier wählst.

voice-number-1 = Eins
voice-number-2 = Zwei
voice-number-3 = Drei
voice-number-4 = Vier
voice-number-5 = Fünf
voice-number-6 = Sechs
voice-number-7 = Sieben
voice-number-8 = Acht
voice-number-9 = Neun
voice-number-10 = Zehn
voice-number-11 = Elf
voice-number-12 = Zwölf
voice-number-13 = Dreizehn
voice-number-14 = Vierzehn
voice-number-15 = Fünfzehn
voice-number-16 = Sechzehn
voice-number-17 = Siebzehn
voice-number-18 = Achtzehn
voice-number-19 = Neunzehn
voice-number-20 = Zwanzig

voice-switch-sides = Seite wechseln.
voice-rest = Pause.
voice-halfway = Halbzeit.
voice-last-one = Letzte Wiederholung.
voice-well-done = Gut gemacht.
voice-breathe-in = Einatmen.
voice-breathe-out = Ausatmen.
voice-sample = Hallo. Diese Stimme begleitet dich durch deine Übungen.
