// Issue 18: the adaptive dose, end to end. Six evenings of the built-in wind-down with a settled back (imported
// with `limber import`) bring a suggestion on the progress screen; "Try the new dose" makes a personal copy that
// takes over the routine's card; the next session of the copy runs with the new dose (the player's step shows
// it); and the dose history names both doses with the sessions that used each. Undo brings the old dose back.
// Every date comes from the pinned instant (tests/run-e2e.mjs), never from the machine's clock.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, binary, byRole, allByRole, eventually, audit, screenshot, clickRole, sleep } from './harness.mjs';
import { addDays, dayLabel, offsetSeconds, pinned, routineDay, zoned } from './clock.mjs';

const instant = pinned();
const TODAY = routineDay(instant.at);
// No sound device: the routine runs silently.
const noSoundCard = 'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n';

const at = (ms) => ({ iso: new Date(ms).toISOString(), offset: offsetSeconds(ms) });

/**
 * Six evenings of the wind-down before today, each rated 3 after, and six mornings at 3: a settled back. With
 * `flagged`, the last three mornings are at 8: a red flag.
 */
function settledWeek({ flagged = false } = {}) {
  const sessions = [];
  const journal = [];
  for (let n = 6; n >= 1; n -= 1) {
    const day = addDays(TODAY, -n);
    const started = zoned(day, '22:10');
    assert.equal(routineDay(started), day, `the seeded wind-down of ${day} belongs to that day`);
    const [start, end] = [at(started), at(started + 600_000)];
    sessions.push({
      id: `e2e-dose-${day}`, routineId: 'bedtime-wind-down',
      startedAt: start.iso, endedAt: end.iso, utcOffsetSeconds: start.offset, routineDay: day,
      stepsDone: 9, stepsSkipped: 0, completed: true, activeMs: 600000, pausedMs: 0, feel: 3, checklist: null,
    });
    const written = at(zoned(day, '07:30'));
    journal.push({
      day, backPain: flagged && n <= 3 ? 8 : 3, stiffness: 3, sleepQuality: 4, sleepPosition: 'side', note: null,
      createdAt: written.iso, updatedAt: written.iso,
    });
  }
  return { format: 'limber-export', version: 1, sessions, journal, restDays: [], settings: {}, customRoutines: [] };
}

/** "Supine knee twist: hold 7 s instead of 5 s." → its parts. */
function parseDoses(text) {
  const found = /^(.+?): (?:hold (\d+) s|(\d+) reps?(?: on each side)?|(\d+) rounds?) instead of (\d+)(?: s)?\.$/.exec(text);
  assert.ok(found, `the offer names both doses: ${JSON.stringify(text)}`);
  const [, exercise, hold, reps, rounds, from] = found;
  const field = hold ? 'hold' : reps ? 'reps' : 'rounds';
  return { exercise, field, to: Number(hold ?? reps ?? rounds), from: Number(from) };
}

/** The words a dose has in the history: "hold 7 s", "5 reps", "2 rounds". */
function doseWords({ field }, value) {
  if (field === 'hold') return `hold ${value} s`;
  if (field === 'reps') return `${value} rep`;
  return `${value} round`;
}

/** Starts Limber on a fresh data directory holding the seeded week. */
function start(seed) {
  return launch({
    env: { LIMBER_TIME_SCALE: '20' },
    skipWelcome: true,
    prepare: ({ env, home }) => {
      writeFileSync(join(env.HOME, '.asoundrc'), noSoundCard);
      const file = join(home, 'settled.json');
      writeFileSync(file, JSON.stringify(seed));
      const out = execFileSync(binary, ['import', file], { env, encoding: 'utf8' });
      assert.match(out, /^Imported: 6 sessions added, 6 journal entries added/);
    },
  });
}

let app;
before(async () => { app = await start(settledWeek()); });
after(async () => { await app?.close(); });

const mainText = async (driver) => driver.findElement({ css: 'main' }).getText();

async function progressScreen(driver) {
  await clickRole(driver, 'button', 'Progress', { timeout: 15000 });
  await byRole(driver, 'heading', 'Progress', { timeout: 10000 });
}

