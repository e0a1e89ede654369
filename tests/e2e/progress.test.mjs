// Progress: a morning check-in made through the UI appears in the pain chart, and a year of data imported with
// `limber import` (the same data directory the app uses) renders the dashboard: streaks, calendars, the chart,
// the insight, the red-flag notice (dismissed for good), and a rest day marked and undone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, binary, byRole, allByRole, eventually, screenshot } from './harness.mjs';

// The app reads TZ first, so every date below is a UTC date and the test does not depend on the machine's zone.
const env = { TZ: 'UTC' };

/** Today's routine day as the app computes it: UTC, with the day starting at 04:00. */
function routineToday() {
  return new Date(Date.now() - 4 * 3600 * 1000).toISOString().slice(0, 10);
}

function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 3 Mar", as the UI writes a day. */
function label(day) {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Clicks an element through the page, so a radio drawn invisible over its label is clicked like a person would. */
async function click(driver, element) {
  await driver.executeScript('arguments[0].click()', element);
}

/**
 * A Limber export with a year of use ending today: the wind-down on most evenings (with a gap three weeks ago and
 * every evening of the last 12 days done), the morning routine on most mornings (today not yet), a check-in every
 * morning whose pain is lower after a wind-down, and the last three mornings at 7 or more so the red flag shows.
 */
function yearOfUse(today) {
  const sessions = [];
  const journal = [];
  const restDays = [];
  for (let n = 364; n >= 0; n -= 1) {
    const day = addDays(today, -n);
    const windDown = n <= 12 || (n % 9 !== 0 && !(n >= 20 && n <= 22));
    if (windDown) {
      sessions.push({
        id: `e2e-wd-${day}`, routineId: 'bedtime-wind-down',
        startedAt: `${day}T22:10:00.000Z`, endedAt: `${day}T22:20:00.000Z`, utcOffsetSeconds: 0, routineDay: day,
        stepsDone: 9, stepsSkipped: 0, completed: true, activeMs: 600000, pausedMs: 0, feel: 3, checklist: null,
      });
    }
    if (n > 0 && n % 6 !== 0) {
      sessions.push({
        id: `e2e-mm-${day}`, routineId: 'morning-mobility',
        startedAt: `${day}T07:10:00.000Z`, endedAt: `${day}T07:15:00.000Z`, utcOffsetSeconds: 0, routineDay: day,
        stepsDone: 7, stepsSkipped: 0, completed: n % 17 !== 0, activeMs: 300000, pausedMs: 0, feel: null,
        checklist: null,
      });
    }
    if (n % 40 === 5) restDays.push({ routineId: 'morning-mobility', day });
    const after = sessions.some((s) => s.routineId === 'bedtime-wind-down' && s.routineDay === addDays(day, -1));
    let pain = (after ? 2 : 4) + (n % 3);
    if (n <= 2) pain = 7 + (n % 2);
    journal.push({
      day, backPain: pain, stiffness: Math.min(10, pain + 1), sleepQuality: after ? 4 : 3,
      sleepPosition: ['side', 'back', 'varies'][n % 3], note: n % 10 === 0 ? 'Stiff, eased after the cat-cow.' : null,
      createdAt: `${day}T07:30:00.000Z`, updatedAt: `${day}T07:30:00.000Z`,
    });
  }
  return { format: 'limber-export', version: 1, sessions, journal, restDays, settings: {}, customRoutines: [] };
}

describe('a morning check-in', () => {
  let app;
  before(async () => { app = await launch({ env }); });
  after(async () => { await app?.close(); });

  test('is made from the home screen in a few taps and appears in the chart', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Check in now', { timeout: 15000 }));
    await byRole(driver, 'heading', 'Morning check-in');
    await click(driver, await byRole(driver, 'radio', 'Pain 6'));
    await click(driver, await byRole(driver, 'radio', 'Stiffness 5'));
    await click(driver, await byRole(driver, 'radio', 'Sleep Good'));
    await click(driver, await byRole(driver, 'radio', 'Side'));
    await screenshot(driver, 'checkin');
    await click(driver, await byRole(driver, 'button', 'Save check-in'));
    const today = routineToday();
    await eventually(async () => (await (await byRole(driver, 'status', null)).getText()) === `Saved for ${label(today)}.`, {
      message: 'the saved message',
    });

    await click(driver, await byRole(driver, 'button', 'See progress'));
    const caption = await eventually(async () => {
      const text = await driver.findElement({ id: 'pain-chart-caption' }).getText();
      return text.includes('Latest') ? text : null;
    }, { timeout: 10000, message: 'the chart caption' });
    assert.match(caption, new RegExp(`Latest, ${label(today)}: pain 6, stiffness 5\\.`));
    // The chart itself is drawn (uPlot makes a canvas) and its table holds the same row.
    await eventually(async () => (await driver.findElements({ css: 'figure canvas' })).length > 0, { message: 'the canvas' });
    await click(driver, await driver.findElement({ css: 'main details > summary' }));
    const row = await eventually(async () => {
      const rows = await allByRole(driver, 'table', 'Latest check-ins, newest first', { exact: false });
      return rows.length === 1 ? rows[0].getText() : null;
    }, { message: 'the table of check-ins' });
    assert.match(row, new RegExp(`${label(today)} 6 5`));
    await screenshot(driver, 'progress-after-checkin');
  });

  test('opens again pre-filled, to edit today\'s entry', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Morning check-in'));
    const pain = await byRole(driver, 'radio', 'Pain 6');
    await eventually(async () => pain.isSelected(), { message: 'pain 6 pre-selected' });
    await click(driver, await byRole(driver, 'radio', 'Pain 4'));
    await click(driver, await byRole(driver, 'button', 'Save check-in'));
    await click(driver, await byRole(driver, 'button', 'See progress', { timeout: 5000 }));
    await eventually(async () => {
      const text = await driver.findElement({ id: 'pain-chart-caption' }).getText();
      return text.includes(`Latest, ${label(routineToday())}: pain 4, stiffness 5.`);
    }, { message: 'the edited value in the chart' });
  });
});

