// Issue 15, faults 9 and 10, end to end: Limber's data folder on a full disk and read-only.
//
// Full disk (a 2 MiB tmpfs on the data folder, filled with dd): the app starts and says in plain words that the
// disk is full, with the folder; a routine finished then says "Not saved yet", never "counts for today"; once
// space is freed the same screen says it is saved, and after a restart the session is there exactly once.
// Read-only (a read-only bind mount of the data folder): the start says so with the folder, `limber status`
// says so, limber-tray logs it and keeps running, and a check-in is "not saved yet" (never SQLite's "readonly
// database"). While it waits, closing the window keeps the app (a hand-over to limber-tray would lose it); once
// the folder is writable again it is saved, the app hands over, and the next start shows it.
//
// Mounting needs root: without it the tests are skipped with that reason. Time runs 60 times faster
// (LIMBER_TIME_SCALE), so the 10-minute bedtime routine takes about 10 s.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, binary, byRole, allByRole, clickRole, endApps, eventually, audit, screenshot, sleep } from './harness.mjs';
import { trayTakesOver } from './processes.mjs';
import { pidsNamed } from './proc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const skip = isRoot ? false : 'needs root: it mounts a small tmpfs and a read-only bind mount on the data folder';

const mounts = [];

function sh(program, args) {
  return execFileSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh XDG data home whose Limber folder is a mount point (unmounted when the file ends). */
function dataHome(prefix) {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const xdgData = join(base, 'data');
  const folder = join(xdgData, 'app.limber.desktop');
  mkdirSync(folder, { recursive: true });
  return { base, xdgData, folder };
}

function unmountAll(path) {
  for (let i = 0; i < 4; i += 1) {
    try { sh('umount', ['-l', path]); } catch { return; }
  }
}

after(() => {
  for (const { base, folder } of mounts) {
    unmountAll(folder);
    rmSync(base, { recursive: true, force: true, maxRetries: 5 });
  }
});

/** Starts the app on this data home; returns the harness's handle with a close that also ends our processes. */
async function start(home, options = {}) {
  const app = await launch({ ...options, env: { XDG_DATA_HOME: home.xdgData, LIMBER_TIME_SCALE: '60', ...(options.env ?? {}) } });
  return {
    ...app,
    close: async () => {
      await app.close();
      await endApps(home.xdgData);
    },
  };
}

/** Clicks through the page: the check-in's radios are drawn invisible over their labels. */
const click = (driver, element) => driver.executeScript('arguments[0].click()', element);

/** Scrolls the deepest element whose text has `text` into the middle of the window, as a person would look at it. */
const lookAt = (driver, text) =>
  driver.executeScript(
    `const all = [...document.querySelectorAll('main *')].filter((e) => e.textContent.includes(arguments[0]));
     all.at(-1)?.scrollIntoView({ block: 'center' });`,
    text,
  );

const bodyText = (driver) => driver.findElement({ css: 'body' }).getText();

function fill(folder) {
  try {
    sh('dd', ['if=/dev/zero', `of=${join(folder, 'fill')}`, 'bs=4k']);
  } catch {
    // dd ends with "No space left on device": that is the point.
  }
}

test('a full disk: the start says so, a finished routine is "not saved yet", then saved once space is freed, and found once after a restart', { skip, timeout: 240_000 }, async () => {
  const home = dataHome('limber-e2e-full-');
  mounts.push(home);
  sh('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', home.folder]);

  // A first start writes the database (and skips the first-run flow), then Limber is closed.
  let app = await start(home, { skipWelcome: true });
  await app.close();

  // `limber status` is the last to close the database, so SQLite folds its WAL into the file and removes the
  // WAL's files; on the full disk SQLite then cannot create them again ("disk I/O error" at open, which made
  // Limber panic with "Failed to setup app" before issue 15).
  execFileSync(binary, ['status'], { env: { ...process.env, XDG_DATA_HOME: home.xdgData }, encoding: 'utf8' });
  assert.ok(!existsSync(join(home.folder, 'limber.sqlite3-shm')), 'the WAL index is gone');
  // The disk fills while Limber is closed.
  fill(home.folder);
  app = await start(home);
  try {
    const { driver } = app;
    await byRole(driver, 'heading', "The disk that holds Limber's data is full.", { timeout: 15000 });
    const text = await bodyText(driver);
    assert.match(text, /Nothing was lost/);
    assert.match(text, /Free some space on that disk/);
    assert.ok(text.includes(home.folder), `the folder is named: ${text}`);
    // Reading works: the first run's choice was read, so the home screen shows, not the welcome flow.
    await byRole(driver, 'button', 'Start Bedtime wind-down', { timeout: 5000 });
    await screenshot(driver, 'disk-full-at-start');
    await audit(driver, 'disk-full-at-start', { openDetails: false });

    // The bedtime routine, finished on the full disk at night (time runs 60 times faster: 10 minutes in 10 s).
    await clickRole(driver, 'button', 'Start Bedtime wind-down');
    await clickRole(driver, 'button', 'Start the routine', { timeout: 5000 });
    await byRole(driver, 'heading', 'Well done', { timeout: 60000 });
    await eventually(async () => (await bodyText(driver)).includes('Not saved yet'), { message: '"Not saved yet"' });
    const end = await bodyText(driver);
    assert.doesNotMatch(end, /counts for today/, 'never "counts" before the store committed');
    assert.doesNotMatch(end, /Saved\./);
    assert.match(end, /disk that holds Limber's data is full/);
    await clickRole(driver, 'button', 'Back feels 3 out of 10');
    await eventually(async () => (await bodyText(driver)).includes('Not saved yet: Limber keeps your answer'), {
      message: 'the answer said to be waiting',
    });
    await screenshot(driver, 'disk-full-session-not-saved');

    // Space is freed: within a few seconds the same screen says it is saved.
    rmSync(join(home.folder, 'fill'));
    await eventually(async () => (await bodyText(driver)).includes('Saved. This counts for today.'), {
      timeout: 20000,
      message: 'the session to be saved after space was freed',
    });
    await eventually(async () => (await bodyText(driver)).includes('Saved with this session.'), { timeout: 5000, message: 'the answer saved' });
    assert.doesNotMatch(await bodyText(driver), /Not saved yet/);
    await screenshot(driver, 'disk-full-session-saved');
    await byRole(driver, 'status', 'Saved', { timeout: 5000 });
    await clickRole(driver, 'button', 'Done');
  } finally {
    await app.close();
  }

  // After a restart the session is there, exactly once.
  app = await start(home);
  try {
    const { driver } = app;
    await byRole(driver, 'button', 'Start Bedtime wind-down', { timeout: 15000 });
    await eventually(async () => (await bodyText(driver)).includes('Done once'), { message: 'the card to say "Done once"' });
    assert.doesNotMatch(await bodyText(driver), /Done 2 times/);
    await lookAt(driver, 'Done once');
    assert.equal((await allByRole(driver, 'heading', "The disk that holds Limber's data is full.")).length, 0);
    await screenshot(driver, 'disk-full-after-restart');

  } finally {
    await app.close();
  }
  if (existsSync('/usr/bin/sqlite3')) {
    const db = join(home.folder, 'limber.sqlite3');
    assert.equal(sh('sqlite3', [db, 'SELECT count(*) FROM sessions']).trim(), '1', 'one row, not two');
    assert.equal(sh('sqlite3', [db, 'SELECT feel FROM sessions']).trim(), '3');
    assert.equal(sh('sqlite3', [db, 'PRAGMA integrity_check']).trim(), 'ok');
  }
});

test('a read-only data folder: the start says so, and so do limber status and limber-tray; a check-in waits and is saved once it is writable', { skip, timeout: 180_000 }, async () => {
  const home = dataHome('limber-e2e-ro-');
  mounts.push(home);
  // Its own mount, so the bind mount below changes only this folder.
  sh('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', home.folder]);
  let app = await start(home, { skipWelcome: true });
  await app.close();

  sh('mount', ['--bind', home.folder, home.folder]);
  sh('mount', ['-o', 'remount,bind,ro', home.folder]);

  // `limber status` names the problem and the folder, and still prints the status.
  const env = { ...process.env, XDG_DATA_HOME: home.xdgData };
  const status = execFileSync(binary, ['status'], { env, encoding: 'utf8' });
  assert.match(status, /Limber cannot save: its data folder is read-only\./);
  assert.ok(status.includes(home.folder), status);
  assert.match(status, /Next reminder/);

  // limber-tray logs it and keeps running.
  const tray = spawn(join(dirname(binary), 'limber-tray'), [], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let trayLog = '';
  tray.stderr.on('data', (chunk) => { trayLog += chunk; });
  const trayEnded = new Promise((ok) => tray.on('exit', (code, signal) => ok({ code, signal })));
  await eventually(async () => trayLog.includes('read-only'), { timeout: 10000, message: 'limber-tray to log the read-only folder' });
  const early = await Promise.race([trayEnded, sleep(1500).then(() => null)]);
  assert.equal(early, null, `limber-tray keeps running (log: ${trayLog})`);
  assert.ok(trayLog.includes(home.folder), trayLog);
  tray.kill('SIGTERM');
  await Promise.race([trayEnded, sleep(3000)]);
  await endApps(home.xdgData);

  app = await start(home);
  try {
    const { driver } = app;
    await byRole(driver, 'heading', 'Limber cannot save: its data folder is read-only.', { timeout: 15000 });
    const text = await bodyText(driver);
    assert.ok(text.includes(home.folder), `the folder is named: ${text}`);
    assert.match(text, /Nothing was lost/);
    await screenshot(driver, 'read-only-at-start');
    await audit(driver, 'read-only-at-start', { openDetails: false });

    // The first click that writes: a check-in. It is "not saved yet", never SQLite's words.
    await clickRole(driver, 'button', 'Check in now', { timeout: 5000 });
    for (const choice of ['Pain 4', 'Stiffness 5', 'Sleep OK', 'Side']) await click(driver, await byRole(driver, 'radio', choice));
    await clickRole(driver, 'button', 'Save check-in');
    await eventually(async () => (await bodyText(driver)).includes('Not saved yet'), { message: 'the check-in said to be not saved' });
    const after = await bodyText(driver);
    assert.doesNotMatch(after, /readonly database|attempt to write/i);
    assert.doesNotMatch(after, /Saved for/);
    assert.match(after, /data folder is read-only/);
    await lookAt(driver, 'Not saved yet');
    await screenshot(driver, 'read-only-checkin-not-saved');

    // Closing the window while the check-in waits keeps the app: no hand-over to limber-tray.
    const [appPid] = pidsNamed(home.xdgData, 'limber');
    // Xvfb has no window manager: send the window what its close button would (WM_DELETE_WINDOW).
    execFileSync('python3', [join(root, 'scripts', 'close-window.py'), 'Limber'], { encoding: 'utf8' });
    await sleep(6000);
    assert.deepEqual(pidsNamed(home.xdgData, 'limber'), [appPid], 'the app stays while the check-in waits');
    assert.deepEqual(pidsNamed(home.xdgData, 'limber-tray'), [], 'no hand-over while a record waits');

    // The folder becomes writable again: the check-in is saved and only then does the app hand over.
    sh('mount', ['-o', 'remount,bind,rw', home.folder]);
    await trayTakesOver(home.xdgData, appPid);
  } finally {
    await app.close();
  }

  // The next start shows the check-in as done, with the answers given while the folder was read-only.
  app = await start(home);
  try {
    const { driver } = app;
    await eventually(async () => (await bodyText(driver)).includes('Done today: pain 4, stiffness 5, sleep 3 of 5'), {
      timeout: 15000,
      message: 'the saved check-in on the home screen',
    });
    assert.equal((await allByRole(driver, 'heading', 'Limber cannot save: its data folder is read-only.')).length, 0);
    await screenshot(driver, 'read-only-checkin-saved');
  } finally {
    await app.close();
  }
});
