#!/usr/bin/env python3
"""Limber's footprint benchmark: start-up time, memory, CPU and sizes of a build, each beside its target.

What it owns: launching the real binary under the X display and session bus it is given (run it through
bench/footprint/run.sh, which provides Xvfb and a private D-Bus), reading /proc, and printing one table.
What it must never do: touch the user's Limber data (every launch gets a temporary HOME and XDG dirs),
signal a process it did not start, or report a figure it did not measure.

Measures
  cold start   exec -> home screen interactive. The app is launched by WebKitWebDriver (WebKitGTK's own
               WebDriver, the one tauri-driver wraps) through a tiny wrapper that writes the wall-clock
               time just before it execs the binary; the page sets performance.mark('limber-interactive')
               once the routines list is on screen, and timeOrigin + mark is the end. Median of --runs, with
               the data directory already created (a returning user), files in the page cache.
  memory       PSS (proportional set size, /proc/<pid>/smaps_rollup) summed over the whole process tree:
               the Limber process plus its WebKit web, network and sandbox helper processes. With the home
               screen open, and during a session. In the tray: on Linux closing the window (no routine
               running) ends the app, and `limber-tray`, the tray-only process it started (no WebKit, no GTK),
               keeps the reminders; its process tree is measured 1 min and 6 min after the window closed.
  handover     window closed -> limber-tray running and the app's process gone, in ms; and until limber-tray
               holds the single-instance D-Bus name (a second launch reaches it from then on).
  CPU          user + system seconds of the limber-tray process tree while idle, and of the app's process
               tree during a session.
  sizes        the release binary and the .deb.
"""

import argparse
import ctypes
import glob
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
IDENTIFIER = "app.limber.desktop"
MB = 1_000_000  # Sizes and memory are reported in decimal megabytes, as the targets are written.
TICKS = os.sysconf("SC_CLK_TCK")

# Targets from the release issue. None means "reported, no target".
TARGETS = {
    "start_ms": 800,
    "tray_pss": 30 * MB,
    "idle_cpu_per_5min": 0.1,
    "binary": 15 * MB,
    "deb": 8 * MB,
}

# The page-side probe: the wall-clock instant of the mark, or null while the home screen is not ready.
MARK_PROBE = (
    "const m = performance.getEntriesByName('limber-interactive')[0];"
    "return m ? performance.timeOrigin + m.startTime : null;"
)

# Clicks the one visible, enabled button whose accessible name (its aria-label, else its text) is
# `arguments[0]`, and returns how many such buttons there were.
CLICK_BUTTON = """
const wanted = arguments[0];
const name = (b) => (b.getAttribute('aria-label') || b.textContent).replace(/\\s+/g, ' ').trim();
const buttons = Array.from(document.querySelectorAll('button'))
  .filter((b) => name(b) === wanted && b.offsetParent !== null && !b.disabled);
if (buttons.length === 1) buttons[0].click();
return buttons.length;
"""

SESSION_PROBE = "return document.querySelector('[role=\"timer\"]') !== null;"


