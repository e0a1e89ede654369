#!/usr/bin/env bash
# Idle footprint of Limber in the tray: starts Limber on a virtual display with a private session bus and a
# temporary HOME, closes its window the way the close button does, waits a minute for it to settle, then runs
# the `idle` benchmark (PSS of the process tree and CPU seconds per 5 minutes, beside the targets).
#   bash scripts/bench-idle.sh                  # 5 minutes, the release build (target/release/limber)
#   bash scripts/bench-idle.sh --seconds 60     # a quicker run, scaled to 5 minutes
#   LIMBER_BINARY=target/debug/limber bash scripts/bench-idle.sh --seconds 30
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ -z "${LIMBER_BENCH_INSIDE:-}" ]; then
  exec env LIMBER_BENCH_INSIDE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

binary="${LIMBER_BINARY:-$root/target/release/limber}"
[ -x "$binary" ] || { echo "no Limber binary at $binary (build it, or set LIMBER_BINARY)" >&2; exit 1; }
settle="${LIMBER_BENCH_SETTLE:-60}"

# The benchmark uses only the standard library: compile it on its own (seconds, no cargo lock), first, so
# compiling never overlaps the measurement.
tools="$(mktemp -d -t limber-idle-bin-XXXXXX)"
rustc --edition 2021 -O -o "$tools/idle" "$root/bench/src/bin/idle.rs"

# Only Limber gets the temporary HOME and XDG dirs: your own Limber data is never read or written.
home="$(mktemp -d -t limber-idle-XXXXXX)"
mkdir -p "$home/data" "$home/config" "$home/cache"
env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
  "$binary" >"$home/limber.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$home" "$tools"
}
trap cleanup EXIT

web_process() { pgrep -P "$pid" -x WebKitWebProces >/dev/null 2>&1; }

for _ in $(seq 150); do
  xwininfo -name Limber 2>/dev/null | grep -q IsViewable && break
  sleep 0.2
done
sleep 5 # let the page finish loading, as a person would see it
echo "Limber $pid: closing its window"
python3 "$root/scripts/close-window.py" Limber
for _ in $(seq 100); do web_process || break; sleep 0.1; done
if web_process; then echo "the web process is still alive after closing the window" >&2; fi
kill -0 "$pid" || { echo "Limber exited when its window closed" >&2; cat "$home/limber.log" >&2; exit 1; }
echo "waiting ${settle} s for it to settle"
sleep "$settle"
"$tools/idle" --pid "$pid" "$@"
