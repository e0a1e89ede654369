# De stemcoach: de melding bij Instellingen, Geluid als de coach de gekozen taal niet spreekt, en de vaste zinnen
# van de coach die scripts/voice.py inspreekt (namen en zinnen van de oefeningen staan in content-exercises.ftl).
# Kort, rustig, voor het oor.

sound-voice-not-in-language = De stemcoach spreekt nog geen Nederlands. Routines klinken daarom alleen met tonen, wat je hier ook kiest.

voice-number-1 = Eén
voice-number-2 = Twee
voice-number-3 = Drie
voice-number-4 = Vier
voice-number-5 = Vijf
voice-number-6 = Zes
voice-number-7 = Zeven
voice-number-8 = Acht
voice-number-9 = Negen
voice-number-10 = Tien
voice-number-11 = Elf
voice-number-12 = Twaalf
voice-number-13 = Dertien
voice-number-14 = Veertien
voice-number-15 = Vijftien
voice-number-16 = Zestien
voice-number-17 = Zeventien
voice-number-18 = Achttien
voice-number-19 = Negentien
voice-number-20 = Twintig

voice-switch-sides = Wissel van kant.
voice-rest = Rust.
voice-halfway = Halverwege.
voice-last-one = Laatste herhaling.
voice-well-done = Goed gedaan.
voice-breathe-in = Adem in.
voice-breathe-out = Adem uit.
voice-sample = Hallo. Dit is de stem die je door je routine begeleidt.
