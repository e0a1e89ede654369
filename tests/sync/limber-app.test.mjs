// Issue 21, end to end with a real sync engine, in the app: B is the real app under WebDriver, A the command
// line, and two Syncthing instances (./syncthing.mjs) keep their folders in step.
//
// - B's folder is chosen before the app starts (`limber sync --folder`, as the settings would). A session
//   finished on A today and written to A's file by `limber sync` shows on B's progress screen (the wind-down's
//   streak becomes 1) with nothing done on B: the app runs a pass by itself every 30 seconds while a folder is
//   chosen, so it must show within that interval plus Syncthing's few seconds.
// - A check-in saved in B's app reaches A's store through the folder: the app's next pass follows its own saves,
//   so it too must arrive within the interval. Both directions share one wait: A's session is written first,
//   then the check-in is saved, and the app's next pass both reads A's file and writes B's.
//
// A's commands get a session bus address that leads nowhere: a `limber sync` that changed data tells a running
// Limber over the session bus, and B's app, on this file's bus, must learn of A's session through its own
// folder and its own passes, not through A's message. The file runs on the pinned clock (tests/run-e2e.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binary, byRole, clickRole, eventually, launch, screenshot } from '../e2e/harness.mjs';
import { dayLabel, now, pinned, routineDay } from '../e2e/clock.mjs';
import { sqlite } from '../faults/common.mjs';
import { missing, startPair } from './syncthing.mjs';
import { computer, exportWithSession, importInto, limberFiles } from './limber.mjs';

const instant = pinned();
const TODAY = routineDay(instant.at);
const skip = missing();
/** The app's own interval between passes, and Syncthing's few seconds with room for a slow machine. */
const INTERVAL_MS = 30000;
const CARRY_MS = 15000;

let pair;
let a;
let app;
let bDatabase;
before(async () => {
  if (skip) return;
  pair = await startPair({ prefix: 'limber-sync-app-' });
  a = computer('a', pair.a.folder, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/limber-sync-test-bus' });
  a.sync({ choose: true });
  app = await launch({
    skipWelcome: true,
    prepare: ({ env, dataDir }) => {
      execFileSync(binary, ['sync', '--folder', pair.b.folder], { env, encoding: 'utf8' });
      bDatabase = join(dataDir, 'app.limber.desktop', 'limber.sqlite3');
    },
  });
});
after(async () => {
  await app?.close();
  await pair?.stop();
  if (a) rmSync(a.home, { recursive: true, force: true });
});

function today() {
  assert.equal(routineDay(now()), TODAY, `the run crossed the day boundary (pinned at ${instant.name})`);
  return TODAY;
}

async function cardText(driver, name) {
  return (await byRole(driver, 'region', name, { timeout: 10000 })).getText();
}

/** Clicks an element through the page, so a radio drawn invisible over its label is clicked as a person would. */
async function click(driver, element) {
  await driver.executeScript('arguments[0].click()', element);
}

/** Saves a morning check-in in B's app (pain 3, stiffness 2) and waits for its "Saved" message. */
async function checkInOnB(driver, day) {
  await clickRole(driver, 'button', 'Today');
  await click(driver, await byRole(driver, 'button', 'Check in now', { timeout: 15000 }));
  await byRole(driver, 'heading', 'Morning check-in');
  await click(driver, await byRole(driver, 'radio', 'Pain 3'));
  await click(driver, await byRole(driver, 'radio', 'Stiffness 2'));
  await click(driver, await byRole(driver, 'radio', 'Sleep Good'));
  await click(driver, await byRole(driver, 'radio', 'Back'));
  await click(driver, await byRole(driver, 'button', 'Save check-in'));
  await eventually(async () => (await (await byRole(driver, 'status', null)).getText()) === `Saved for ${dayLabel(day)}.`, {
    message: 'the saved message',
  });
}

test('a session finished on A shows on B\'s progress screen, and a check-in saved in B\'s app reaches A, within the app\'s sync interval', { skip }, async () => {
  const { driver } = app;
  const day = today();
  await clickRole(driver, 'button', 'Progress', { timeout: 15000 });
  const before = await (await byRole(driver, 'main', null)).getText();
  assert.match(before, /Nothing to count yet/, before);

  importInto(a, exportWithSession({ id: 'sync-e2e-app-wd-a', routineId: 'bedtime-wind-down', day }));
  const pass = a.sync();
  assert.ok(pass.written >= 1, pass.text);
  assert.doesNotMatch(pass.text, /running Limber/, 'A\'s pass told no running Limber (B must find it by itself)');
  const passed = Date.now();

  await checkInOnB(driver, day);
  const saved = Date.now();
  assert.deepEqual(sqlite(bDatabase, 'SELECT day, back_pain FROM journal_entries'), [[day, 3]]);
  await clickRole(driver, 'button', 'Progress');

  const shown = eventually(async () => {
    const t = await cardText(driver, 'Bedtime wind-down');
    return /Current streak\s+1 day\b/.test(t) ? { text: t, ms: Date.now() - passed } : null;
  }, { timeout: INTERVAL_MS + CARRY_MS, interval: 250, message: 'B\'s progress screen to show A\'s wind-down' });
  const reached = eventually(() => {
    a.sync();
    const rows = sqlite(a.database, 'SELECT day, back_pain, stiffness FROM journal_entries WHERE day = ?', [day]);
    return rows.length === 1 ? { row: rows[0], ms: Date.now() - saved } : null;
  }, { timeout: INTERVAL_MS + CARRY_MS, interval: 500, message: 'A to hold B\'s check-in' }).catch((error) => {
    // Say which leg failed: B's app never wrote the check-in to its file, or the file did not reach A.
    const key = `"key":"journal:${day}"`;
    const holds = (folder) => limberFiles(folder).filter((name) => readFileSync(join(folder, name), 'utf8').includes(key));
    throw new Error(`${error.message}; files holding ${key}: in B's folder [${holds(pair.b.folder)}], in A's [${holds(pair.a.folder)}]`);
  });
  const [progress, checkIn] = await Promise.all([shown, reached]);
  console.log(`# A -> B's app: the progress screen showed A's session ${progress.ms} ms after A's pass`);
  console.log(`# B's app -> A: the check-in was in A's store ${checkIn.ms} ms after it was saved in B's app`);
  console.log(`# (the app passes every ${INTERVAL_MS / 1000} s; a pass follows the app's own saves at the next of them)`);

  assert.match(progress.text, /Best streak\s+1 day\b/);
  const done = await driver.executeScript(`
    const card = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2, h3')?.textContent.trim() === 'Bedtime wind-down');
    return [...card.querySelectorAll('td[title]')].map((td) => td.getAttribute('title')).filter((t) => /done/.test(t));
  `);
  assert.deepEqual(done, [`${dayLabel(day, true)}: done`]);
  await screenshot(driver, 'sync-progress-from-another-computer');
  assert.deepEqual(checkIn.row, [day, 3, 2]);
});
