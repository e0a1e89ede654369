// Limber's footprint benchmark: start-up time, memory, CPU and sizes of a build, each beside its target.
//
// What it owns: launching the real binary under the X display and session bus it is given (run it through
// bench/footprint/run.sh, which provides Xvfb and a private D-Bus), and printing one table. It drives the app with
// the end-to-end tests' own client (tests/e2e/harness.mjs: tauri-driver and selenium-webdriver), reads /proc with
// their reader (tests/e2e/proc.mjs), watches the bus and the screen with their helpers (tests/e2e/processes.mjs),
// and closes the window with scripts/close-window.py, as the tests do. What it must never do: touch the user's
// Limber data (every launch runs in a temporary HOME with its own XDG dirs), signal a process it did not start, or
// report a figure it did not measure.
//
// Measures
//   cold start   exec -> home screen interactive. tauri-driver's WebKitWebDriver launches the app through a tiny
//                wrapper that writes the wall-clock time just before it execs the binary; the page sets
//                performance.mark('limber-interactive') once the routines list is on screen, and timeOrigin + mark
//                is the end. Median of --runs, with the data directory already created (a returning user), files
//                in the page cache.
//   memory       PSS (proportional set size, /proc/<pid>/smaps_rollup) summed over the whole process tree: the
//                Limber process plus its WebKit web, network and sandbox helper processes. With the home screen
//                open, and during a session. In the tray: on Linux closing the window (no routine running) ends the
//                app, and `limber-tray`, the tray-only process it started (no WebKit, no GTK), keeps the reminders;
//                its process tree is measured 1 min and 6 min after the window closed.
//   handover     window closed -> limber-tray running and the app's process gone, in ms; and until limber-tray
//                holds the single-instance D-Bus name (a second launch reaches it from then on).
//   reminder     a reminder's "Start now" (dunst's ActionInvoked, chosen from its context menu) -> the player of
//                the app that limber-tray starts is interactive, from the player's own report in the app's log.
//   CPU          user + system seconds of the limber-tray process tree while idle, and of the app's process tree
//                during a session and then with the lights out, per minute, with the figure's redraws counted.
//   repainted    how much of the window the session repaints a second, from the X server's DAMAGE reports.
//   sizes        the release binary and the .deb.
//   peers        surf (one page) and Workrave (idle, and its exercise window), in the same run.
//
// With --running it launches nothing and only watches a Limber that already runs with its window closed (yours,
// on a desktop with a real tray): its process tree's PSS and CPU over --idle, beside the tray targets. That mode
// reads /proc alone, so it needs neither Xvfb nor the tests' npm packages (which are loaded only to launch).
import { execFileSync, spawn } from 'node:child_process';
import {
  accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  alive, allPids, cpuBetween, cpuOfTree, loadAverage, mappingsOf, memoryOfTree, ours, pidsNamed, statOf, tree,
} from '../../tests/e2e/proc.mjs';

// The tests' WebDriver client and their bus and screen helpers, loaded by `loadHarness()` only when this run
// launches Limber: they need the tests' npm packages (selenium-webdriver), which --running does without.
let allByRole;
let takeScreenshot;
let endApps;
let eventually;
let launch;
let tempHome;
let SINGLE_INSTANCE;
let busOwnerPid;
let windowShown;

