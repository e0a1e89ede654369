#!/usr/bin/env bash
# Tests the Linux installer the way a user meets it: build the .deb, install it with dpkg, launch Limber from
# its menu entry under Xvfb and a private D-Bus session (the process must run and its window appear and
# draw), hand a second launch from the entry's "Start the bedtime wind-down" action to the running
# instance, then remove the package and check that nothing of it is left in /usr. Prints "N passed, N failed".
#
#   bash scripts/install-test.sh                 # builds the release .deb first (slow: LTO)
#   bash scripts/install-test.sh --debug         # packages the debug build instead (quick; for scripts/test.sh)
#   LIMBER_DEB=path/to/Limber.deb bash scripts/install-test.sh   # tests a .deb that is already built
#
# It needs root for dpkg (it uses sudo when not root) and refuses to run when a Limber package is already
# installed, so it never removes a user's own installation. Screenshots: target/install-test/*.png.
source "$(dirname "$0")/common.sh"

profile_flag=()
for arg in "$@"; do
  case "$arg" in
    --debug) profile_flag=(--debug) ;;
    *) die "unknown option $arg (use --debug)" ;;
  esac
done

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf '  \033[32mpass\033[0m %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  \033[31mFAIL\033[0m %s\n' "$*"; }
check() { # check "description" command...
  local what="$1"
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

install_packages "${RUN_PACKAGES[@]}" xvfb xauth dbus imagemagick x11-utils libgtk-3-bin appstream
out="$ROOT/target/install-test"
rm -rf "$out"
mkdir -p "$out"

if dpkg-query -W -f='${Status}' limber 2>/dev/null | grep -q "install ok installed"; then
  die "a limber package is already installed; remove it first (dpkg -r limber) so this test cannot touch it"
fi

# 1. Build (or take) the package.
if [ -n "${LIMBER_DEB:-}" ]; then
  deb="$LIMBER_DEB"
else
  deb="$(bash "$ROOT/scripts/package.sh" "${profile_flag[@]}" | tail -1)"
fi
say "testing $deb"
check "the .deb exists" test -s "$deb"
[ -s "$deb" ] || { finish; exit 1; }

# 2. What the package holds, before installing it.
contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||; s|^|/|')"
has() { grep -qx -- "$1" <<<"$contents"; }
check "package name is limber" test "$(dpkg-deb -f "$deb" Package)" = limber
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libwebkit2gtk-4.1 libgtk-3 libasound2 libayatana-appindicator3; do
  check "depends on $lib" grep -q "$lib" <<<"$depends"
done
check "ships /usr/bin/limber" has /usr/bin/limber
check "ships the desktop entry" has /usr/share/applications/Limber.desktop
check "ships the AppStream metadata" has /usr/share/metainfo/app.limber.desktop.metainfo.xml
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  check "ships the ${size} icon" has "/usr/share/icons/hicolor/${size}/apps/limber.png"
done
check "ships the scalable icon" has /usr/share/icons/hicolor/scalable/apps/limber.svg

# 3. Install, recording /usr before so that removal can be checked against it.
find /usr -xdev \( -type f -o -type l \) -not -name '*.cache' 2>/dev/null | sort >"$out/usr-before.txt"
# From here on an interrupted run must not leave the package behind: remove it on the way out unless the
# removal step below has already done so.
removed=""
cleanup() { [ -n "$removed" ] || as_root dpkg -r limber >/dev/null 2>&1 || true; }
trap cleanup EXIT
check "dpkg -i installs it" as_root dpkg -i "$deb"
check "dpkg reports it installed" bash -c "dpkg-query -W -f='\${Status}' limber | grep -q 'install ok installed'"
mapfile -t owned < <(dpkg -L limber 2>/dev/null | while read -r f; do [ -d "$f" ] || echo "$f"; done)
missing=0
for f in "${owned[@]}"; do [ -e "$f" ] || missing=$((missing + 1)); done
check "all ${#owned[@]} files it owns are on disk" test "$missing" -eq 0
check "limber --version runs" bash -c "/usr/bin/limber --version | grep -q '^limber '"
if command -v appstreamcli >/dev/null 2>&1; then
  check "the installed AppStream metadata validates" \
    appstreamcli validate --no-net /usr/share/metainfo/app.limber.desktop.metainfo.xml
fi

# 4. The menu entry: its Exec line must name the installed binary, and launching it must show the window.
entry=/usr/share/applications/Limber.desktop
exec_line="$(sed -n 's/^Exec=//p' "$entry" | head -1)"
exec_bin="${exec_line%% *}"
check "the entry's Exec ($exec_line) resolves to /usr/bin/limber" test "$(command -v "$exec_bin")" = /usr/bin/limber
check "the entry's Icon has a themed PNG" test -f "/usr/share/icons/hicolor/48x48/apps/$(sed -n 's/^Icon=//p' "$entry")".png
action_exec="$(sed -n '/^\[Desktop Action bedtime\]/,/^\[/s/^Exec=//p' "$entry")"
check "the bedtime action's Exec is understood by the CLI" test "$action_exec" = "limber start bedtime-wind-down"

# The launch runs with its own home, so it never reads or writes the user's Limber data.
home="$(mktemp -d /tmp/limber-install-test.XXXXXX)"
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/state"
cat >"$out/launch.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run and dbus-run-session: launches the entry like a menu would and watches for the window.
set -u
out="$1"
result() { echo "$1 $2" >>"$out/results.txt"; }
limber_pid() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/exe" 2>/dev/null)" = /usr/bin/limber ] || continue
    tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qx "XDG_DATA_HOME=$XDG_DATA_HOME" && basename "$p"
  done | head -1
}
colours() { import -window root "$1" 2>/dev/null && identify -format '%k' "$1" 2>/dev/null || echo 0; }