def log(message):
    print(f"  {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------
# /proc


def children_map():
    """pid -> list of child pids, for every process we can see."""
    kids = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces; fields after it are fixed.
        fields = stat[stat.rfind(")") + 2 :].split()
        ppid = int(fields[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree(pid):
    """The pid and all its descendants that are alive now."""
    kids = children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        if os.path.exists(f"/proc/{p}"):
            out.append(p)
        todo.extend(kids.get(p, []))
    return out


def name_of(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def pss_bytes(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def mappings(pid, top=6):
    """The largest contributors to one process's PSS, by mapped file (anonymous memory as "[anon]")."""
    totals = {}
    current = "[anon]"
    try:
        with open(f"/proc/{pid}/smaps") as f:
            for line in f:
                head = line.split()
                if not head:
                    continue
                if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
                    path = head[5] if len(head) >= 6 else "[anon]"
                    current = os.path.basename(path) if path.startswith("/") else path
                elif head[0] == "Pss:":
                    totals[current] = totals.get(current, 0) + int(head[1]) * 1024
    except OSError:
        return []
    return sorted(totals.items(), key=lambda kv: -kv[1])[:top]


def cpu_seconds(pid):
    """utime + stime of one process, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return 0.0
    fields = stat[stat.rfind(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def memory(pid):
    """(total PSS in bytes, [(name, pid, pss)]) over the process tree."""
    parts = [(name_of(p), p, pss_bytes(p)) for p in tree(pid)]
    parts.sort(key=lambda part: -part[2])
    return sum(part[2] for part in parts), parts


def environment(pid):
    """The environment of a process as a dict, or None when it is gone or not ours to read."""
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            raw = f.read()
    except OSError:
        return None
    pairs = (item.decode(errors="replace").partition("=") for item in raw.split(b"\0") if item)
    return {key: value for key, _, value in pairs}


def limber_processes(home, names=("limber", "limber-tray")):
    """[(pid, name)] of the live Limber processes (the app, limber-tray) started with this Home's data
    directory: the ones this script started, directly or through a handover, and no one else's."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        name = name_of(pid)
        if name not in names or zombie(pid):
            continue
        env = environment(pid)
        if env is not None and env.get("XDG_DATA_HOME") == home.env["XDG_DATA_HOME"]:
            found.append((pid, name))
    return found


SINGLE_INSTANCE = f"{IDENTIFIER}.SingleInstance"


def bus_owner_pid(name):
    """The pid of the process owning a name on the session bus, or None while no one does."""
    result = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
         "org.freedesktop.DBus.GetConnectionUnixProcessID", f"string:{name}"],
        capture_output=True, text=True,
    )
    for word in result.stdout.split():
        if word.isdigit():
            return int(word)
    return None


def cpu_of_tree(pid):
    """pid -> cpu seconds for every live process in the tree."""
    return {p: cpu_seconds(p) for p in tree(pid)}


def cpu_between(before, after):
    """CPU seconds spent between two snapshots. A process that started in between counts from zero; one that
    ended in between is lost (its time is not visible any more), which the README notes."""
    return sum(after[p] - before.get(p, 0.0) for p in after)


def cpu_by_name(before, after):
    """The same, per process name, largest first."""
    spent = {}
    for p in after:
        name = name_of(p)
        spent[name] = spent.get(name, 0.0) + after[p] - before.get(p, 0.0)
    return sorted(spent.items(), key=lambda kv: -kv[1])


# ---------------------------------------------------------------------------------------------------------
# X11: find the window and close it the way a window manager's close button does (WM_DELETE_WINDOW).


def window_id(title="Limber"):
    """The id of the viewable top-level window with this title, or None."""
    result = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True)
    if result.returncode != 0 or "IsViewable" not in result.stdout:
        return None
    for line in result.stdout.splitlines():
        if "Window id:" in line:
            return int(line.split("Window id:")[1].split()[0], 16)
    return None


def window_count(title="Limber"):
    result = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True)
    # Only titles count: a line reads `0x200003 "Limber": ("limber" "Limber") ...`.
    return result.stdout.count(f'"{title}": ')


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def close_window(window):
    """Sends WM_DELETE_WINDOW to the window: what clicking its close button asks for."""
    x = ctypes.CDLL("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x.XOpenDisplay(None)
    if not display:
        raise RuntimeError("cannot open the X display")
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    event.xclient.data[1] = 0  # CurrentTime
    x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
    x.XFlush(display)
    x.XCloseDisplay(display)


# ---------------------------------------------------------------------------------------------------------
# Launching Limber


class Home:
    """A temporary HOME with XDG dirs, so no launch ever sees the user's data."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="limber-footprint-")
        self.env = dict(os.environ)
        self.env.update(
            HOME=self.dir,
            XDG_DATA_HOME=os.path.join(self.dir, "data"),
            XDG_CONFIG_HOME=os.path.join(self.dir, "config"),
            XDG_CACHE_HOME=os.path.join(self.dir, "cache"),
            XDG_STATE_HOME=os.path.join(self.dir, "state"),
        )
        for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.makedirs(self.env[key], exist_ok=True)

    def database(self):
        return os.path.join(self.env["XDG_DATA_HOME"], IDENTIFIER, "limber.sqlite3")

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def stop(pid, timeout=10.0):
    """Ends a process this script started and waits until it and its helpers are gone: SIGTERM to it first,
    then SIGKILL to what is left of its tree."""
    members = tree(pid)

    def gone():
        return not any(os.path.exists(f"/proc/{p}") and not zombie(p) for p in members)

    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    if wait_for(gone, timeout):
        return
    for p in members:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    wait_for(gone, timeout)


def stop_limbers(home, timeout=10.0):
    """Ends every Limber process of this Home (found by its data directory, so only ones this script
    started, directly or through a handover): limber-tray, and any app it started."""
    for _ in range(3):
        found = limber_processes(home)
        if not found:
            return
        for pid, _name in found:
            stop(pid, timeout)
    left = limber_processes(home)
    if left:
        raise RuntimeError(f"could not end these Limber processes: {left}")


def zombie(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
        return stat[stat.rfind(")") + 2] == "Z"
    except OSError:
        return True


def wait_for(predicate, timeout, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None


class Direct:
    """Limber started directly, as a menu or a terminal would."""

    def __init__(self, binary, home, args=()):
        self.process = subprocess.Popen(
            [binary, *args], env=home.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.pid = self.process.pid

    def close(self):
        # On Linux the app may have ended by itself (handed over to limber-tray): then there is nothing to
        # stop, and its pid must not be signalled again.
        if self.process.poll() is None:
            stop(self.pid)
        self.process.wait()


class Driven:
    """Limber started by WebKitWebDriver, so the page can be read and clicked. A wrapper script records the
    wall-clock time just before it execs the binary: that is "exec" for the start-up figure."""

    def __init__(self, binary, home, args=()):
        self.stamp = os.path.join(home.dir, "exec-stamp")
        wrapper = os.path.join(home.dir, "limber-exec")
        with open(wrapper, "w") as f:
            f.write('#!/bin/sh\ndate +%s%N > "$LIMBER_BENCH_STAMP"\nexec "$LIMBER_BENCH_BINARY" "$@"\n')
        os.chmod(wrapper, 0o755)
        if os.path.exists(self.stamp):
            os.remove(self.stamp)
        # A release build lets WebDriver in only when asked to (tauri-runtime-wry reads this variable).
        env = dict(home.env, LIMBER_BENCH_STAMP=self.stamp, LIMBER_BENCH_BINARY=binary, TAURI_WEBVIEW_AUTOMATION="true")
        self.port = free_port()
        self.driver = subprocess.Popen(
            ["WebKitWebDriver", f"--port={self.port}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.binary = binary
        self.session = None
        self.pid = None
        try:
            wait_for(lambda: port_open(self.port), 10)
            capabilities = {
                "capabilities": {
                    "alwaysMatch": {"webkitgtk:browserOptions": {"binary": wrapper, "args": list(args)}}
                }
            }
            answer = self.request("POST", "/session", capabilities)
            self.session = answer["value"]["sessionId"]
            self.pid = wait_for(self.find_app, 10)
            if self.pid is None:
                raise RuntimeError("WebKitWebDriver started no Limber process")
        except Exception:
            self.close()
            raise

    def find_app(self):
        for p in tree(self.driver.pid):
            try:
                if os.path.realpath(f"/proc/{p}/exe") == os.path.realpath(self.binary):
                    return p
            except OSError:
                continue
        return None

    def exec_ms(self):
        with open(self.stamp) as f:
            return int(f.read().strip()) / 1e6

    def request(self, method, path, body=None, timeout=60):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"WebDriver {method} {path}: {error.read().decode(errors='replace')}") from error

    def script(self, source, *args):
        answer = self.request("POST", f"/session/{self.session}/execute/sync", {"script": source, "args": list(args)})
        return answer.get("value")

    def close(self):
        if self.pid:
            stop(self.pid)
        if self.session:
            try:
                self.request("DELETE", f"/session/{self.session}", timeout=5)
            except Exception:  # The browser is already gone; the driver may say so in any way.
                pass
        if self.driver.poll() is None:
            self.driver.terminate()
            try:
                self.driver.wait(5)
            except subprocess.TimeoutExpired:
                self.driver.kill()
                self.driver.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def prepare(binary, home):
    """A first launch creates the database and finishes the first-run flow (through the app's own
    `onboarding_skip` command), so that every measured launch is a returning user's and opens on the home
    screen."""
    driven = Driven(binary, home)
    try:
        ready = wait_for(lambda: driven.script("return !!window.__TAURI_INTERNALS__ && document.readyState === 'complete'"), 20, 0.1)
        if not ready:
            raise RuntimeError("the first launch never loaded its page")
        answer = driven.request(
            "POST",
            f"/session/{driven.session}/execute/async",
            {
                "script": "const done = arguments[arguments.length - 1];"
                "window.__TAURI_INTERNALS__.invoke('onboarding_skip')"
                ".then(() => done(null), (e) => done(JSON.stringify(e)));",
                "args": [],
            },
        )
        if answer.get("value") is not None:
            raise RuntimeError(f"onboarding_skip failed: {answer['value']}")
        time.sleep(1)
    finally:
        driven.close()
    if not os.path.exists(home.database()):
        raise RuntimeError(f"no database at {home.database()} after the first launch")


# ---------------------------------------------------------------------------------------------------------
# The measurements


def measure_start(binary, home, runs):
    times = []
    for run in range(runs):
        time.sleep(1)
        driven = Driven(binary, home)
        try:
            mark = wait_for(lambda: driven.script(MARK_PROBE), 30, 0.02)
            if not mark:
                raise RuntimeError("no 'limber-interactive' mark within 30 s")
            times.append(mark - driven.exec_ms())
            log(f"start-up run {run + 1}/{runs}: {times[-1]:.0f} ms")
        finally:
            driven.close()
    return times


def wait_window(timeout=30):
    window = wait_for(window_id, timeout, 0.1)
    if window is None:
        raise RuntimeError(f"no viewable Limber window within {timeout} s")
    return window


def measure_tray(binary, home, settle, first, idle):
    """PSS with the home screen open; then the window is closed as its close button would, the app must end
    and hand over to limber-tray (the handover time is window closed -> limber-tray running and the app
    gone), and limber-tray's process tree is measured: PSS `first` seconds after the close, CPU over the
    next `idle` seconds, and PSS again at the end."""
    app = Direct(binary, home)
    try:
        window = wait_window()
        time.sleep(settle)
        home_pss, home_parts = memory(app.pid)
        log(f"home screen open: {home_pss / MB:.1f} MB PSS")
        close_window(window)
        closed_at = time.monotonic()

        def handed_over():
            trays = [pid for pid, _name in limber_processes(home, ("limber-tray",))]
            return trays[0] if len(trays) == 1 and app.process.poll() is not None else None

        tray = wait_for(handed_over, 20, 0.01)
        if tray is None:
            raise RuntimeError(
                "closing the window did not hand over to limber-tray within 20 s (app "
                + ("still running" if app.process.poll() is None else f"exited with {app.process.returncode}")
                + f"; Limber processes: {limber_processes(home)}; is LIMBER_TRAY_PROCESS=off set?)"
            )
        handover_ms = (time.monotonic() - closed_at) * 1000
        log(f"handover: window closed -> limber-tray (pid {tray}) running, app gone in {handover_ms:.0f} ms"
            f" (app exit status {app.process.returncode})")
        # From then on a second launch reaches it: it holds the single-instance name.
        if not wait_for(lambda: bus_owner_pid(SINGLE_INSTANCE) == tray, 20, 0.01):
            raise RuntimeError(f"limber-tray did not take {SINGLE_INSTANCE} within 20 s of the close")
        ready_ms = (time.monotonic() - closed_at) * 1000
        log(f"limber-tray holds {SINGLE_INSTANCE} {ready_ms:.0f} ms after the close")
        if window_count() != 0:
            raise RuntimeError("a Limber window is still on screen after the app ended")
        time.sleep(max(0.0, closed_at + first - time.monotonic()))
        tray1_pss, tray1_parts = memory(tray)
        log(f"limber-tray after {first:.0f} s: {tray1_pss / MB:.1f} MB PSS")
        cpu_before = cpu_of_tree(tray)
        time.sleep(max(0.0, closed_at + first + idle - time.monotonic()))
        cpu_after = cpu_of_tree(tray)
        tray2_pss, tray2_parts = memory(tray)
        tray_mappings = mappings(tray)
        idle_cpu = cpu_between(cpu_before, cpu_after)
        idle_by_name = cpu_by_name(cpu_before, cpu_after)
        log(f"limber-tray after {first + idle:.0f} s: {tray2_pss / MB:.1f} MB PSS;"
            f" {idle_cpu:.3f} CPU s over {idle:.0f} s")
        alive = os.path.exists(f"/proc/{tray}") and not zombie(tray)
    finally:
        app.close()
        # limber-tray is not this script's child: find it (and anything it started) by the data directory.
        stop_limbers(home)
    return {
        "home": (home_pss, home_parts),
        "handover_ms": handover_ms,
        "ready_ms": ready_ms,
        "tray_first": (tray1_pss, tray1_parts),
        "tray_last": (tray2_pss, tray2_parts),
        "idle_cpu": idle_cpu,
        "idle_by_name": idle_by_name,
        "tray_mappings": tray_mappings,
        "alive": alive,
    }


def routine_name(routine):
    with open(os.path.join(ROOT, "assets", "routines", f"{routine}.json")) as f:
        return json.load(f)["name"]


def measure_session(binary, home, routine, settle, duration):
    """Starts `routine` as a person would: `limber start <routine>`, or the routine's Start button on the
    home screen when the app opened there, then Start on the player (or "Start the routine" under the
    evening checklist of a bedtime routine). Reads PSS `settle` s in and counts CPU over `duration` s."""
    name = routine_name(routine)
    driven = Driven(binary, home, ["start", routine])
    try:

        def on_player():
            # The player's Start, or, before a bedtime routine, the evening checklist's "Start the routine"
            # (which starts the session with nothing ticked).
            if driven.script(CLICK_BUTTON, "Start") == 1 or driven.script(CLICK_BUTTON, "Start the routine") == 1:
                return True
            driven.script(CLICK_BUTTON, f"Start {name}")
            return False

        if not wait_for(on_player, 30, 0.2):
            raise RuntimeError(f"could not reach the {name} player's Start button")
        if not wait_for(lambda: driven.script(SESSION_PROBE), 10, 0.1):
            raise RuntimeError("the session did not start (no timer on screen)")
        started = time.monotonic()
        cpu_before = cpu_of_tree(driven.pid)
        time.sleep(settle)
        pss, parts = memory(driven.pid)
        log(f"during {routine}: {pss / MB:.1f} MB PSS")
        time.sleep(max(0.0, started + duration - time.monotonic()))
        cpu_after = cpu_of_tree(driven.pid)
        cpu = cpu_between(cpu_before, cpu_after)
        by_name = cpu_by_name(cpu_before, cpu_after)
        still_running = bool(driven.script(SESSION_PROBE))
        log(f"session CPU: {cpu:.2f} s over {duration:.0f} s (session still on screen: {still_running})")
    finally:
        driven.close()
    return {"pss": (pss, parts), "cpu": cpu, "cpu_by_name": by_name, "running_at_end": still_running}


# ---------------------------------------------------------------------------------------------------------
# Report


def mb(value):
    return f"{value / MB:.1f} MB"


def verdict(value, target):
    if target is None:
        return ""
    return "ok" if value < target else "MISSED"


def breakdown(parts):
    grouped = {}
    for name, _pid, pss in parts:
        grouped[name] = grouped.get(name, 0) + pss
    return ", ".join(f"{name} {mb(pss)}" for name, pss in sorted(grouped.items(), key=lambda kv: -kv[1]) if pss)


def default_binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "limber")


def default_deb(binary):
    bundle = os.path.join(os.path.dirname(binary), "bundle", "deb", "*.deb")
    found = sorted(glob.glob(bundle))
    return found[-1] if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=default_binary(), help="the limber binary (default: the release build)")
    parser.add_argument("--deb", help="the .deb (default: the bundle next to the binary)")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (median reported)")
    parser.add_argument("--idle", type=float, default=300, help="seconds idle in the tray for the CPU figure")
    parser.add_argument("--session", type=float, default=300, help="seconds of a session for the CPU figure")
    parser.add_argument("--routine", default="bedtime-wind-down", help="routine for the session (longer than --session)")
    parser.add_argument("--quick", action="store_true", help="short run: 3 start-ups, 20 s idle, 20 s session")
    parser.add_argument("--start-only", action="store_true", help="only the start-up runs and the sizes")
    parser.add_argument("--tray-only", action="store_true",
                        help="only the home screen, the handover to limber-tray and limber-tray idle (--idle)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.idle, args.session = 3, 20, 20
    if args.start_only and args.tray_only:
        sys.exit("footprint: --start-only and --tray-only exclude each other")
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("footprint: run me through bench/footprint/run.sh (it provides Xvfb and a D-Bus session)")
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"footprint: no binary at {binary} (build it: bash scripts/package.sh)")
    deb = args.deb or default_deb(binary)
    first = min(60.0, args.idle)
    settle = 5.0

    load_before = loadavg()
    home = Home()
    starts = []
    tray = session = None
    try:
        log(f"binary {binary}")
        log("first launch (creates the data directory)")
        prepare(binary, home)
        if not args.tray_only:
            starts = measure_start(binary, home, args.runs)
        if not args.start_only:
            tray = measure_tray(binary, home, settle, first, args.idle)
        if not (args.start_only or args.tray_only):
            session = measure_session(binary, home, args.routine, min(30.0, args.session), args.session)
    finally:
        stop_limbers(home)
        home.remove()
    load_after = loadavg()

    binary_size = os.path.getsize(binary)
    deb_size = os.path.getsize(deb) if deb and os.path.exists(deb) else None
    rows = []
    if starts:
        start_ms = statistics.median(starts)
        rows += [
            ("cold start, exec -> home interactive (median of %d)" % len(starts), f"{start_ms:.0f} ms",
             f"< {TARGETS['start_ms']} ms", verdict(start_ms, TARGETS["start_ms"])),
            ("  fastest / slowest run", f"{min(starts):.0f} / {max(starts):.0f} ms", "", ""),
        ]
    if tray:
        rows += tray_rows(tray, first, args.idle)
    if session:
        rows += session_rows(session, args.routine, args.session)
    rows += [
        ("release binary", mb(binary_size), f"< {mb(TARGETS['binary'])}", verdict(binary_size, TARGETS["binary"])),
        (".deb installer", mb(deb_size) if deb_size else "not built", f"< {mb(TARGETS['deb'])}",
         verdict(deb_size, TARGETS["deb"]) if deb_size else ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\nLimber footprint: {binary}")
    print(f"load average (1 min) before / after: {load_before} / {load_after} on {os.cpu_count()} CPUs")
    print(f"{'measure'.ljust(width)}  {'value':>16}  {'target':>10}  verdict")
    for name, value, target, mark in rows:
        print(f"{name.ljust(width)}  {value:>16}  {target:>10}  {mark}")
    if tray or session:
        print_where(tray, session, first, args.idle)
    if tray and not tray["alive"]:
        print("note: limber-tray ended while it was measured (it should keep running)")
    if session and not session["running_at_end"]:
        print(f"note: the session ended before {args.session:.0f} s; choose a longer --routine")
    if args.json:
        figures = {"start_ms": starts, "binary_bytes": binary_size, "deb_bytes": deb_size}
        if tray:
            figures.update(
                pss_home=tray["home"][0],
                handover_ms=tray["handover_ms"],
                handover_ready_ms=tray["ready_ms"],
                pss_tray_first=tray["tray_first"][0],
                pss_tray_last=tray["tray_last"][0],
                tray_alive=tray["alive"],
                idle_cpu_s=tray["idle_cpu"],
                idle_s=args.idle,
            )
        if session:
            figures.update(pss_session=session["pss"][0], session_cpu_s=session["cpu"], session_s=args.session)
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)


def tray_rows(tray, first, idle):
    idle_per_5min = tray["idle_cpu"] * 300 / idle
    tray_target = f"< {mb(TARGETS['tray_pss'])}"
    return [
        ("PSS, home screen open", mb(tray["home"][0]), "", ""),
        ("handover, window closed -> limber-tray running, app gone", f"{tray['handover_ms']:.0f} ms", "", ""),
        ("  -> limber-tray holds the single-instance name", f"{tray['ready_ms']:.0f} ms", "", ""),
        ("PSS, tray: the limber-tray process, %.0f s after closing" % first, mb(tray["tray_first"][0]), tray_target,
         verdict(tray["tray_first"][0], TARGETS["tray_pss"])),
        ("PSS, tray: the limber-tray process, %.0f s after closing" % (first + idle), mb(tray["tray_last"][0]),
         tray_target, verdict(tray["tray_last"][0], TARGETS["tray_pss"])),
        ("CPU, tray: the limber-tray process idle for %.0f s" % idle, f"{tray['idle_cpu']:.3f} s", "", ""),
        ("  as CPU seconds per 5 minutes", f"{idle_per_5min:.3f} s", f"< {TARGETS['idle_cpu_per_5min']} s",
         verdict(idle_per_5min, TARGETS["idle_cpu_per_5min"])),
        ("  limber-tray still running at the end", "yes" if tray["alive"] else "NO", "yes",
         "ok" if tray["alive"] else "MISSED"),
    ]


def session_rows(session, routine, session_s):
    return [
        ("PSS, during a session (%s)" % routine, mb(session["pss"][0]), "", ""),
        ("CPU, a session for %.0f s" % session_s, f"{session['cpu']:.2f} s", "", ""),
    ]


def print_where(tray, session, first, idle):
    print("\nWhere the memory is (PSS by process name):")
    if tray:
        print(f"  {'home screen:':<22}{breakdown(tray['home'][1])}")
    if session:
        print(f"  {'session:':<22}{breakdown(session['pss'][1])}")
    if tray:
        print(f"  {f'limber-tray, {first:.0f} s:':<22}{breakdown(tray['tray_first'][1])}")
        print(f"  {f'limber-tray, {first + idle:.0f} s:':<22}{breakdown(tray['tray_last'][1])}")
    print("Where the CPU time goes (seconds by process name):")
    if tray:
        print("  limber-tray idle: " + ", ".join(f"{n} {c:.3f}" for n, c in tray["idle_by_name"]))
    if session:
        print("  session:          " + ", ".join(f"{n} {c:.2f}" for n, c in session["cpu_by_name"]))
    if tray:
        print("The limber-tray process, largest mappings by PSS:")
        print("  " + ", ".join(f"{n} {mb(v)}" for n, v in tray["tray_mappings"]))


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


if __name__ == "__main__":
    main()
