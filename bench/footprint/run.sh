#!/usr/bin/env bash
# Runs the footprint benchmark on a virtual display (Xvfb, 1280x800) with a private D-Bus session, so the
# figures do not depend on the desktop it is started from and a running Limber is never disturbed.
#   bash bench/footprint/run.sh            # full run: 7 start-ups, 5 min idle in the tray, 5 min session
#   bash bench/footprint/run.sh --quick    # about 2 minutes
#   bash bench/footprint/run.sh --tray-only [--idle 300]   # only the handover to limber-tray and its idle cost
#   bash bench/footprint/run.sh --help     # every option (binary, .deb, durations, JSON output)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" python3 "$here/footprint.py" "$@"