start=$(date +%s%N)
gtk-launch Limber >"$out/gtk-launch.log" 2>&1
pid=""
for _ in $(seq 1 200); do pid="$(limber_pid)"; [ -n "$pid" ] && break; sleep 0.1; done
[ -n "$pid" ] && result pass "gtk-launch Limber started /usr/bin/limber (pid $pid)" || result fail "gtk-launch Limber started no /usr/bin/limber"
[ -n "$pid" ] || exit 0

mapped=""
for _ in $(seq 1 300); do
  if xwininfo -name Limber 2>/dev/null | grep -q "IsViewable"; then mapped=yes; break; fi
  sleep 0.1
done
window_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ -n "$mapped" ] && result pass "the Limber window is mapped and viewable (${window_ms} ms after launch)" || result fail "no viewable Limber window within 30 s"

# The webview draws after the window maps: wait until the screen is more than a flat background.
drawn=""
for _ in $(seq 1 40); do
  n=$(colours "$out/launch.png")
  if [ "${n:-0}" -gt 200 ]; then drawn=yes; break; fi
  sleep 0.5
done
sleep 1
import -window root "$out/launch.png" 2>/dev/null
[ -n "$drawn" ] && result pass "the window drew its page (${n} colours in $out/launch.png)" || result fail "the screen stayed nearly blank (${n:-0} colours)"
kill -0 "$pid" 2>/dev/null && result pass "limber is still running after its window appeared" || result fail "limber exited after start"

# A second launch (the entry's bedtime action) must hand over to the running instance and exit.
second_start=$(date +%s%N)
timeout 20 limber start bedtime-wind-down >"$out/second-launch.log" 2>&1
code=$?
second_ms=$(( ($(date +%s%N) - second_start) / 1000000 ))
[ "$code" -eq 0 ] && result pass "a second launch handed over and exited in ${second_ms} ms" || result fail "a second launch exited with $code"
sleep 3
import -window root "$out/after-action.png" 2>/dev/null
# Only the title counts: `"Limber": ("limber" "Limber")`; the class names and the tray's window do not.
windows=$(xwininfo -root -tree 2>/dev/null | grep -c '"Limber": ')
[ "$windows" -eq 1 ] && result pass "still one Limber window after the second launch" || result fail "$windows Limber windows after the second launch"
kill -0 "$pid" 2>/dev/null && result pass "the first instance kept running" || result fail "the first instance exited"

kill -TERM "$pid" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$pid" 2>/dev/null
true
EOF
chmod +x "$out/launch.sh"
: >"$out/results.txt"
say "launching from the menu entry under Xvfb"
env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
  XDG_STATE_HOME="$home/state" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$out/launch.sh" "$out" || true
while read -r verdict text; do
  if [ "$verdict" = pass ]; then pass "$text"; else fail "$text"; fi
done <"$out/results.txt"
check "the launch wrote its data to the test home only" test -f "$home/data/app.limber.desktop/limber.sqlite3"
# The session's document portal may still be unmounting its FUSE folder inside the test home for a moment
# after the bus has gone; wait for it rather than fail on the clean-up.
for _ in $(seq 1 50); do grep -q " $home/" /proc/mounts || break; sleep 0.1; done
for mount in $(awk -v prefix="$home/" 'index($2, prefix) == 1 {print $2}' /proc/mounts); do
  fusermount -u "$mount" 2>/dev/null || true
done
rm -rf "$home" 2>/dev/null || echo "    note: could not remove $home entirely"

# 5. Remove, then nothing the package put in /usr may remain.
check "dpkg -r removes it" as_root dpkg -r limber
removed=yes
check "dpkg no longer lists it" bash -c "! dpkg-query -W -f='\${Status}' limber 2>/dev/null | grep -q installed"
left=0
for f in "${owned[@]}"; do [ -e "$f" ] && { echo "    left behind: $f"; left=$((left + 1)); }; done
check "none of its ${#owned[@]} files remain" test "$left" -eq 0
find /usr -xdev \( -type f -o -type l \) -not -name '*.cache' 2>/dev/null | sort >"$out/usr-after.txt"
comm -13 "$out/usr-before.txt" "$out/usr-after.txt" >"$out/usr-new.txt"
[ -s "$out/usr-new.txt" ] && sed 's/^/    new in \/usr: /' "$out/usr-new.txt" | head -20
check "/usr holds exactly the files it held before the install" test ! -s "$out/usr-new.txt"

echo "screenshots: $out/launch.png, $out/after-action.png"
finish
