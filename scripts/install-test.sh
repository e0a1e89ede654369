#!/usr/bin/env bash
# Tests the Linux installer the way a user meets it: build the .deb, install it with dpkg, launch Limber from
# its menu entry under Xvfb and a private D-Bus session (the process must run and its window appear and
# draw), close the window (the app must end and /usr/bin/limber-tray, the tray-only process, take over),
# hand a second launch from the entry's "Start the bedtime wind-down" action to that tray process (which
# starts the app again on that routine), then remove the package and check that nothing of it is left in /usr
# and no process of it runs. Prints "N passed, N failed".
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

install_packages "${RUN_PACKAGES[@]}" xvfb xauth dbus imagemagick x11-utils libgtk-3-bin appstream python3
# Node runs the tests' /proc reader (tests/e2e/proc.mjs, standard library only) that watches the processes.
require_node
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
# The tray-only process: the bundler takes every binary of the app's package.
check "ships /usr/bin/limber-tray" has /usr/bin/limber-tray
check "ships the desktop entry" has /usr/share/applications/Limber.desktop
check "ships the AppStream metadata" has /usr/share/metainfo/app.limber.desktop.metainfo.xml
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  check "ships the ${size} icon" has "/usr/share/icons/hicolor/${size}/apps/limber.png"
done
check "ships the scalable icon" has /usr/share/icons/hicolor/scalable/apps/limber.svg
# The voice coach's clips are data files beside the program (issue 19), where audio::voice looks for them: Tauri's
# resource folder, /usr/lib/Limber/voice/<language>/{day,night}/<clip>.ogg. Every clip of the source tree.
clips_in_tree="$(cd "$ROOT/assets/audio/voice" && find . -name '*.ogg' | sed 's|^\./|/usr/lib/Limber/voice/|' | sort)"
clips_shipped="$(grep '^/usr/lib/Limber/voice/.*\.ogg$' <<<"$contents" | sort)"
check "ships all $(wc -l <<<"$clips_in_tree") voice clips in /usr/lib/Limber/voice" test "$clips_in_tree" = "$clips_shipped"

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
check "/usr/bin/limber-tray is executable" test -x /usr/bin/limber-tray
# It is there to be small between routines: it must not load WebKit or GTK.
tray_libs="$(ldd /usr/bin/limber-tray 2>&1 || true)"
check "/usr/bin/limber-tray links neither WebKit nor GTK" bash -c '! grep -qE "webkit|gtk|javascriptcore" <<<"$1"' _ "$tray_libs"
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
# Written from the catalogue in every complete language (scripts/desktop-l10n.mjs): German is one of them.
check "the entry has its comment and both actions' names in German" \
  bash -c 'grep -q "^Comment\[de\]=." "$1" && test "$(grep -c "^Name\[de\]=." "$1")" -eq 2' _ "$entry"
check "the AppStream summary is there in German" \
  grep -q '<summary xml:lang="de">' /usr/share/metainfo/app.limber.desktop.metainfo.xml

