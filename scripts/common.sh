# Shared set-up for scripts/run.sh and scripts/test.sh: installs only what is missing, so a second run is
# quick. Sourced, not executed. Supports Debian 12+ and Ubuntu 22.04+ (and their derivatives).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
# "4 min 05 s" since a value of $SECONDS.
elapsed() { local s=$((SECONDS - $1)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }
# Runs a command and says how long it took, also when it fails (its status is kept).
timed() {
  local started=$SECONDS status=0
  "$@" || status=$?
  say "took $(elapsed "$started"): $*$([ "$status" -eq 0 ] || echo " (failed, status $status)")"
  return "$status"
}
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# What building and running Limber needs.
RUN_PACKAGES=(build-essential pkg-config file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libasound2-dev)
# What the tests need on top: a virtual display, the WebKit WebDriver, a session bus and a notification
# daemon for reminder tests, tools to inspect windows, sound and images (xwininfo, ImageMagick), and
# libfaketime, which runs the date-sensitive end-to-end tests at pinned instants, GNU time, whose peak
# memory figure the import fault tests print (src-tauri/tests/data_import.rs), and a PulseAudio null sink with
# ALSA's pulse plugin and parec: a sound output that keeps real time, whose stream the voice coach's timing
# tests record (ALSA's own file sink runs faster than real time), python3 for scripts/close-window.py, which
# closes the window the way its close button does in the tests that close it, and Syncthing, the real sync
# engine whose two instances carry a folder between two Limber data directories in tests/sync/ (on 127.0.0.1
# only, in temporary homes the tests start and remove; the package starts no Syncthing of its own), and strace,
# whose syscall injection kills the writer at each file-system step of a first start in the fault matrix
# (tests/faults/kill-steps.test.mjs).
# Noto CJK is the system font a Japanese or Chinese desktop has, so the screens in those languages are drawn
# and measured as people see them (without it WebKit draws empty boxes).
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus dbus-x11 dunst x11-apps x11-utils imagemagick espeak-ng sox faketime
  time pulseaudio pulseaudio-utils libasound2-plugins python3 syncthing strace fonts-noto-cjk)

TAURI_DRIVER_VERSION=2.1.0
MIN_NODE_MAJOR=20
MIN_NODE_MINOR=19

require_debian() {
  if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    die "this set-up supports Debian and Ubuntu only (apt-get and dpkg were not found). \
On another system install the equivalents of: ${RUN_PACKAGES[*]} ${TEST_PACKAGES[*]}, Node.js >= ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR} and Rust, then run the cargo and npm steps of this script by hand."
  fi
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "installing system packages needs root: run this script as root or install sudo (missing: ${MISSING[*]})"
  fi
}

missing_packages() {
  MISSING=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      MISSING+=("$pkg")
    fi
  done
}

install_packages() {
  require_debian
  missing_packages "$@"
  if [ ${#MISSING[@]} -eq 0 ]; then
    say "system packages: all present"
    return
  fi
  say "installing system packages: ${MISSING[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -o DPkg::Lock::Timeout=600 -q
  as_root apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "${MISSING[@]}"
}

# libfaketime's thread-safe library (package faketime), wherever the distribution puts it.
faketime_library() {
  local found
  found="$( (ls /usr/lib/faketime/libfaketimeMT.so.1 /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null || true) | head -1)"
  [ -n "$found" ] || die "libfaketimeMT.so.1 was not found: install the faketime package"
  echo "$found"
}

require_rust() {
  command -v cargo >/dev/null 2>&1 || die "Rust is not installed: install rustup (https://rustup.rs), then run this again."
}

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local version major minor
  version="$(node --version | sed 's/^v//')"
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  [ "$major" -gt "$MIN_NODE_MAJOR" ] || { [ "$major" -eq "$MIN_NODE_MAJOR" ] && [ "$minor" -ge "$MIN_NODE_MINOR" ]; }
}

require_node() {
  if ! node_ok; then
    if ! command -v node >/dev/null 2>&1; then
      say "installing Node.js from the system packages"
      install_packages nodejs npm
    fi
    node_ok || die "Node.js ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR} or newer is needed (found $(node --version 2>/dev/null || echo none)). \
Install a newer Node.js (for example from your distribution's backports or NodeSource), then run this again."
  fi
}

# npm ci in a folder, skipped when its node_modules already matches its lock file.
npm_install() {
  local dir="$1" stamp hash
  stamp="$dir/node_modules/.limber-lock-hash"
  hash="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    say "npm packages in $dir: up to date"
    return
  fi
  say "installing npm packages in $dir"
  # `npm ci` installs exactly what the lock file lists and never rewrites it, so the set-up leaves the work
  # tree clean. The lock files are complete: they list every platform's optional binaries (the Tauri CLI's,
  # Rolldown's, Lightning CSS's), and npm installs only this platform's.
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$hash" > "$stamp"
}

require_tauri_driver() {
  if command -v tauri-driver >/dev/null 2>&1 && tauri-driver --help 2>&1 | grep -q -- "--native-port"; then
    say "tauri-driver: present"
    return
  fi
  say "installing tauri-driver ${TAURI_DRIVER_VERSION} from crates.io"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
}

build_ui() {
  say "building the UI"
  (cd ui && npm run --silent build)
}

build_app() {
  build_ui
  say "building target/debug/limber (with the UI embedded)"
  cargo build -p limber
}
