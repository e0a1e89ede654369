// What an end-to-end test or a benchmark sees of Limber's processes from outside: the session bus and the screen,
// and the hand-overs between the app and `limber-tray` told from /proc (read by ./proc.mjs). After the app hands
// over to `limber-tray` (Linux, window closed) WebDriver no longer sees Limber, so tests of the tray and the
// reminders follow it here. Every process of one launch inherits its XDG_DATA_HOME, which tells them from other
// launches' processes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertSharedClock, eventually, screenshotDir, sleep } from './harness.mjs';
import { argsOf, ours, pidsNamed, statOf } from './proc.mjs';

/** The names of a test's processes (see `ours`). */
export function processes(dataDir) {
  return ours(dataDir).map((p) => p.name);
}

/** A test's processes as `name pid (parent ppid)`, for failure messages. */
export function processList(dataDir) {
  return ours(dataDir).map(({ pid, name }) => `${name} ${pid} (parent ${statOf(pid)?.ppid ?? '?'})`).join(', ');
}

/** `eventually`, whose failure also lists the test's processes as they are at that moment. */
export async function until(dataDir, predicate, { timeout, message }) {
  try {
    return await eventually(predicate, { timeout, message });
  } catch (error) {
    throw new Error(`${error.message}; processes now: ${processList(dataDir)}`);
  }
}

/**
 * Whether any of the app's WebKit processes (web, network, GPU) runs. WebKitWebDriver, which tauri-driver
 * started with the same environment, is the test's and does not count.
 */
export function webkitRuns(dataDir) {
  return processes(dataDir).some((name) => name.startsWith('WebKit') && name !== 'WebKitWebDriver');
}

/** The pid of the process that owns a name on the session bus, or null while no one does. */
export function busOwnerPid(name) {
  try {
    const answer = execFileSync('dbus-send', [
      '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.GetConnectionUnixProcessID', `string:${name}`,
    ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(/uint32 (\d+)/.exec(answer)[1]);
  } catch {
    return null;
  }
}

export const SINGLE_INSTANCE = 'app.limber.desktop.SingleInstance';

/**
 * Waits until Limber has handed over to its tray process: the app `appPid` has ended, no WebKit process is
 * left, exactly one limber-tray runs (started with `--after <appPid>`) and it holds the single-instance name.
 * Returns the limber-tray pid.
 */
export async function trayTakesOver(dataDir, appPid) {
  const tray = await until(dataDir, () => {
    const trays = pidsNamed(dataDir, 'limber-tray');
    const apps = pidsNamed(dataDir, 'limber');
    return trays.length === 1 && apps.length === 0 && !webkitRuns(dataDir) ? trays[0] : null;
  }, { timeout: 20000, message: 'limber-tray alone, without the app and WebKit, after the window closed' });
  assert.deepEqual(argsOf(tray), ['--after', String(appPid)], 'limber-tray was started by the app that closed');
  await eventually(() => busOwnerPid(SINGLE_INSTANCE) === tray, {
    timeout: 15000,
    message: `limber-tray (pid ${tray}) to hold ${SINGLE_INSTANCE}`,
  });
  // On a pinned run, limber-tray keeps the reminders on the same fake clock as the app it took over from.
  const checked = await assertSharedClock(dataDir);
  if (process.env.FAKETIME) assert.ok(checked.includes('limber-tray'), `limber-tray's clock was checked (${checked})`);
  return tray;
}

/**
 * Waits until limber-tray `trayPid` has ended and a new app runs with its WebKit processes and these
 * arguments; returns the app's pid.
 */
export async function appTakesOver(dataDir, trayPid, args) {
  const app = await until(dataDir, () => {
    const apps = pidsNamed(dataDir, 'limber');
    const trayGone = !pidsNamed(dataDir, 'limber-tray').includes(trayPid);
    return trayGone && apps.length === 1 && webkitRuns(dataDir) ? apps[0] : null;
  }, { timeout: 20000, message: `limber-tray ${trayPid} gone and the app back with its web processes` });
  assert.deepEqual(pidsNamed(dataDir, 'limber-tray'), [], 'limber-tray ended when the app came back');
  assert.deepEqual(argsOf(app), args, 'the app limber-tray started got the arguments of the second launch');
  return app;
}

/** Whether a viewable top-level window titled "Limber" is on the screen. */
export function windowShown() {
  try {
    return execFileSync('xwininfo', ['-name', 'Limber'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .includes('IsViewable');
  } catch {
    return false;
  }
}

/** The standard deviation of a PNG's pixels (0 to 1): 0 for a single flat colour. */
export function spread(png) {
  return Number(execFileSync('convert', [png, '-format', '%[fx:standard_deviation]', 'info:'], { encoding: 'utf8' }));
}

/**
 * Saves the whole screen (ImageMagick's `import`; WebDriver cannot see an app it did not start) to
 * target/e2e/screenshots/<name>.png once the window has drawn: the picture is more than one flat colour and
 * two captures in a row are the same. Returns the path.
 */
export async function screenCapture(name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  const signature = () => execFileSync('identify', ['-format', '%#', path], { encoding: 'utf8' });
  await eventually(() => {
    execFileSync('import', ['-window', 'root', path]);
    return spread(path) > 0.01;
  }, { timeout: 20000, message: `the window to draw (${path})` });
  // The page may still be laying out: take it again until two captures agree (a moving picture never
  // does; then the last one is kept).
  let last = signature();
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await sleep(500);
    execFileSync('import', ['-window', 'root', path]);
    const now = signature();
    if (now === last) break;
    last = now;
  }
  return path;
}
