#!/usr/bin/env bash
# Renders the spoken cues of a guided session into assets/audio/voice/, one small WAV clip per phrase.
# The app embeds these files, so run this after adding or renaming an exercise and commit the result.
# Needs espeak-ng, sox and jq. The output is deterministic for a given espeak-ng and sox version.
#
# Each clip is 16-bit mono PCM at 16 kHz: plenty for speech and a quarter of the size of CD quality.
# Silence is trimmed at both ends so a cue is heard at once, short fades (the end one applied to the
# reversed clip, since sox cannot fade out a stream of unknown length) keep the edges click-free, and
# every clip is normalised to the same gentle peak (-8 dBFS) so no phrase is louder than another.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=assets/audio/voice
VOICE=en-gb
SPEED=150
RATE=16000

for tool in espeak-ng sox jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "voice.sh: $tool is required" >&2; exit 1; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# render NAME TEXT: speaks TEXT into $OUT/NAME.wav.
render() {
  local name="$1" text="$2"
  espeak-ng -v "$VOICE" -s "$SPEED" -w "$scratch/raw.wav" "$text"
  # -D: no dither, so the file is reproducible and the faded edges are exactly zero.
  sox -D "$scratch/raw.wav" -r "$RATE" -b 16 -c 1 -e signed-integer "$OUT/$name.wav" \
    silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse \
    gain -n -8 \
    fade t 0.015 reverse fade t 0.04 reverse
  printf '%-32s %6d bytes  "%s"\n' "$name.wav" "$(stat -c %s "$OUT/$name.wav")" "$text"
}

mkdir -p "$OUT"
rm -f "$OUT"/*.wav

# One clip per exercise, named by its id and saying its display name.
for file in assets/exercises/*.json; do
  id="$(jq -r .id "$file")"
  name="$(jq -r .name "$file")"
  # Hyphens read better as pauses ("Cat-cow" is said "cat cow").
  render "$id" "${name//-/ }"
done

# The phrases that are not exercise names.
render switch-sides "Switch sides"
render rest "Rest"
render well-done "Well done"

du -cb "$OUT"/*.wav | tail -n 1