/** The text of one routine's dose panel. */
async function panelText(driver, routineName) {
  return driver.executeScript(`
    const card = Array.from(document.querySelectorAll('section.card'))
      .find((c) => c.querySelector('h2')?.textContent === arguments[0]);
    return card?.querySelector('section.dose')?.textContent ?? null;
  `, routineName);
}

let offered;

test('a settled week brings one step, explained, to try or decline in one tap', async () => {
  const { driver } = app;
  await progressScreen(driver);
  await byRole(driver, 'button', 'Try the new dose for Bedtime wind-down', { timeout: 10000 });
  await byRole(driver, 'button', 'Not now: keep the dose of Bedtime wind-down');
  const doses = await driver.findElement({ css: 'section.dose .doses' }).getText();
  offered = parseDoses(doses);
  assert.ok(offered.to > offered.from, `a step up: ${doses}`);
  const panel = await panelText(driver, 'Bedtime wind-down');
  assert.match(panel, /You finished 5 of your last 5 evenings and your back has been about the same or better: try /);
  assert.match(panel, /Bedtime wind-down is built in: accepting makes your own copy/);
  await driver.executeScript('document.querySelector("section.dose")?.scrollIntoView({ block: "center" })');
  await screenshot(driver, 'dose-offer');
  await audit(driver, 'dose-offer');
});

test('trying it makes a personal copy that takes over, and says so', async () => {
  const { driver } = app;
  await clickRole(driver, 'button', 'Try the new dose for Bedtime wind-down');
  const message = await eventually(async () => {
    const found = await allByRole(driver, 'status', null);
    for (const element of found) {
      const text = await element.getText();
      if (text.startsWith('From your next session:')) return text;
    }
    return null;
  }, { timeout: 10000, message: 'the answer\'s message' });
  assert.ok(message.includes(`${offered.exercise}: ${doseWords(offered, offered.to)}`), message);
  assert.match(message, /Limber made your own copy of Bedtime wind-down with the new dose, called “My bedtime wind-down”/);
  await byRole(driver, 'heading', 'My bedtime wind-down');
  // The built-in routine's card is gone: its sessions and streak moved to the copy.
  assert.equal((await allByRole(driver, 'heading', 'Bedtime wind-down')).length, 0);
  assert.match(await mainText(driver), /My bedtime wind-down\s+Every day · [^\n]*\s+Current streak\s+6 days/);
  const panel = await panelText(driver, 'My bedtime wind-down');
  assert.match(panel, /At most one change a week: the next suggestion can come from /);
  await byRole(driver, 'button', 'Undo the last dose change of My bedtime wind-down');
  await screenshot(driver, 'dose-accepted');
});

/** Starts the copy from the home screen, pauses, and skips to the changed exercise's dosed step. */
async function reachChangedStep(driver) {
  await clickRole(driver, 'button', 'Today', { timeout: 15000 });
  await clickRole(driver, 'button', 'Start My bedtime wind-down', { timeout: 15000 });
  await byRole(driver, 'heading', 'My bedtime wind-down');
  await clickRole(driver, 'button', 'Start the routine', { timeout: 5000 });
  await clickRole(driver, 'button', 'Pause', { timeout: 5000 });
  await byRole(driver, 'button', 'Resume');
  const title = async () => driver.findElement({ css: '.info h1' }).getText();
  const wanted = offered.field === 'hold' ? /^Hold 1 of/ : offered.field === 'reps' ? /^Rep 1 of/ : /ound 1 of/;
  for (let skips = 0; skips < 120; skips += 1) {
    const rep = await driver.executeScript('return document.querySelector(".info .rep")?.textContent ?? ""');
    if ((await title()) === offered.exercise && wanted.test(rep)) return rep;
    const before = `${await title()}|${rep}`;
    await clickRole(driver, 'button', 'Skip');
    await eventually(async () => {
      const now = `${await title()}|${await driver.executeScript('return document.querySelector(".info .rep")?.textContent ?? ""')}`;
      return now !== before;
    }, { timeout: 3000, message: 'a new step after Skip' });
  }
  throw new Error(`never reached ${offered.exercise}'s ${offered.field} step`);
}

