// Reminders, end to end: a reminder set two minutes ahead through the settings screen arrives as a desktop
// notification on D-Bus at that minute, with the routine's name and length and the "Start now" and "Snooze"
// actions, after the window was closed (its webview destroyed, Limber still running in the tray). `limber status`
// reads the same data while the app runs, and `limber start <routine>` brings the window back.
//
// The runner is already inside dbus-run-session; this file starts dunst and dbus-monitor on that bus. Reminders
// use the real wall clock (no time scale), so this file takes about three minutes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, binary, allByRole, byRole, eventually, screenshot, sleep } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The app reads TZ first; every time below is UTC.
const env = { TZ: 'UTC' };

let app;
let dunst;
let monitor;
let work;
let logPath;
/** The instant the reminder is set for (ms since the epoch, on a whole minute). */
let target;

/** The names of this test's processes: the app and the WebKit processes it started (they share its env). */
function processes(dataDir) {
  const names = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`XDG_DATA_HOME=${dataDir}`)) {
        names.push(readFileSync(`/proc/${entry}/comm`, 'utf8').trim());
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return names;
}

/** Runs the real binary's command line on the test's data directory. */
function limber(args) {
  return execFileSync(binary, args, {
    env: { ...process.env, ...env, XDG_DATA_HOME: app.dataDir },
    encoding: 'utf8',
    timeout: 20000,
  });
}

/** The D-Bus messages dbus-monitor saw: { header, time (ms), strings } for each, in order. */
function busMessages() {
  const text = readFileSync(logPath, 'utf8');
  const messages = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      const time = /time=(\d+\.\d+)/.exec(line);
      messages.push({ header: line, time: time ? Number(time[1]) * 1000 : NaN, strings: [] });
    } else if (messages.length > 0) {
      const string = /^\s*string "(.*)"$/.exec(line);
      if (string) messages.at(-1).strings.push(string[1]);
    }
  }
  return messages;
}

function hhmm(ms) {
  return new Date(ms).toISOString().slice(11, 16);
}

function minutesOf(secs) {
  return Math.max(1, Math.floor((secs + 30) / 60));
}

before(async () => {
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'run this file under dbus-run-session');
  work = mkdtempSync(join(tmpdir(), 'limber-reminders-'));
  logPath = join(work, 'notifications.log');
  monitor = spawn('dbus-monitor', ["interface='org.freedesktop.Notifications'"], {
    stdio: ['ignore', openSync(logPath, 'w'), 'ignore'],
  });
  dunst = spawn('dunst', [], { stdio: 'ignore' });
  await eventually(() => {
    const answer = execFileSync('dbus-send', [
      '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications',
    ], { encoding: 'utf8' });
    return answer.includes('boolean true');
  }, { timeout: 10000, message: 'dunst on the session bus' });
  // Start at login writes to $HOME/.config/autostart: give the app a HOME of its own.
  app = await launch({ env: { ...env, HOME: work } });
});

