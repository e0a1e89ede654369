# The voice coach: what Settings, Sound says when the coach has no voice in the language in force, and the
# words of the coach's fixed phrases, which scripts/voice.py renders (the exercises' names and spoken
# sentences come from content-exercises.ftl). Short, calm, for the ear; each one is a clip of its own.

# Shown under the voice coach's choices when it has no voice in the language in force; name that language.
sound-voice-not-in-language = The voice coach does not speak English yet, so routines play tones only, whatever you choose here.

# The counts the coach says before a hold ends and for each repetition, as said aloud when counting.
voice-number-1 = One
voice-number-2 = Two
voice-number-3 = Three
voice-number-4 = Four
voice-number-5 = Five
voice-number-6 = Six
voice-number-7 = Seven
voice-number-8 = Eight
voice-number-9 = Nine
voice-number-10 = Ten
voice-number-11 = Eleven
voice-number-12 = Twelve
voice-number-13 = Thirteen
voice-number-14 = Fourteen
voice-number-15 = Fifteen
voice-number-16 = Sixteen
voice-number-17 = Seventeen
voice-number-18 = Eighteen
voice-number-19 = Nineteen
voice-number-20 = Twenty

# Said when a move done on one side is to be done on the other.
voice-switch-sides = Switch sides.
voice-rest = Rest.
# Said halfway through a long hold.
voice-halfway = Halfway.
# Said before the last repetition.
voice-last-one = Last one.
# Said when the routine is done.
voice-well-done = Well done.
voice-breathe-in = Breathe in.
voice-breathe-out = Breathe out.
# The test sentence of Settings, Sound: "Test the voice".
voice-sample = Hello. This is the voice that will guide you through your routine.