async function loadHarness() {
  ({ allByRole, endApps, eventually, launch, takeScreenshot, tempHome } = await import('../../tests/e2e/harness.mjs'));
  ({ SINGLE_INSTANCE, busOwnerPid, windowShown } = await import('../../tests/e2e/processes.mjs'));
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IDENTIFIER = 'app.limber.desktop';
// Sizes and memory are reported in decimal megabytes, as the targets are written.
const MB = 1_000_000;

// Targets from issue 19 ("light while it runs"), in decimal units as the issue writes them. A figure without
// one is reported without a verdict.
const TARGETS = {
  startMs: 250,
  windowPss: 200 * MB,
  sessionCpuPerMin: 1.0,
  reminderMs: 500,
  trayPss: 7 * MB,
  idleCpuPerMin: 0.005,
  binary: 15 * MB,
  deb: 10 * MB,
};

// The page-side probe: the wall-clock instant of the mark, or null while the home screen is not ready.
const MARK_PROBE = "const m = performance.getEntriesByName('limber-interactive')[0];"
  + 'return m ? performance.timeOrigin + m.startTime : null;';

const began = performance.now();
/** A progress line on standard error, with the time since the run began (m:ss), so a slow phase shows. */
const log = (message) => {
  const seconds = Math.floor((performance.now() - began) / 1000);
  console.error(`  [${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${message}`);
};
/** The wall clock in milliseconds, to the microsecond. */
const wallMs = () => performance.timeOrigin + performance.now();
const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;

// ---------------------------------------------------------------------------------------------------------------
// Launching Limber

/** Writes the wrapper that records when the app was exec'd (the start of the start-up figure) and execs it. */
function execWrapper(home) {
  const wrapper = join(home.dir, 'limber-exec');
  writeFileSync(wrapper, '#!/bin/sh\ndate +%s%N > "$LIMBER_BENCH_STAMP"\nexec "$LIMBER_BENCH_BINARY" "$@"\n');
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/**
 * Ends every process of this home (found by its data directory, so only ones this benchmark started, directly or
 * through a hand-over): the app and limber-tray first, then whatever of their WebKit helpers is left, so the next
 * launch starts on a quiet machine.
 */
async function endAll(home) {
  await endApps(home.dataDir);
  const none = () => ours(home.dataDir).length === 0;
  try {
    await eventually(none, { timeout: 10000, message: 'the launch\'s processes to end' });
    return;
  } catch {
    for (const { pid } of ours(home.dataDir)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone meanwhile */ }
    }
  }
  await eventually(none, { timeout: 5000, message: `these processes to end: ${JSON.stringify(ours(home.dataDir))}` });
}

/**
 * Limber started by WebDriver, as the tests start it, so the page can be read and clicked. The wrapper writes the
 * wall-clock time just before it execs the binary: that is "exec" for the start-up figure.
 * Returns { driver, pid, execMs(), close() }.
 */
async function driven(binary, home, args = []) {
  const stamp = join(home.dir, 'exec-stamp');
  rmSync(stamp, { force: true });
  const app = await launch({
    app: execWrapper(home),
    args,
    home,
    // A release build lets WebDriver in only when asked to (tauri-runtime-wry reads this variable).
    env: { LIMBER_BENCH_STAMP: stamp, LIMBER_BENCH_BINARY: binary, TAURI_WEBVIEW_AUTOMATION: 'true' },
  });
  const close = async () => {
    await app.close();
    await endAll(home);
  };
  try {
    // The kernel keeps 15 characters of a program's name.
    const name = basename(binary).slice(0, 15);
    const pid = await eventually(() => pidsNamed(home.dataDir, name)[0], { timeout: 10000, message: 'the Limber process' });
    return { driver: app.driver, pid, execMs: () => Number(readFileSync(stamp, 'utf8').trim()) / 1e6, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A first launch creates the database and finishes the first-run flow ("Skip setup", as the tests do), so that
 * every measured launch is a returning user's and opens on the home screen.
 */
async function prepare(binary, home) {
  const app = await driven(binary, home);
  try {
    const skip = await eventually(async () => {
      const found = await allByRole(app.driver, 'button', 'Skip setup');
      return found.length === 1 ? found[0] : null;
    }, { timeout: 20000, message: 'the first-run flow\'s "Skip setup"' });
    await skip.click();
    await eventually(async () => (await allByRole(app.driver, 'navigation', 'Main')).length === 1,
      { timeout: 5000, message: 'the home screen after "Skip setup"' });
    await sleep(1000);
  } finally {
    await app.close();
  }
  const database = join(home.dataDir, IDENTIFIER, 'limber.sqlite3');
  if (!existsSync(database)) throw new Error(`no database at ${database} after the first launch`);
}

/** Closes the window the way its close button does (WM_DELETE_WINDOW); returns the wall-clock time it was sent. */
function closeWindow() {
  const sent = execFileSync('python3', [join(ROOT, 'scripts', 'close-window.py'), '--print-time', 'Limber'], { encoding: 'utf8' });
  return Number(sent.trim());
}

/**
 * Records the X DAMAGE rectangles of Limber's window for `seconds` (bench/footprint/damage.py); resolves to
 * { frames, area, window, whole } or, when it could not be measured, { why }.
 */
function repaintedDuring(seconds) {
  return new Promise((done) => {
    const child = spawn('python3', [join(ROOT, 'bench', 'footprint', 'damage.py'), 'Limber', String(seconds)],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('error', (error) => done({ why: String(error.message) }));
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(err.trim() || `exit status ${code}`);
        done(JSON.parse(out));
      } catch (error) {
        done({ why: String(error.message).slice(0, 200) });
      }
    });
  });
}

/** Clicks the one visible, enabled button with this accessible name; false when there is not exactly one. */
async function clickOnly(driver, name) {
  const found = await allByRole(driver, 'button', name);
  if (found.length !== 1 || !(await found[0].isEnabled())) return false;
  await found[0].click();
  return true;
}

// A running session shows its timer, or, with lights out, only the button that turns the lights on.
const sessionOnScreen = async (driver) => (await allByRole(driver, 'timer')).length > 0
  || (await allByRole(driver, 'button', 'Lights on', { exact: false })).length > 0;

/**
 * Turns the voice coach on (the sound settings' "cues"), through the app's own command as the settings screen
 * does, so that the player offers lights out for a bedtime routine. The bench's HOME is its own, so this never
 * changes a person's settings.
 */
async function coachOn(driver) {
  await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    invoke('audio_get').then((state) => invoke('audio_set', { settings: { ...state.settings, sound: true, coach: 'cues' } }))
      .then(() => done(null), (error) => done(String(error && error.message ? error.message : error)));
  `);
}

// ---------------------------------------------------------------------------------------------------------------
// The measurements

async function measureStart(binary, home, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    await sleep(1000);
    const app = await driven(binary, home);
    try {
      const mark = await eventually(() => app.driver.executeScript(MARK_PROBE),
        { timeout: 30000, interval: 20, message: "the 'limber-interactive' mark" });
      times.push(mark - app.execMs());
      log(`start-up run ${run + 1}/${runs}: ${times.at(-1).toFixed(0)} ms`);
    } finally {
      await app.close();
    }
  }
  return times;
}

/**
 * PSS with the home screen open; then the window is closed as its close button would, the app must end and hand
 * over to limber-tray (the hand-over time is window closed -> limber-tray running and the app gone), and
 * limber-tray's process tree is measured: PSS `first` seconds after the close; then `beforeIdle` runs (the
 * peers are measured meanwhile); then its CPU over at least `idle` seconds, and until `idleUntil` (wall-clock ms)
 * when given, which is just before the first reminder; and PSS again at the end.
 */
async function measureTray(binary, home, settle, first, idle, {
  logPath = null, keep = false, beforeIdle = async () => {}, idleUntil = null,
} = {}) {
  // Started directly, as a menu or a terminal would. With `logPath` its log (and that of limber-tray and of
  // the app limber-tray starts later, which inherit it) goes to that file at debug level, where the player
  // says when it is interactive; with `keep` limber-tray is left running for the reminder runs.
  const logFile = logPath ? openSync(logPath, 'a') : 'ignore';
  const app = spawn(binary, [], {
    env: { ...process.env, ...home.env, ...(logPath ? { LIMBER_LOG: 'debug' } : {}) },
    stdio: ['ignore', 'ignore', logFile],
  });
  let ok = false;
  let exit = null;
  app.on('exit', (code, signal) => { exit = code ?? signal; });
  try {
    await eventually(windowShown, { timeout: 30000, message: 'a viewable Limber window' });
    await sleep(settle * 1000);
    const homeScreen = memoryOfTree(app.pid);
    const appMappings = mappingsOf(app.pid, 8);
    log(`home screen open: ${mb(homeScreen.total)} PSS`);
    const sentWall = closeWindow();
    // The same instant on the monotonic clock, which times everything after it.
    const closedAt = performance.now() - (wallMs() - sentWall);

    const handedOver = () => {
      const trays = pidsNamed(home.dataDir, 'limber-tray');
      return trays.length === 1 && exit !== null ? trays[0] : null;
    };
    let tray;
    try {
      tray = await eventually(handedOver, { timeout: 20000, interval: 10, message: 'limber-tray alone' });
    } catch {
      throw new Error(`closing the window did not hand over to limber-tray within 20 s (app ${exit === null ? 'still running' : `exited with ${exit}`}`
        + `; Limber processes: ${JSON.stringify(ours(home.dataDir))}; is LIMBER_TRAY_PROCESS=off set?)`);
    }
    const handoverMs = performance.now() - closedAt;
    log(`handover: window closed -> limber-tray (pid ${tray}) running, app gone in ${handoverMs.toFixed(0)} ms (app exit status ${exit})`);
    // From then on a second launch reaches it: it holds the single-instance name.
    await eventually(() => busOwnerPid(SINGLE_INSTANCE) === tray,
      { timeout: 20000, interval: 10, message: `limber-tray to take ${SINGLE_INSTANCE} after the close` });
    const readyMs = performance.now() - closedAt;
    log(`limber-tray holds ${SINGLE_INSTANCE} ${readyMs.toFixed(0)} ms after the close`);
    if (windowShown()) throw new Error('a Limber window is still on screen after the app ended');

    await sleep(Math.max(0, closedAt + first * 1000 - performance.now()));
    const trayFirst = memoryOfTree(tray);
    log(`limber-tray after ${first.toFixed(0)} s: ${mb(trayFirst.total)} PSS`);
    // Then the peers, say (limber-tray only waits meanwhile; its idle figure is taken after them, so that their
    // start and end on the session bus are not part of it).
    await beforeIdle();
    const cpuBefore = cpuOfTree(tray);
    const idleFrom = performance.now();
    // At least `idle` s, and until `idleUntil` (wall-clock ms) when given.
    const idleEnd = Math.max(idleFrom + idle * 1000, idleUntil === null ? 0 : idleFrom + (idleUntil - wallMs()));
    await sleep(Math.max(0, idleEnd - performance.now()));
    const cpuAfter = cpuOfTree(tray);
    const idleSeconds = (performance.now() - idleFrom) / 1000;
    const trayLast = memoryOfTree(tray);
    const trayMappings = mappingsOf(tray);
    const idleCpu = cpuBetween(cpuBefore, cpuAfter);
    const after = (performance.now() - closedAt) / 1000;
    log(`limber-tray after ${after.toFixed(0)} s: ${mb(trayLast.total)} PSS; ${idleCpu.total.toFixed(3)} CPU s over ${idleSeconds.toFixed(0)} s`);
    ok = true;
    return {
      home: homeScreen, appMappings, handoverMs, readyMs, trayFirst, trayLast, idleCpu, idleSeconds, lastAfter: after, closedWall: sentWall,
      trayMappings, alive: alive(tray),
    };
  } finally {
    if (typeof logFile === 'number') closeSync(logFile);
    // limber-tray is not this benchmark's child: it (and anything it started) is found by the data directory.
    if (!(ok && keep)) await endAll(home);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// From a reminder to moving

/**
 * dunst as the notification server (what the reminder tests use), with a "dmenu" of our own: when asked for a
 * notice's context menu (`dunstctl context`, what a right-click does) it writes the wall-clock time in ns and
 * answers "Start now". dunst then sends ActionInvoked(id, "start") from the connection that owns
 * org.freedesktop.Notifications, exactly as a person's click would. Null when dunst is not installed.
 */
async function startNotifier(home) {
  if (!installed('dunst') || !installed('dunstctl')) return null;
  const clicked = join(home.dir, 'clicked-at');
  const pick = join(home.dir, 'pick-start-now');
  writeFileSync(pick, `#!/bin/sh\ninput=$(cat)\ndate +%s%N > '${clicked}'\nprintf '%s\\n' "$input" | grep -m1 '^#Start now'\n`);
  chmodSync(pick, 0o755);
  const conf = join(home.dir, 'dunstrc');
  // Notices stay until answered, so a click that comes late (the peers are measured meanwhile) still finds it.
  writeFileSync(conf, `[global]\ndmenu = ${pick}\n[urgency_low]\ntimeout = 0\n[urgency_normal]\ntimeout = 0\n`);
  const child = spawn('dunst', ['-conf', conf], { env: { ...process.env, ...home.env }, stdio: 'ignore' });
  await eventually(() => busOwnerPid('org.freedesktop.Notifications') === child.pid,
    { timeout: 10000, message: 'dunst on the session bus' });
  return { child, clicked, stop: () => endPeer(child) };
}

/**
 * A Limber export holding a reminder every day for each of `plan`'s routines, at its instant's local hour and
 * minute. All of them go in one import: an import adds settings that are missing and never changes one that is
 * there, so a second file's reminders would not replace the first's (which is what made the second run fail).
 */
function reminderFile(home, plan) {
  const two = (n) => String(n).padStart(2, '0');
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const doc = {
    format: 'limber-export', version: 1, sessions: [], journal: [], restDays: [], customRoutines: [],
    settings: {
      reminders: {
        reminders: plan.map(({ routine, at }) => ({
          routineId: routine, enabled: true, days, time: { kind: 'fixed', time: `${two(at.getHours())}:${two(at.getMinutes())}:00` },
        })),
        graceMinutes: 120,
        quietHours: null,
        snoozeMinutes: 10,
      },
    },
  };
  const path = join(home.dir, 'reminders.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/**
 * The last "the player screen was interactive at <ms>" of the app's log after `after` (wall-clock ms), with when
 * that page began to load: { at, origin }, or null.
 */
function playerInteractive(logPath, after) {
  const found = [...readFileSync(logPath, 'utf8')
    .matchAll(/the player screen was interactive at ([\d.]+) ms since the epoch \(the page began to load at ([\d.]+)\)/g)]
    .map((m) => ({ at: Number(m[1]), origin: Number(m[2]) })).filter(({ at }) => at > after);
  return found.at(-1) ?? null;
}

/**
 * Imports a reminder for each of `routines`, all in one file: the first at the first whole minute at least `leadMs`
 * away, each next one two minutes later. Returns the plan, [{ routine, at }]. Called before the window opens for
 * the tray figures, so that the app reads the reminders at once and the limber-tray it hands over to reads them at
 * its start (limber-tray notices a later import, another process's commit, only at its next look, up to a minute
 * later, and passes over a reminder whose time went by before it saw the change).
 */
function planReminders(binary, home, routines, leadMs) {
  const first = Math.ceil((Date.now() + leadMs) / 60000) * 60000;
  const plan = routines.map((routine, index) => ({ routine, at: new Date(first + index * 120000) }));
  execFileSync(binary, ['import', reminderFile(home, plan)], { env: { ...process.env, ...home.env }, stdio: 'ignore' });
  return plan;
}

/**
 * From a reminder's "Start now" to the player being interactive, while limber-tray holds the reminders of `plan`
 * (from `planReminders`); when dunst shows one, "Start now" is chosen from its context menu; limber-tray
 * hands over and starts the app on that routine; the end is the player's own report (its first frame with the
 * routine on screen). Then the notice is closed (dunst keeps an answered notice on screen) and the window is
 * closed, which hands over to limber-tray again, for the next run. Returns the times in ms.
 */
async function measureReminders(binary, home, notifier, plan, logPath) {
  const times = [];
  const env = { ...process.env, ...home.env };
  // A late first run is fine (the notice stays until answered, and the time is taken from the click), but the
  // next reminder must not fall due before the first run is over.
  if (plan.length > 1 && Date.now() > plan[1].at.getTime() - 30000) {
    throw new Error('the tray figures and the peers took so long that the second reminder is nearly due; run with --no-peers');
  }
  for (const { routine, at } of plan) {
    log(`reminder for ${routine} at ${at.toTimeString().slice(0, 5)} (in ${((at - Date.now()) / 1000).toFixed(0)} s)`);
    await sleep(Math.max(0, at - Date.now()));
    const shown = () => Number(execFileSync('dunstctl', ['count', 'displayed'], { encoding: 'utf8' }).trim()) > 0;
    await eventually(shown, { timeout: 20000, interval: 50, message: `the reminder for ${routine} on screen` });
    const tray = pidsNamed(home.dataDir, 'limber-tray');
    if (tray.length !== 1) throw new Error(`limber-tray should hold the reminders alone; processes: ${JSON.stringify(ours(home.dataDir))}`);
    rmSync(notifier.clicked, { force: true });
    execFileSync('dunstctl', ['context'], { env });
    // dunst runs the menu after dunstctl returns.
    const stamp = () => (existsSync(notifier.clicked) ? readFileSync(notifier.clicked, 'utf8').trim() : '');
    await eventually(() => stamp().length > 0, { timeout: 10000, interval: 10, message: "dunst's context menu" });
    const clickedMs = Number(stamp()) / 1e6;
    let end;
    try {
      end = await eventually(() => playerInteractive(logPath, clickedMs),
        { timeout: 30000, interval: 10, message: `the ${routine} player to say it is interactive (in ${logPath})` });
    } catch (error) {
      // Say what Limber and dunst did: the log goes with the temporary home, so it is kept beside the build.
      const whole = readFileSync(logPath, 'utf8');
      const kept = join(ROOT, 'target', 'footprint-failed-limber.log');
      writeFileSync(kept, whole);
      const said = whole.split('\n').filter((line) => /^\[limber/.test(line)).slice(-25);
      const displayed = execFileSync('dunstctl', ['count', 'displayed'], { encoding: 'utf8' }).trim();
      const history = execFileSync('dunstctl', ['count', 'history'], { encoding: 'utf8' }).trim();
      throw new Error(`${error.message}\ndunst: ${displayed} displayed, ${history} in history; the whole log is in ${kept}; its end:\n${said.join('\n')}`);
    }
    times.push(end.at - clickedMs);
    // limber-tray's own part: from the click to the app started (its hand-over logs the wall clock).
    const handedOver = [...readFileSync(logPath, 'utf8').matchAll(/hand-over: the app is started after [\d.]+ ms \(at ([\d.]+) ms since/g)]
      .map((m) => Number(m[1])).filter((ms) => ms > clickedMs).at(-1);
    const split = `; after the click: the app started at ${handedOver ? (handedOver - clickedMs).toFixed(0) : '?'} ms, `
      + `its page began to load at ${(end.origin - clickedMs).toFixed(0)} ms`;
    log(`reminder -> player interactive: ${times.at(-1).toFixed(0)} ms (${routine})${split}`);
    // dunst keeps an answered notice on screen; the next run must find and click its own.
    execFileSync('dunstctl', ['close-all'], { env });
    // Back to limber-tray alone for the next reminder.
    await eventually(windowShown, { timeout: 10000, message: 'the Limber window' });
    closeWindow();
    await eventually(() => pidsNamed(home.dataDir, basename(binary).slice(0, 15)).length === 0
      && pidsNamed(home.dataDir, 'limber-tray').length === 1
      && busOwnerPid(SINGLE_INSTANCE) === pidsNamed(home.dataDir, 'limber-tray')[0],
    { timeout: 20000, interval: 50, message: 'limber-tray alone again after closing the window' });
  }
  // The log goes with the temporary home: its debug lines (the hand-over's steps, the app's start-up) are kept.
  writeFileSync(join(ROOT, 'target', 'footprint-limber.log'), readFileSync(logPath));
  return times;
}

/**
 * The Limber to watch with --running: the one given, else the one `limber-tray`, else the only `limber` whose
 * parent is not a `limber`. Throws with the reason when there is none or more than one.
 */
function findRunning(pid) {
  if (pid !== null) {
    if (!alive(pid)) throw new Error(`no process ${pid}`);
    return pid;
  }
  const processes = allPids().map(statOf).filter((p) => p && p.state !== 'Z');
  // With the window closed, Linux runs `limber-tray` instead of the app; the app itself stays in the tray on the
  // other systems or with LIMBER_TRAY_PROCESS=off. A running app may have its window open, so the tray process is
  // what this measures when there is one.
  const trays = processes.filter((p) => p.name === 'limber-tray');
  if (trays.length === 1) return trays[0].pid;
  const names = new Map(processes.map((p) => [p.pid, p.name]));
  const apps = processes.filter((p) => p.name === 'limber' && names.get(p.ppid) !== 'limber');
  if (apps.length === 1) return apps[0].pid;
  if (apps.length === 0) throw new Error('no running Limber found: start it, close its window, then run this');
  throw new Error(`${apps.length} Limber processes run (${apps.map((p) => p.pid).join(', ')}): pick one with --pid`);
}

/**
 * A Limber that already runs, watched without being touched: its process tree's PSS now, its CPU over `idle`
 * seconds, and its PSS again at the end. The same figures as the tray rows of a launched run, from the moment this
 * starts rather than from the close.
 */
async function measureRunning(root, idle) {
  const members = tree(root).map(statOf).filter(Boolean);
  log(`watching Limber pid ${root} (${members.map((p) => p.name).join(', ')}) for ${idle.toFixed(0)} s`);
  if (members.some((p) => p.name.startsWith('WebKitWebProces'))) {
    log('a WebKitWebProcess is alive, so the window looks open; close it for the idle figure');
  }
  const first = memoryOfTree(root);
  const started = performance.now();
  const cpuBefore = cpuOfTree(root);
  await sleep(idle * 1000);
  if (!alive(root)) throw new Error(`Limber ${root} ended during the measurement`);
  const idleCpu = cpuBetween(cpuBefore, cpuOfTree(root));
  const last = memoryOfTree(root);
  log(`after ${((performance.now() - started) / 1000).toFixed(0)} s: ${mb(last.total)} PSS; ${idleCpu.total.toFixed(3)} CPU s`);
  return {
    pid: root, name: statOf(root)?.name ?? '?', first, last, idleCpu, mappings: mappingsOf(root), alive: alive(root),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The peers, measured in the same run on the same display, so that a reader can judge Limber's figures by ratios
// rather than by absolute times on an unknown machine.

/** Whether a program is on the PATH. */
function installed(program) {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Ends a peer this benchmark started, and waits for it. */
async function endPeer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 5000);
  await ended;
  clearTimeout(late);
}

/** Whether a top-level window whose title contains `title` is on the screen (surf adds the address to it). */
function windowTitled(title) {
  return windowTitles().includes(title);
}

/** The titles of the top-level windows on the screen, or '' when xwininfo cannot say. */
function windowTitles() {
  try {
    return execFileSync('xwininfo', ['-root', '-children'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/**
 * surf (a minimal WebKitGTK browser, the floor for any WebKitGTK window) showing one small local page: how long it
 * takes from exec to the page's first frame, median of `runs` start-ups, measured as Limber's cold start is (the
 * same wrapper writes the wall-clock time just before the exec, and the page takes the time in its first animation
 * frame, which it puts in its title for this bench to read); and its process tree's PSS `settle` s after the
 * window of the last run appears. Null when surf is not installed.
 */
async function measureSurf(home, settle, runs) {
  if (!installed('surf')) return null;
  const title = 'Limber footprint peer page';
  const page = join(home.dir, 'peer-page.html');
  writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>`
    + '<body style="font-family:sans-serif"><h1>One page</h1><p>A heading, a paragraph and a button.</p>'
    + '<button type="button">Start</button><script>requestAnimationFrame(() => { document.title = '
    + `'${title} drawn at ' + (performance.timeOrigin + performance.now()).toFixed(1); });</script></body></html>\n`);
  const stamp = join(home.dir, 'surf-exec-stamp');
  const drawn = new RegExp(`${title} drawn at ([\\d.]+)`);
  const starts = [];
  for (let run = 1; ; run += 1) {
    await sleep(1000);
    rmSync(stamp, { force: true });
    const child = spawn('sh', ['-c', 'date +%s%N > "$1"; exec surf -x "$2"', 'sh', stamp, `file://${page}`],
      { env: { ...process.env, ...home.env }, stdio: 'ignore' });
    try {
      const at = await eventually(() => Number(drawn.exec(windowTitles())?.[1] ?? 0) || null,
        { timeout: 30000, interval: 20, message: "surf's window with its page drawn" });
      starts.push(at - Number(readFileSync(stamp, 'utf8').trim()) / 1e6);
      if (run >= runs) {
        await sleep(settle * 1000);
        const memory = memoryOfTree(child.pid);
        log(`surf, one page: drawn ${starts.at(-1).toFixed(0)} ms after exec (median of ${starts.length}: `
          + `${median(starts).toFixed(0)} ms), ${mb(memory.total)} PSS`);
        return { ...memory, startMs: median(starts), starts };
      }
    } finally {
      await endPeer(child);
    }
  }
}

/**
 * Workrave (a native GTK break reminder): its PSS and CPU idle, then the CPU of its exercise window (opened over
 * its D-Bus control interface, as its menu does) over `duration` s. Null when Workrave is not installed.
 */
async function measureWorkrave(home, settle, idle, duration) {
  if (!installed('workrave')) return null;
  const child = spawn('workrave', [], { env: { ...process.env, ...home.env }, stdio: 'ignore' });
  const bus = 'org.workrave.Workrave';
  try {
    await eventually(() => busOwnerPid(bus) !== null, { timeout: 30000, message: 'Workrave on the session bus' });
    await sleep(settle * 1000);
    const memory = memoryOfTree(child.pid);
    const idleBefore = cpuOfTree(child.pid);
    await sleep(idle * 1000);
    const idleCpu = cpuBetween(idleBefore, cpuOfTree(child.pid));
    execFileSync('dbus-send', ['--session', '--print-reply', `--dest=${bus}`, '/org/workrave/Workrave/UI',
      'org.workrave.ControlInterface.Exercises'], { stdio: 'ignore' });
    await eventually(() => windowTitled('Exercises'), { timeout: 10000, message: "Workrave's exercise window" });
    const started = performance.now();
    const before = cpuOfTree(child.pid);
    await sleep(duration * 1000);
    const exercise = cpuBetween(before, cpuOfTree(child.pid));
    const seconds = (performance.now() - started) / 1000;
    const figures = {
      idle: memory,
      idleCpuPerMin: (idleCpu.total * 60) / idle,
      exerciseCpuPerMin: (exercise.total * 60) / seconds,
    };
    log(`Workrave: ${mb(memory.total)} PSS idle, ${figures.idleCpuPerMin.toFixed(4)} CPU s/min idle, `
      + `${figures.exerciseCpuPerMin.toFixed(3)} CPU s/min with its exercise window open`);
    return figures;
  } finally {
    await endPeer(child);
  }
}

function routineName(routine) {
  return JSON.parse(readFileSync(join(ROOT, 'assets', 'routines', `${routine}.json`), 'utf8')).name;
}

/**
 * Starts `routine` as a person would: `limber start <routine>`, or the routine's Start button on the home screen
 * when the app opened there, then Start on the player (or "Start the routine" under the evening checklist of a
 * bedtime routine). Reads PSS `settle` s in and counts CPU over `duration` s.
 */
async function measureSession(binary, home, routine, settle, duration, shots = null) {
  const name = routineName(routine);
  const app = await driven(binary, home, ['start', routine]);
  try {
    // The player's Start button is there once the page has loaded: then the coach is switched on, before the
    // session starts, so that the player reads it.
    await eventually(async () => (await allByRole(app.driver, 'button', 'Start')).length
      + (await allByRole(app.driver, 'button', 'Start the routine')).length > 0,
    { timeout: 30000, interval: 100, message: `the ${name} player` });
    await coachOn(app.driver);
    const onPlayer = async () => {
      // The player's Start, or, before a bedtime routine, the evening checklist's "Start the routine" (which
      // starts the session with nothing ticked).
      if (await clickOnly(app.driver, 'Start') || await clickOnly(app.driver, 'Start the routine')) return true;
      await clickOnly(app.driver, `Start ${name}`);
      return false;
    };
    await eventually(onPlayer, { timeout: 30000, interval: 200, message: `the ${name} player's Start button` });
    await eventually(() => sessionOnScreen(app.driver), { timeout: 10000, message: 'the session to start (a timer on screen)' });
    // Counts the moments at which the page changed (each batch of DOM changes, which WebKit draws in one
    // frame), and among them those in which the figure or the pacer moved, to show beside the CPU that the
    // figure still moves, and how often. A plain MutationObserver: it asks for no animation frame of its own
    // (an earlier counter did, and cost about 0.25 CPU-s a minute of the figure it measured).
    await app.driver.executeScript(`
      window.__limberRedraws = { figure: 0, pacer: 0, moments: 0 };
      new MutationObserver((records) => {
        let figure = false;
        let pacer = false;
        for (const r of records) {
          const element = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          if (element?.closest('.player .figure')) figure = true;
          else if (element?.closest('.player .pacer')) pacer = true;
        }
        window.__limberRedraws.moments += 1;
        if (figure) window.__limberRedraws.figure += 1;
        if (pacer) window.__limberRedraws.pacer += 1;
      }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    `);
    // What the window repainted meanwhile, from the X server (bench/footprint/damage.py): the CPU figure alone
    // cannot tell a small repaint from the whole window's. Its process is not in the app's tree.
    const repainted = repaintedDuring(duration);
    const started = performance.now();
    const cpuBefore = cpuOfTree(app.pid);
    await sleep(settle * 1000);
    const memory = memoryOfTree(app.pid);
    log(`during ${routine}: ${mb(memory.total)} PSS`);
    await sleep(Math.max(0, started + duration * 1000 - performance.now()));
    const cpu = cpuBetween(cpuBefore, cpuOfTree(app.pid));
    const redraws = await app.driver.executeScript('return window.__limberRedraws');
    const damage = await repainted;
    if (damage.area !== undefined) {
      log(`repainted: ${damage.frames} frames, ${damage.area} px in all, ${damage.whole} of the whole window, in ${duration.toFixed(0)} s`);
    } else {
      log(`repainted: not measured (${damage.why})`);
    }
    log(`redraws: the figure ${redraws.figure}, the pacer ${redraws.pacer}, changes of the page ${redraws.moments} in ${duration.toFixed(0)} s`);
    const runningAtEnd = await sessionOnScreen(app.driver);
    if (shots) {
      // A few pictures a second apart, taken after the CPU was counted (a screenshot costs a frame of its own):
      // the figure should be seen moving, or still in reduced motion.
      mkdirSync(shots, { recursive: true });
      for (let shot = 1; shot <= 4; shot += 1) {
        writeFileSync(join(shots, `session-${shot}.png`), await takeScreenshot(app.driver), 'base64');
        await sleep(1000);
      }
    }
    log(`session CPU: ${cpu.total.toFixed(2)} s over ${duration.toFixed(0)} s (session still on screen: ${runningAtEnd})`);
    // Then lights out (offered for a bedtime routine with the voice coach on), for as long again.
    let dark = null;
    let darkWhy = null;
    if (await clickOnly(app.driver, 'Lights out')) {
      await eventually(async () => (await allByRole(app.driver, 'button', 'Lights on', { exact: false })).length === 1,
        { timeout: 5000, message: 'the lights-out screen' });
      const darkStart = performance.now();
      const darkBefore = cpuOfTree(app.pid);
      await sleep(Math.max(0, darkStart + duration * 1000 - performance.now()));
      dark = cpuBetween(darkBefore, cpuOfTree(app.pid));
      log(`lights out: ${dark.total.toFixed(2)} s over ${duration.toFixed(0)} s`);
    } else {
      darkWhy = 'no "Lights out" on the player';
    }
    return { memory, cpu, runningAtEnd, dark, darkWhy, redraws, damage };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const verdict = (value, target) => (value <= target ? 'ok' : 'MISSED');

/** PSS by process name, largest first. */
function breakdown(parts) {
  const grouped = new Map();
  for (const { name, pss } of parts) grouped.set(name, (grouped.get(name) ?? 0) + pss);
  return [...grouped].sort((a, b) => b[1] - a[1]).filter(([, pss]) => pss).map(([name, pss]) => `${name} ${mb(pss)}`).join(', ');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function trayRows(tray, first, idle, peers) {
  const idlePerMin = (tray.idleCpu.total * 60) / idle;
  const trayTarget = `<= ${mb(TARGETS.trayPss)}`;
  const surf = peers?.surf ? `surf, one page: ${mb(peers.surf.total)} (x${(tray.home.total / peers.surf.total).toFixed(2)})` : '';
  const workrave = peers?.workrave ? `Workrave idle: ${mb(peers.workrave.idle.total)}` : '';
  return [
    ['PSS, home screen open (window tree)', mb(tray.home.total), `<= ${mb(TARGETS.windowPss)}`,
      verdict(tray.home.total, TARGETS.windowPss), surf],
    ['handover, window closed -> limber-tray running, app gone', `${tray.handoverMs.toFixed(0)} ms`, '', ''],
    ['  -> limber-tray holds the single-instance name', `${tray.readyMs.toFixed(0)} ms`, '', ''],
    [`PSS, tray: the limber-tray process, ${first.toFixed(0)} s after closing`, mb(tray.trayFirst.total), trayTarget,
      verdict(tray.trayFirst.total, TARGETS.trayPss), workrave],
    [`PSS, tray: the limber-tray process, ${tray.lastAfter.toFixed(0)} s after closing`, mb(tray.trayLast.total), trayTarget,
      verdict(tray.trayLast.total, TARGETS.trayPss)],
    [`CPU, tray: the limber-tray process idle for ${idle.toFixed(0)} s`, `${tray.idleCpu.total.toFixed(3)} s`, '', ''],
    ['  as CPU seconds per minute', `${idlePerMin.toFixed(4)} s`, `<= ${TARGETS.idleCpuPerMin} s`,
      verdict(idlePerMin, TARGETS.idleCpuPerMin),
      peers?.workrave ? `Workrave idle: ${peers.workrave.idleCpuPerMin.toFixed(4)} s` : ''],
    ['  limber-tray still running at the end', tray.alive ? 'yes' : 'NO', 'yes', tray.alive ? 'ok' : 'MISSED'],
  ];
}

function runningRows(running, idle) {
  const idlePerMin = (running.idleCpu.total * 60) / idle;
  const trayTarget = `<= ${mb(TARGETS.trayPss)}`;
  const who = `the ${running.name} process tree (pid ${running.pid})`;
  return [
    [`PSS, ${who}, at the start`, mb(running.first.total), trayTarget, verdict(running.first.total, TARGETS.trayPss)],
    [`PSS, ${who}, ${idle.toFixed(0)} s later`, mb(running.last.total), trayTarget, verdict(running.last.total, TARGETS.trayPss)],
    [`CPU, ${who}, over ${idle.toFixed(0)} s`, `${running.idleCpu.total.toFixed(3)} s`, '', ''],
    ['  as CPU seconds per minute', `${idlePerMin.toFixed(4)} s`, `<= ${TARGETS.idleCpuPerMin} s`,
      verdict(idlePerMin, TARGETS.idleCpuPerMin)],
  ];
}

function sessionRows(session, routine, seconds, peers) {
  const perMin = (cpu) => (cpu.total * 60) / seconds;
  const workrave = peers?.workrave?.exerciseCpuPerMin;
  const beside = (cpu) => (workrave === undefined ? ''
    : `Workrave's exercises: ${workrave.toFixed(2)} s${workrave > 0 ? ` (x${(perMin(cpu) / workrave).toFixed(1)})` : ''}`);
  const rows = [
    [`PSS, during a session (${routine})`, mb(session.memory.total), '', ''],
    [`CPU, the session's ${seconds.toFixed(0)} s`, `${session.cpu.total.toFixed(2)} s`, '', '',
      `redraws a second: figure ${(session.redraws.figure / seconds).toFixed(1)}, pacer ${(session.redraws.pacer / seconds).toFixed(1)}; the page changed ${(session.redraws.moments / seconds).toFixed(1)} times a second`],
    session.damage?.area !== undefined
      ? ['  repainted, a second', `${Math.round(session.damage.area / seconds)} px`, '', '',
        `${session.damage.window > 0 ? `${((100 * session.damage.area) / session.damage.window / seconds).toFixed(0)} % of the window a second; ` : ''}`
        + `${(session.damage.frames / seconds).toFixed(1)} frames a second, ${session.damage.whole} of them the whole window (X DAMAGE)`]
      : ['  repainted, a second', 'not measured', '', '', session.damage?.why ?? ''],
    ['  as CPU seconds per minute', `${perMin(session.cpu).toFixed(2)} s`, `<= ${TARGETS.sessionCpuPerMin} s`,
      verdict(perMin(session.cpu), TARGETS.sessionCpuPerMin), beside(session.cpu)],
  ];
  if (session.dark) {
    rows.push(['  the same with lights out (voice coach on), per minute', `${perMin(session.dark).toFixed(2)} s`,
      `<= ${TARGETS.sessionCpuPerMin} s`, verdict(perMin(session.dark), TARGETS.sessionCpuPerMin), beside(session.dark)]);
  } else {
    rows.push(['  with lights out', 'not measured', '', '', session.darkWhy ?? '']);
  }
  return rows;
}

function printWhere(tray, session, first, idle) {
  console.log('\nWhere the memory is (PSS by process name):');
  if (tray) console.log(`  ${'home screen:'.padEnd(22)}${breakdown(tray.home.parts)}`);
  if (session) console.log(`  ${'session:'.padEnd(22)}${breakdown(session.memory.parts)}`);
  if (tray) {
    console.log(`  ${`limber-tray, ${first.toFixed(0)} s:`.padEnd(22)}${breakdown(tray.trayFirst.parts)}`);
    console.log(`  ${`limber-tray, ${tray.lastAfter.toFixed(0)} s:`.padEnd(22)}${breakdown(tray.trayLast.parts)}`);
  }
  console.log('Where the CPU time goes (seconds by process name):');
  if (tray) console.log(`  limber-tray idle: ${tray.idleCpu.byName.map(([n, c]) => `${n} ${c.toFixed(3)}`).join(', ')}`);
  if (session) console.log(`  session:          ${session.cpu.byName.map(([n, c]) => `${n} ${c.toFixed(2)}`).join(', ')}`);
  if (session?.dark) console.log(`  lights out:       ${session.dark.byName.map(([n, c]) => `${n} ${c.toFixed(2)}`).join(', ')}`);
  if (tray) {
    console.log('The app\'s own process with the home screen open, largest mappings by PSS:');
    console.log(`  ${tray.appMappings.map(([n, v]) => `${n} ${mb(v)}`).join(', ')}`);
    console.log('The limber-tray process, largest mappings by PSS:');
    console.log(`  ${tray.trayMappings.map(([n, v]) => `${n} ${mb(v)}`).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const USAGE = `usage: bash bench/footprint/run.sh [options]

Limber's footprint benchmark: start-up time, memory, CPU and sizes of a build, each beside its target.

options:
  --binary PATH     the limber binary (default: the release build)
  --deb PATH        the .deb (default: the bundle next to the binary)
  --runs N          start-up runs, the median is reported (default 7)
  --reminders N     reminder runs ("Start now" -> player), one a minute, the median is reported (default 3)
  --idle S          seconds idle in the tray for the CPU figure (default 300)
  --session S       seconds of a session for the CPU figure, and as long again with lights out (default 120)
  --routine ID      routine for the session, longer than --session (default bedtime-wind-down)
  --quick           short run, under 3 minutes: 3 start-ups, the tray 10 s after closing, at least 20 s idle,
                    1 reminder, 15 s of a session (and 15 s with lights out)
  --start-only      only the start-up runs and the sizes
  --session-only    only the session (CPU, PSS, lights out) and Workrave's exercise window beside it
  --reduced-motion  run the app with GTK's animations off, so the page prefers reduced motion (still poses)
  --no-peers        leave out the peers (surf's one page, Workrave idle and its exercise window)
  --tray-only       only the home screen, the handover to limber-tray and limber-tray idle (--idle)
  --running         launch nothing: watch the Limber that already runs (limber-tray, else the app) for --idle
                    seconds, e.g. on your desktop with a real tray: node bench/footprint/footprint.mjs --running
  --pid PID         with --running: the Limber process to watch, when more than one runs
  --shots DIR       save four screenshots of the session, a second apart, in DIR
  --json PATH       also write the figures to this file`;

function fail(message) {
  console.error(`footprint: ${message}`);
  process.exit(2);
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        binary: { type: 'string' },
        deb: { type: 'string' },
        runs: { type: 'string', default: '7' },
        reminders: { type: 'string', default: '3' },
        idle: { type: 'string', default: '300' },
        session: { type: 'string', default: '120' },
        routine: { type: 'string', default: 'bedtime-wind-down' },
        quick: { type: 'boolean', default: false },
        'start-only': { type: 'boolean', default: false },
        'tray-only': { type: 'boolean', default: false },
        'session-only': { type: 'boolean', default: false },
        'no-peers': { type: 'boolean', default: false },
        'reduced-motion': { type: 'boolean', default: false },
        running: { type: 'boolean', default: false },
        pid: { type: 'string' },
        json: { type: 'string' },
        shots: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    fail(`${error.message}\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name) => {
    const value = Number(parsed[name]);
    if (!Number.isFinite(value) || value <= 0) fail(`--${name} needs a positive number`);
    return value;
  };
  const chosen = {
    binary: parsed.binary ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', 'limber'),
    deb: parsed.deb,
    runs: Math.round(number('runs')),
    reminders: Math.round(number('reminders')),
    idle: number('idle'),
    session: number('session'),
    routine: parsed.routine,
    startOnly: parsed['start-only'],
    trayOnly: parsed['tray-only'],
    sessionOnly: parsed['session-only'],
    peers: !parsed['no-peers'],
    reducedMotion: parsed['reduced-motion'],
    running: parsed.running,
    pid: parsed.pid === undefined ? null : Math.round(number('pid')),
    json: parsed.json,
    shots: parsed.shots ? resolve(parsed.shots) : null,
  };
  // The tray's first PSS is read `first` s after the close (1 minute, or the idle time when shorter).
  chosen.first = Math.min(60, chosen.idle);
  if (parsed.quick) Object.assign(chosen, { runs: 3, idle: 20, first: 10, session: 15, reminders: 1 });
  if ([chosen.startOnly, chosen.trayOnly, chosen.sessionOnly].filter(Boolean).length > 1) {
    fail('--start-only, --tray-only and --session-only exclude each other');
  }
  if (chosen.pid !== null && !chosen.running) fail('--pid goes with --running');
  if (chosen.running && (chosen.startOnly || chosen.trayOnly || parsed.binary || parsed.deb)) {
    fail('--running launches nothing, so it takes only --idle, --pid and --json');
  }
  return chosen;
}

function defaultDeb(binary) {
  const bundle = join(dirname(binary), 'bundle', 'deb');
  const found = existsSync(bundle) ? readdirSync(bundle).filter((f) => f.endsWith('.deb')).sort() : [];
  return found.length > 0 ? join(bundle, found.at(-1)) : null;
}

/** The --running mode: one Limber already running, watched for --idle seconds. */
async function mainRunning(args) {
  let root;
  try {
    root = findRunning(args.pid);
  } catch (error) {
    fail(error.message);
  }
  const loadBefore = loadAverage();
  const running = await measureRunning(root, args.idle);
  const loadAfter = loadAverage();
  const rows = runningRows(running, args.idle);
  console.log(`\nLimber footprint: the running Limber, pid ${running.pid}`);
  printTable(rows, loadBefore, loadAfter);
  console.log('\nWhere the memory is (PSS by process name):');
  console.log(`  ${'at the start:'.padEnd(22)}${breakdown(running.first.parts)}`);
  console.log(`  ${`${args.idle.toFixed(0)} s later:`.padEnd(22)}${breakdown(running.last.parts)}`);
  console.log('Where the CPU time goes (seconds by process name):');
  console.log(`  ${running.idleCpu.byName.map(([n, c]) => `${n} ${c.toFixed(3)}`).join(', ')}`);
  console.log(`The ${running.name} process, largest mappings by PSS:`);
  console.log(`  ${running.mappings.map(([n, v]) => `${n} ${mb(v)}`).join(', ')}`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({
      running_pid: running.pid,
      running_name: running.name,
      pss_tray_first: running.first.total,
      pss_tray_last: running.last.total,
      idle_cpu_s: running.idleCpu.total,
      idle_s: args.idle,
    }, null, 2)}\n`);
  }
}

function printTable(rows, loadBefore, loadAfter) {
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`load average (1 min) before / after: ${loadBefore} / ${loadAfter} on ${availableParallelism()} CPUs`);
  console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(16)}  ${'target'.padStart(10)}  ${'verdict'.padEnd(7)}  peer, same run (ratio Limber/peer)`);
  for (const [name, value, target, mark, peer = ''] of rows) {
    console.log(`${name.padEnd(width)}  ${value.padStart(16)}  ${target.padStart(10)}  ${mark.padEnd(7)}  ${peer}`.trimEnd());
  }
}

async function main() {
  const args = options();
  if (args.running) {
    await mainRunning(args);
    return;
  }
  if (!process.env.DISPLAY || !process.env.DBUS_SESSION_BUS_ADDRESS) {
    fail('run me through bench/footprint/run.sh (it provides Xvfb and a D-Bus session)');
  }
  const binary = resolve(args.binary);
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    fail(`no binary at ${binary} (build it: bash scripts/package.sh)`);
  }
  const deb = args.deb ?? defaultDeb(binary);
  const { first } = args;
  await loadHarness();
  const settle = 5;

  const loadBefore = loadAverage();
  const home = tempHome('limber-footprint-');
  if (args.reducedMotion) {
    // WebKitGTK answers prefers-reduced-motion from GTK's gtk-enable-animations (as tests/e2e/theme.test.mjs does).
    mkdirSync(join(home.env.XDG_CONFIG_HOME, 'gtk-3.0'), { recursive: true });
    writeFileSync(join(home.env.XDG_CONFIG_HOME, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  }
  let starts = [];
  let tray = null;
  let session = null;
  const peers = {};
  let notifier = null;
  let reminders = null;
  try {
    log(`binary ${binary}`);
    log('first launch (creates the data directory)');
    await prepare(binary, home);
    if (!args.trayOnly && !args.sessionOnly) starts = await measureStart(binary, home, args.runs);
    const sessionWanted = !(args.startOnly || args.trayOnly);
    const measureSessionNow = async () => {
      session = await measureSession(binary, home, args.routine, Math.min(30, args.session), args.session, args.shots);
    };
    if (!args.startOnly && !args.sessionOnly) {
      const logPath = join(home.dir, 'limber.log');
      const measurePeers = async () => {
        if (!args.peers) return;
        peers.surf = await measureSurf(home, settle, args.runs);
        peers.workrave = await measureWorkrave(home, settle, Math.min(10, args.idle), Math.min(60, args.session));
      };
      const routines = ['bedtime-wind-down', 'morning-mobility', 'two-minute-reset', 'upper-back-neck']
        .slice(0, installed('dunst') && installed('dunstctl') ? args.reminders : 0);
      // A reminder's time is a whole minute, so the first one cannot fall due the moment the tray figures are
      // done; the wait for its minute is the one idle stretch of a run. Estimates (seconds, generous: a reminder
      // that falls due early waits on screen for its click, which is where its figure is timed from):
      const peersEstimate = args.peers ? 2 * args.runs + 2 * settle + Math.min(10, args.idle) + Math.min(60, args.session) + 5 : 0;
      const trayEstimate = settle + 3 + first + peersEstimate + args.idle + 3;
      const sessionEstimate = 2 * args.session + 12;
      // The session is measured before the tray figures (and the reminder) instead of after, when that leaves
      // the shorter wait for the minute.
      const now = Date.now();
      const waitFor = (seconds) => Math.ceil((now + seconds * 1000) / 60000) * 60000 - (now + seconds * 1000);
      const sessionFirst = sessionWanted && routines.length > 0
        && waitFor(sessionEstimate + trayEstimate) < waitFor(trayEstimate);
      // The reminders are imported before any window opens, so that every process reads them at its start:
      // the app's scheduler, and the limber-tray it hands over to (which notices a later import, another
      // process's commit, only at its next look, up to a minute later, and passes over a reminder whose time went
      // by before it saw the change). The first must not fall due while the app has its window, whose own
      // scheduler would send it; the tray's idle stretch lasts until just before it.
      const plan = routines.length > 0
        ? planReminders(binary, home, routines, ((sessionFirst ? sessionEstimate : 0) + trayEstimate) * 1000)
        : [];
      if (sessionFirst) await measureSessionNow();
      // After the session, whose end ends every process of this home (dunst too, which runs with its variables).
      notifier = await startNotifier(home);
      tray = await measureTray(binary, home, settle, first, args.idle, {
        logPath,
        keep: plan.length > 0,
        // The peers are measured while limber-tray waits, between its two PSS figures and before its idle
        // stretch (never while they map the same libraries as it, or wake it on the session bus).
        beforeIdle: measurePeers,
        idleUntil: plan.length > 0 ? plan[0].at.getTime() - 3000 : null,
      });
      // A reminder that falls due late (the estimates were short) waits on screen for its click; one that fell
      // due before the window closed was the app's, not limber-tray's, and the figure would be the wrong one.
      if (plan.length > 0 && tray.closedWall > plan[0].at.getTime() - 2000) {
        throw new Error('the window was still open when the first reminder fell due: the run was slower than planned; run again');
      }
      if (plan.length > 0) {
        reminders = await measureReminders(binary, home, notifier, plan, logPath);
        await endAll(home);
      }
      if (sessionWanted && !sessionFirst) await measureSessionNow();
    } else if (sessionWanted) {
      await measureSessionNow();
    }
    if (args.peers && session && !tray) {
      peers.workrave = await measureWorkrave(home, settle, Math.min(10, args.idle), Math.min(60, args.session));
    }
  } finally {
    await endAll(home);
    await notifier?.stop();
    rmSync(home.dir, { recursive: true, force: true, maxRetries: 5 });
  }
  const loadAfter = loadAverage();

  const binarySize = statSync(binary).size;
  const debSize = deb && existsSync(deb) ? statSync(deb).size : null;
  const rows = [];
  if (starts.length > 0) {
    const startMs = median(starts);
    rows.push(
      [`cold start, exec -> home interactive (median of ${starts.length})`, `${startMs.toFixed(0)} ms`,
        `<= ${TARGETS.startMs} ms`, verdict(startMs, TARGETS.startMs),
        peers.surf ? `surf, exec -> one page drawn: ${peers.surf.startMs.toFixed(0)} ms (x${(startMs / peers.surf.startMs).toFixed(2)})` : ''],
      ['  fastest / slowest run', `${Math.min(...starts).toFixed(0)} / ${Math.max(...starts).toFixed(0)} ms`, '', ''],
    );
  }
  if (tray) {
    if (reminders?.length) {
      const reminderMs = median(reminders);
      rows.push([`reminder's "Start now" -> player interactive (median of ${reminders.length})`, `${reminderMs.toFixed(0)} ms`,
        `<= ${TARGETS.reminderMs} ms`, verdict(reminderMs, TARGETS.reminderMs),
        reminders.length > 1 ? `runs: ${reminders.map((ms) => ms.toFixed(0)).join(', ')} ms` : '']);
    } else {
      rows.push(['reminder\'s "Start now" -> player interactive', 'not measured', `<= ${TARGETS.reminderMs} ms`, '',
        'needs dunst (apt install dunst)']);
    }
    rows.push(...trayRows(tray, first, tray.idleSeconds, peers));
  }
  if (session) rows.push(...sessionRows(session, args.routine, args.session, peers));
  rows.push(
    ['release binary', mb(binarySize), `<= ${mb(TARGETS.binary)}`, verdict(binarySize, TARGETS.binary)],
    ['.deb installer', debSize ? mb(debSize) : 'not built', `<= ${mb(TARGETS.deb)}`, debSize ? verdict(debSize, TARGETS.deb) : ''],
  );
  if (args.peers && (tray || session)) {
    if (peers.surf === null) rows.push(['peer: surf', 'not installed', '', '', 'apt install surf']);
    if (peers.workrave === null) rows.push(['peer: Workrave', 'not installed', '', '', 'apt install workrave']);
  }
  console.log(`\nLimber footprint: ${binary}`);
  printTable(rows, loadBefore, loadAfter);
  if (tray || session) printWhere(tray, session, first, tray?.idleSeconds ?? args.idle);
  if (tray && !tray.alive) console.log('note: limber-tray ended while it was measured (it should keep running)');
  if (session && !session.runningAtEnd) {
    console.log(`note: the session ended before ${args.session.toFixed(0)} s; choose a longer --routine`);
  }
  if (args.json) {
    const figures = { start_ms: starts, reminder_ms: reminders ?? [], binary_bytes: binarySize, deb_bytes: debSize };
    if (tray) {
      Object.assign(figures, {
        pss_home: tray.home.total,
        handover_ms: tray.handoverMs,
        handover_ready_ms: tray.readyMs,
        pss_tray_first: tray.trayFirst.total,
        pss_tray_last: tray.trayLast.total,
        tray_alive: tray.alive,
        idle_cpu_s: tray.idleCpu.total,
        idle_s: tray.idleSeconds,
      });
    }
    if (session) {
      Object.assign(figures, {
        pss_session: session.memory.total,
        session_cpu_s: session.cpu.total,
        session_dark_cpu_s: session.dark?.total ?? null,
        session_repainted_px: session.damage?.area ?? null,
        session_whole_window_frames: session.damage?.whole ?? null,
        session_s: args.session,
      });
    }
    if (peers.surf) {
      figures.peer_surf_pss = peers.surf.total;
      figures.peer_surf_start_ms = peers.surf.starts;
    }
    if (peers.workrave) {
      Object.assign(figures, {
        peer_workrave_pss: peers.workrave.idle.total,
        peer_workrave_idle_cpu_per_min: peers.workrave.idleCpuPerMin,
        peer_workrave_exercise_cpu_per_min: peers.workrave.exerciseCpuPerMin,
      });
    }
    writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

await main();