# The launch runs with its own home, so it never reads or writes the user's Limber data.
home="$(mktemp -d /tmp/limber-install-test.XXXXXX)"
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/state"
cat >"$out/launch.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run and dbus-run-session: launches the entry like a menu would and watches for the window,
# closes it, and brings it back with the entry's bedtime action.
set -u
out="$1"
close_window="$2"
proc="$3"
result() { echo "$1 $2" >>"$out/results.txt"; }
# The pids of the live processes (not zombies) running this installed binary with the test's data directory,
# read by the tests' one /proc reader.
pids_of() { node "$proc" pids "$1" "$XDG_DATA_HOME"; }
count() { wc -w <<<"$1"; }
# The pid holding Limber's single-instance name on the session bus (what a second launch talks to).
name_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:app.limber.desktop.SingleInstance 2>/dev/null |
    awk '/uint32/ {print $2}'
}
colours() { import -window root "$1" 2>/dev/null && identify -format '%k' "$1" 2>/dev/null || echo 0; }
viewable() { xwininfo -name Limber 2>/dev/null | grep -q "IsViewable"; }
# Only the title counts: `"Limber": ("limber" "Limber")`; the class names and the tray's window do not.
windows() { xwininfo -root -tree 2>/dev/null | grep -c '"Limber": '; }
# Waits until the screen is more than a flat background (the webview draws after the window maps), then
# keeps a picture of it a second later. Prints the number of colours.
drawn() {
  local n=0
  for _ in $(seq 1 40); do
    n=$(colours "$1")
    if [ "${n:-0}" -gt 200 ]; then
      sleep 1
      import -window root "$1" 2>/dev/null
      echo "$n"
      return 0
    fi
    sleep 0.5
  done
  echo "${n:-0}"
  return 1
}
limbers() { echo $(pids_of /usr/bin/limber) $(pids_of /usr/bin/limber-tray); }
# Ends whatever is left of this launch (the app, limber-tray), found by the test's data directory.
end_all() {
  local pids
  pids="$(limbers)"
  [ -n "$pids" ] || return 0
  kill -TERM $pids 2>/dev/null
  for _ in $(seq 1 50); do
    pids="$(limbers)"
    [ -n "$pids" ] || return 0
    sleep 0.1
  done
  kill -KILL $pids 2>/dev/null
}
trap end_all EXIT

start=$(date +%s%N)
gtk-launch Limber >"$out/gtk-launch.log" 2>&1
pid=""
for _ in $(seq 1 200); do pid="$(pids_of /usr/bin/limber | head -1)"; [ -n "$pid" ] && break; sleep 0.1; done
[ -n "$pid" ] && result pass "gtk-launch Limber started /usr/bin/limber (pid $pid)" || result fail "gtk-launch Limber started no /usr/bin/limber"
[ -n "$pid" ] || exit 0

mapped=""
for _ in $(seq 1 300); do
  if viewable; then mapped=yes; break; fi
  sleep 0.1
done
window_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ -n "$mapped" ] && result pass "the Limber window is mapped and viewable (${window_ms} ms after launch)" || result fail "no viewable Limber window within 30 s"

n=$(drawn "$out/launch.png") && result pass "the window drew its page (${n} colours in $out/launch.png)" || result fail "the screen stayed nearly blank (${n} colours)"
kill -0 "$pid" 2>/dev/null && result pass "limber is still running after its window appeared" || result fail "limber exited after start"
grep -q "voice clips: /usr/lib/Limber/voice" "$out/gtk-launch.log" \
  && result pass "the installed app finds its voice clips in /usr/lib/Limber/voice" \
  || result fail "the installed app did not say it found its voice clips in /usr/lib/Limber/voice (see $out/gtk-launch.log)"

# Closing the window (what its close button sends) with no routine running: the app ends and
# /usr/bin/limber-tray, which it started, keeps the reminders and the single-instance name.
closed=$(date +%s%N)
python3 "$close_window" Limber && result pass "the window was closed with WM_DELETE_WINDOW" || result fail "no window to close"
tray=""
for _ in $(seq 1 200); do
  trays="$(pids_of /usr/bin/limber-tray)"
  if [ -z "$(pids_of /usr/bin/limber)" ] && [ "$(count "$trays")" -eq 1 ]; then tray="$trays"; break; fi
  sleep 0.1
done
handover_ms=$(( ($(date +%s%N) - closed) / 1000000 ))
[ -n "$tray" ] && result pass "/usr/bin/limber exited and /usr/bin/limber-tray (pid $tray) took over in ${handover_ms} ms" ||
  result fail "no handover to /usr/bin/limber-tray within 20 s (limber: $(pids_of /usr/bin/limber | xargs); limber-tray: $(pids_of /usr/bin/limber-tray | xargs))"