test('the next session uses the new dose', async () => {
  const { driver } = app;
  const rep = await reachChangedStep(driver);
  if (offered.field === 'hold') {
    const timer = await (await byRole(driver, 'timer', null)).getAttribute('aria-label');
    assert.equal(Number.parseInt(timer, 10), offered.to, `the hold lasts the new dose: ${timer}`);
  } else if (offered.field === 'reps') {
    assert.match(rep, new RegExp(`^Rep 1 of ${offered.to}\\b`));
  } else {
    assert.match(rep, new RegExp(`ound 1 of ${offered.to}$`));
  }
  await screenshot(driver, 'dose-next-session');
  await clickRole(driver, 'button', 'Stop');
  await clickRole(driver, 'button', 'Stop routine');
  await byRole(driver, 'heading', 'Session stopped', { timeout: 5000 });
  await clickRole(driver, 'button', 'Done').catch(() => undefined);
});

test('the dose history names both doses and the sessions that used each', async () => {
  const { driver } = app;
  await progressScreen(driver);
  await byRole(driver, 'heading', 'My bedtime wind-down', { timeout: 10000 });
  await driver.executeScript(`
    for (const d of document.querySelectorAll('section.dose details')) d.open = true;
    document.querySelector('section.dose details')?.scrollIntoView({ block: 'center' });
  `);
  const panel = await panelText(driver, 'My bedtime wind-down');
  const first = addDays(TODAY, -6);
  const last = addDays(TODAY, -1);
  const short = (day) => dayLabel(day).split(' ').slice(1).join(' ');
  assert.ok(
    panel.includes(`Starting dose: ${offered.exercise}: ${doseWords(offered, offered.from)}`),
    `the old dose is named: ${panel}`,
  );
  assert.ok(panel.includes(`6 sessions: ${short(first)} to ${short(last)}.`), `the old dose's sessions: ${panel}`);
  assert.ok(
    panel.includes(`Step up you accepted, ${dayLabel(TODAY)}: ${offered.exercise}: ${doseWords(offered, offered.to)}`),
    `the new dose is named from today: ${panel}`,
  );
  assert.ok(panel.includes(`1 session: ${short(TODAY)}.`), `today's session used the new dose: ${panel}`);
  await screenshot(driver, 'dose-history');
  await audit(driver, 'dose-history', { shot: false });
});

test('undo brings the old dose back and keeps the history', async () => {
  const { driver } = app;
  await clickRole(driver, 'button', 'Undo the last dose change of My bedtime wind-down');
  await eventually(async () => {
    const found = await allByRole(driver, 'status', null);
    for (const element of found) if ((await element.getText()).startsWith('Undone. From your next session:')) return true;
    return false;
  }, { timeout: 10000, message: 'the undo message' });
  assert.equal((await allByRole(driver, 'button', 'Undo the last dose change of My bedtime wind-down')).length, 0);
  await driver.executeScript('for (const d of document.querySelectorAll("section.dose details")) d.open = true;');
  await sleep(200);
  const panel = await panelText(driver, 'My bedtime wind-down');
  assert.ok(panel.includes(`Change undone, ${dayLabel(TODAY)}: ${offered.exercise}: ${doseWords(offered, offered.from)}`), panel);
  await screenshot(driver, 'dose-undone');
});

test('a red flag pauses every suggestion and shows the red-flag advice instead', async () => {
  await app.close();
  app = null;
  app = await start(settledWeek({ flagged: true }));
  const { driver } = app;
  await progressScreen(driver);
  await byRole(driver, 'heading', 'Worth talking to a professional', { timeout: 10000 });
  const paused = await eventually(async () => panelText(driver, 'Bedtime wind-down'), { message: 'the dose panel' });
  assert.match(paused, /Dose changes are paused: You rated your back pain 7 or more on 3 mornings in a row/);
  assert.equal((await allByRole(driver, 'button', 'Try the new dose for Bedtime wind-down')).length, 0);
  // Dismissed, the notice goes; the pause and its advice stay, once.
  await clickRole(driver, 'button', 'Dismiss this notice');
  await byRole(driver, 'heading', 'Dose changes are paused', { timeout: 5000 });
  assert.equal((await allByRole(driver, 'heading', 'Worth talking to a professional')).length, 0);
  assert.equal((await allByRole(driver, 'button', 'Try the new dose for Bedtime wind-down')).length, 0);
  await screenshot(driver, 'dose-paused');
  await audit(driver, 'dose-paused', { shot: false });
});
