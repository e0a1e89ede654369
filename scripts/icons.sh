#!/usr/bin/env bash
# Regenerates every app icon from the one source image, assets/icon.svg, with the Tauri CLI in ui/node_modules:
# - src-tauri/icons/: the desktop set tauri.conf.json lists (32 to 512 px PNGs, icon.icns for macOS, icon.ico
#   and the Square*Logo files for Windows);
# - src-tauri/linux/icons/: the small Linux sizes (16, 24, 48 px) and a plain 256 px, which the .deb installs into
#   the hicolor theme beside the scalable SVG.
# Run it after editing the source; the generated files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x ui/node_modules/.bin/tauri ] || { echo "icons.sh: the Tauri CLI is missing: run (cd ui && npm ci)" >&2; exit 1; }
(cd ui && npx --no-install tauri icon ../assets/icon.svg --output ../src-tauri/icons)
# Mobile icon sets are not used by a desktop app.
rm -rf src-tauri/icons/android src-tauri/icons/ios
(cd ui && npx --no-install tauri icon ../assets/icon.svg --png 16,24,48,256 --output ../src-tauri/linux/icons)