describe('a year of data', () => {
  let app;
  before(async () => {
    app = await launch({
      env,
      prepare: ({ env: appEnv, home }) => {
        const file = join(home, 'year.json');
        writeFileSync(file, JSON.stringify(yearOfUse(routineToday())));
        const out = execFileSync(binary, ['import', file], { env: appEnv, encoding: 'utf8' });
        assert.match(out, /^Imported: \d+ sessions added, 365 journal entries added, \d+ rest days added\./);
        // The same file again adds nothing: the merge has no duplicates.
        const again = execFileSync(binary, ['import', file], { env: appEnv, encoding: 'utf8' });
        assert.match(again, /^Imported: 0 sessions added, \d+ already there, 0 journal entries added\./);
      },
    });
  });
  after(async () => { await app?.close(); });

  test('renders the dashboard with streaks, calendars, the chart and the insight', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Progress', { timeout: 15000 }));
    await byRole(driver, 'heading', 'Bedtime wind-down', { timeout: 10000 });
    await byRole(driver, 'heading', 'Morning mobility');
    const body = await driver.findElement({ css: 'main' }).getText();
    // Every evening of the last 13 days was done: the current streak is 13.
    assert.match(body, /Current streak\s+13 days/);
    assert.match(body, /Habit strength\s+\d+%/);
    assert.match(body, /of 30 scheduled days done \(\d+%\)/);
    // Each calendar day has its state in words, not only a colour.
    const cells = await driver.executeScript(
      "return Array.from(document.querySelectorAll('table td .visually-hidden')).map((e) => e.textContent)",
    );
    assert.ok(cells.some((t) => /: done$/.test(t)), 'done days are named');
    assert.ok(cells.some((t) => /: missed$/.test(t)), 'missed days are named');
    assert.ok(cells.some((t) => /: rest day$/.test(t)), 'rest days are named');
    assert.ok(cells.some((t) => /: still to come$/.test(t)), 'the rest of this week is named');
    assert.ok(cells.some((t) => t === `${label(routineToday())} ${new Date().getUTCFullYear()}: today, not done yet`
      || /: today, not done yet$/.test(t)), 'today is pending for the morning routine');
    // The insight compares mornings with and without a wind-down, with the counts behind each.
    await byRole(driver, 'heading', 'Mornings after a wind-down');
    assert.match(body, /Morning pain after a wind-down: \d\.\d on average \(\d+ mornings\)\. Without one: \d\.\d \(\d+ mornings\)\./);
    await byRole(driver, 'heading', 'Worth talking to a professional');
    await screenshot(driver, 'dashboard');
  });

  test('the red-flag notice can be dismissed, and stays dismissed', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Dismiss this notice'));
    await eventually(async () => (await allByRole(driver, 'heading', 'Worth talking to a professional')).length === 0, {
      message: 'the notice to go',
    });
    await click(driver, await byRole(driver, 'button', 'Today'));
    await click(driver, await byRole(driver, 'button', 'Progress'));
    await byRole(driver, 'heading', 'Bedtime wind-down', { timeout: 10000 });
    assert.equal((await allByRole(driver, 'heading', 'Worth talking to a professional')).length, 0);
  });

  test('a rest day is marked from the dashboard and can be undone', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Rest day today for Morning mobility'));
    await byRole(driver, 'button', 'Undo rest day for Morning mobility', { timeout: 5000 });
    const body = await driver.findElement({ css: 'main' }).getText();
    assert.match(body, /Today is a rest day\. Your streak is kept\./);
    await screenshot(driver, 'dashboard-rest-day');
    await click(driver, await byRole(driver, 'button', 'Undo rest day for Morning mobility'));
    await byRole(driver, 'button', 'Rest day today for Morning mobility', { timeout: 5000 });
  });
});
