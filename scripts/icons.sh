#!/usr/bin/env bash
# Regenerates the app icon set in src-tauri/icons/ from the one source image, assets/icon.svg.
# Run it after editing the source; the generated files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npx --no-install tauri icon ../assets/icon.svg --output ../src-tauri/icons)
# Mobile icon sets are not used by a desktop app.
rm -rf src-tauri/icons/android src-tauri/icons/ios
