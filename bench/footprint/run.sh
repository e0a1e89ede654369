#!/usr/bin/env bash
# Runs the footprint benchmark on a virtual display (Xvfb, 1280x800) with a private D-Bus session, so the
# figures do not depend on the desktop it is started from and a running Limber is never disturbed.
#   bash bench/footprint/run.sh            # full run: 7 start-ups, 5 min idle in the tray, 3 reminders,
#                                          # 2 min session and 2 min with the lights out, the peers beside them
#   bash bench/footprint/run.sh --quick    # under 3 minutes (2 min 36 s to 2 min 57 s on 2026-12-07)
#   bash bench/footprint/run.sh --tray-only [--idle 300]   # only the handover to limber-tray and its idle cost
#   bash bench/footprint/run.sh --running [--idle 300]     # launch nothing: watch the Limber already running
#   bash bench/footprint/run.sh --help     # every option (binary, .deb, durations, JSON output)
# It drives the app with the end-to-end tests' client, so it needs what their set-up installs (bash
# scripts/test.sh, or `npm ci` in tests/ and `cargo install tauri-driver`). --running only reads /proc: it runs on
# the desktop it is started from, with Node alone.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
for arg in "$@"; do
  case "$arg" in --running | --help | -h) exec node "$here/footprint.mjs" "$@" ;; esac
done
export PATH="$HOME/.cargo/bin:$PATH"
if [ ! -d "$root/tests/node_modules/selenium-webdriver" ]; then
  echo "footprint: the tests' npm packages are missing: run (cd tests && npm ci), or bash scripts/test.sh" >&2
  exit 2
fi
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "footprint: tauri-driver is missing: cargo install tauri-driver --locked (bash scripts/test.sh does)" >&2
  exit 2
fi
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" node "$here/footprint.mjs" "$@"
