#!/usr/bin/env bash
# Installs what is missing, builds Limber and launches it.
source "$(dirname "$0")/common.sh"

install_packages "${RUN_PACKAGES[@]}"
require_rust
require_node
npm_install ui
build_app

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  die "Limber is built (target/debug/limber) but there is no display to show it on. \
Run this from a desktop session, or headless with: xvfb-run -a bash scripts/run.sh"
fi
say "launching Limber"
exec "$ROOT/target/debug/limber" "$@"
