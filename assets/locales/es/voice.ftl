# El guía por voz: el aviso de Ajustes, Sonido cuando el guía no habla el idioma en uso, y las frases fijas
# del guía que scripts/voice.py convierte en audio (los nombres y frases de los ejercicios están en
# content-exercises.ftl). Breves, tranquilas, para el oído.

sound-voice-not-in-language = El guía por voz aún no habla español, así que las rutinas solo suenan con tonos, elijas lo que elijas aquí.

voice-number-1 = Uno
voice-number-2 = Dos
voice-number-3 = Tres
voice-number-4 = Cuatro
voice-number-5 = Cinco
voice-number-6 = Seis
voice-number-7 = Siete
voice-number-8 = Ocho
voice-number-9 = Nueve
voice-number-10 = Diez
voice-number-11 = Once
voice-number-12 = Doce
voice-number-13 = Trece
voice-number-14 = Catorce
voice-number-15 = Quince
voice-number-16 = Dieciséis
voice-number-17 = Diecisiete
voice-number-18 = Dieciocho
voice-number-19 = Diecinueve
voice-number-20 = Veinte

voice-switch-sides = Cambia de lado.
voice-rest = Descansa.
voice-halfway = Vas por la mitad.
voice-last-one = Última repetición.
voice-well-done = Muy bien.
voice-breathe-in = Inspira.
voice-breathe-out = Espira.
voice-sample = Hola. Esta es la voz que te guiará en tu rutina.