[ "$(windows)" -eq 0 ] && result pass "no Limber window while only limber-tray runs" || result fail "$(windows) Limber windows after the close"
owner=""
for _ in $(seq 1 100); do
  owner="$(name_owner)"
  [ -n "$tray" ] && [ "$owner" = "$tray" ] && break
  sleep 0.1
done
[ -n "$tray" ] && [ "$owner" = "$tray" ] && result pass "limber-tray holds the single-instance name" ||
  result fail "the single-instance name is held by pid '$owner', not by limber-tray ('$tray')"
if [ -n "$tray" ]; then
  pss=$(node "$proc" pss "$tray" 2>/dev/null)
  [ "${pss:-999999}" -lt 30000 ] && result pass "limber-tray PSS ${pss} kB (< 30 MB)" || result fail "limber-tray PSS ${pss:-?} kB (not < 30 MB)"
fi

# A second launch (the entry's bedtime action) hands its arguments to limber-tray and exits; limber-tray
# starts the app on that routine and ends.
second_start=$(date +%s%N)
timeout 20 limber start bedtime-wind-down >"$out/second-launch.log" 2>&1
code=$?
second_ms=$(( ($(date +%s%N) - second_start) / 1000000 ))
[ "$code" -eq 0 ] && result pass "a second launch handed over and exited in ${second_ms} ms" || result fail "a second launch exited with $code"
back=""
for _ in $(seq 1 200); do
  apps="$(pids_of /usr/bin/limber)"
  if [ -z "$(pids_of /usr/bin/limber-tray)" ] && [ "$(count "$apps")" -eq 1 ]; then back="$apps"; break; fi
  sleep 0.1
done
[ -n "$back" ] && result pass "limber-tray ended and started /usr/bin/limber again (pid $back)" ||
  result fail "the app did not come back (limber: $(pids_of /usr/bin/limber | xargs); limber-tray: $(pids_of /usr/bin/limber-tray | xargs))"
if [ -n "$back" ]; then
  args="$(node "$proc" args "$back" 2>/dev/null)"
  [ "$args" = "start bedtime-wind-down" ] && result pass "the new app runs 'start bedtime-wind-down'" || result fail "the new app runs with arguments '$args'"
fi
mapped=""
for _ in $(seq 1 300); do if viewable; then mapped=yes; break; fi; sleep 0.1; done
[ -n "$mapped" ] && result pass "the window is back" || result fail "no viewable Limber window after the second launch"
n=$(drawn "$out/after-action.png") && result pass "it drew its page (${n} colours in $out/after-action.png)" || result fail "the screen stayed nearly blank after the second launch (${n} colours)"
[ "$(windows)" -eq 1 ] && result pass "one Limber window after the second launch" || result fail "$(windows) Limber windows after the second launch"

end_all
left="$(limbers)"
[ -z "$left" ] && result pass "no Limber process left after ending the app" || result fail "Limber processes left: $left"
true
EOF
chmod +x "$out/launch.sh"
: >"$out/results.txt"
say "launching from the menu entry under Xvfb"
env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
  XDG_STATE_HOME="$home/state" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$out/launch.sh" "$out" "$ROOT/scripts/close-window.py" \
  "$ROOT/tests/e2e/proc.mjs" || true
while read -r verdict text; do
  if [ "$verdict" = pass ]; then pass "$text"; else fail "$text"; fi
done <"$out/results.txt"
# The package is ours (the test refuses to run beside an installed one), so any process of its binaries is
# the launch's: none may outlive it, or removing the package would pull the files from under it.
installed_processes() {
  node "$ROOT/tests/e2e/proc.mjs" pids /usr/bin/limber
  node "$ROOT/tests/e2e/proc.mjs" pids /usr/bin/limber-tray
}
check "no /usr/bin/limber or /usr/bin/limber-tray process outlives the launch" test -z "$(installed_processes)"
for p in $(installed_processes); do kill -KILL "$p" 2>/dev/null || true; done
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