after(async () => {
  await app?.close();
  dunst?.kill('SIGTERM');
  monitor?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test('start at login is switched on and off from the reminder settings', async () => {
  const { driver } = app;
  // A fresh data directory opens on the first run; skip it.
  const skip = await eventually(async () => {
    const skips = await allByRole(driver, 'button', 'Skip setup');
    if (skips.length === 1) return skips[0];
    const nav = await allByRole(driver, 'button', 'Settings');
    return nav.length === 1 ? 'no first run' : null;
  }, { timeout: 15000, message: 'the first run or the navigation' });
  if (skip !== 'no first run') await skip.click();
  await (await byRole(driver, 'button', 'Settings', { timeout: 10000 })).click();
  await byRole(driver, 'heading', 'Reminders', { timeout: 10000 });

  const entry = join(work, '.config', 'autostart', 'Limber.desktop');
  const box = await byRole(driver, 'checkbox', 'Start Limber when I log in, so reminders can come', { timeout: 10000 });
  assert.equal(await box.isSelected(), false);
  await box.click();
  await eventually(() => existsSync(entry), { message: 'the autostart entry' });
  assert.match(readFileSync(entry, 'utf8'), new RegExp(`Exec=.*${binary.split('/').at(-1)}`));
  // At login Limber starts in the tray only, without a window (and so without a webview).
  assert.match(readFileSync(entry, 'utf8'), /Exec=.*--background/);
  await box.click();
  await eventually(() => !existsSync(entry), { message: 'the autostart entry to go' });
});

test('a reminder set two minutes ahead through the settings is saved and shown as next', async () => {
  const { driver } = app;
  await byRole(driver, 'heading', 'Reminders', { timeout: 10000 });

  // The minute that starts one to two minutes from now: time enough to fill the form and close the window.
  target = Math.floor((Date.now() + 120_000) / 60_000) * 60_000;

  const remind = await byRole(driver, 'checkbox', 'Remind me about Morning mobility');
  if (!(await remind.isSelected())) await remind.click();
  const when = await byRole(driver, 'combobox', 'When to remind me about Morning mobility');
  await when.findElement({ xpath: "option[normalize-space(.)='At a set time']" }).click();
  const time = await byRole(driver, 'textbox', 'Time for Morning mobility');
  await time.clear();
  await time.sendKeys(hhmm(target));
  await screenshot(driver, 'reminders-settings-filled');
  await (await byRole(driver, 'button', 'Save reminders')).click();

  const day = new Date(target).toISOString().slice(0, 10) === new Date().toISOString().slice(0, 10) ? 'today' : 'tomorrow';
  const expected = `Saved. Next reminder: Morning mobility, ${day} at ${hhmm(target)}.`;
  await eventually(async () => {
    const statuses = await driver.executeScript(
      "return Array.from(document.querySelectorAll('[role=status]')).map((e) => e.textContent.trim())",
    );
    return statuses.includes(expected) ? statuses : null;
  }, { timeout: 10000, message: expected });
  await screenshot(driver, 'reminders-settings-saved');

  // The command line reads the same data directory while the app runs.
  const status = JSON.parse(limber(['status', '--json']));
  assert.equal(status.next?.routineId, 'morning-mobility');
  assert.equal(Date.parse(status.next.at), target);
  const text = limber(['status']);
  assert.match(text, new RegExp(`Next reminder: Morning mobility, ${day} at ${hhmm(target)}`));
});

test('closing the window destroys the webview and Limber keeps running', async () => {
  assert.ok(processes(app.dataDir).includes('WebKitWebProces'), 'a web process while the window is open');
  // Xvfb has no window manager: send the window what its close button would (WM_DELETE_WINDOW).
  execFileSync('python3', [join(root, 'scripts', 'close-window.py'), 'Limber'], { encoding: 'utf8' });
  await eventually(() => !processes(app.dataDir).includes('WebKitWebProces'), {
    timeout: 15000,
    message: 'the web process to end after the window closed',
  });
  await sleep(2000);
  const left = processes(app.dataDir);
  assert.ok(left.includes('limber'), `Limber still runs after its window closed (processes: ${left})`);
  assert.ok(Date.now() < target - 5000, 'the window closed before the reminder was due');
});

test('the reminder arrives on D-Bus at its minute with its title and actions', async (t) => {
  const notify = await eventually(
    () => busMessages().find((m) => m.header.includes('member=Notify') && m.strings.includes('Limber')),
    { timeout: target - Date.now() + 20_000, message: 'the Notify call' },
  );
  const lateMs = notify.time - target;
  t.diagnostic(`Notify seen on the bus ${lateMs.toFixed(0)} ms after ${new Date(target).toISOString()}`);
  assert.ok(lateMs >= 0, `shown ${-lateMs} ms before its minute`);
  assert.ok(lateMs < 5000, `shown ${lateMs} ms after its minute`);

  const status = JSON.parse(limber(['status', '--json']));
  const morning = status.routines.find((r) => r.routineId === 'morning-mobility');
  const [appName, icon, summary, body, ...actions] = notify.strings;
  assert.equal(appName, 'Limber');
  assert.equal(icon, 'limber');
  assert.equal(summary, `Morning mobility: ${minutesOf(morning.durationSecs)} minutes`);
  assert.match(body, /back will thank you/);
  assert.deepEqual(actions.slice(0, 6), ['default', 'Open Limber', 'start', 'Start now', 'snooze', 'Snooze 10 min']);

  // Recorded once: the ledger says it was sent, and nothing else is shown for the day.
  assert.equal(morning.reminderToday, 'sent');
  await sleep(3000);
  const notifies = busMessages().filter((m) => m.header.includes('member=Notify'));
  assert.equal(notifies.length, 1, 'one notification, not two');
});

test('limber start brings the window back on the running instance', async () => {
  assert.ok(!processes(app.dataDir).includes('WebKitWebProces'), 'no web process while the window is closed');
  const before = processes(app.dataDir).filter((name) => name === 'limber').length;
  // A second `limber` hands its arguments to the running one over D-Bus and exits.
  limber(['start', 'bedtime-wind-down']);
  await eventually(() => processes(app.dataDir).includes('WebKitWebProces'), {
    timeout: 20000,
    message: 'the window to be created again',
  });
  assert.equal(processes(app.dataDir).filter((name) => name === 'limber').length, before, 'still one Limber');
  // The new window is a new page for WebDriver; when it can see it, keep a picture of where it opened.
  const { driver } = app;
  const handles = await driver.getAllWindowHandles().catch(() => []);
  assert.ok(handles.length > 0, 'WebDriver sees the new window');
  await driver.switchTo().window(handles.at(-1));
  await sleep(1500);
  await screenshot(driver, 'reminders-start-window');
  // Rust asked for the player: either the page took the request (the player fills the window, without the
  // navigation) or it is still waiting to be taken by the page.
  const onPlayer = await driver.executeScript(
    "return !document.querySelector('nav') && document.body.innerText.includes('Bedtime wind-down')",
  );
  if (!onPlayer) {
    const pending = await driver.executeAsyncScript(
      "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('navigation_take').then(done, (e) => done({ error: String(e) }))",
    );
    assert.deepEqual(pending, { screen: 'player', routineId: 'bedtime-wind-down' });
  }
});
