// Progress: a morning check-in made through the UI appears in the pain chart, and a year of data imported with
// `limber import` (the same data directory the app uses) renders the dashboard: streaks, calendars, the chart,
// the insight, the red-flag notice (dismissed for good), and a rest day marked and undone. Then the data settings:
// export to JSON and CSV, import without duplicates, a bad file refused with nothing changed; and a damaged
// database restored from the newest backup at start-up, with the banner that says so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, binary, byRole, allByRole, eventually, screenshot } from './harness.mjs';
import { addDays, dayLabel, now, offsetSeconds, pinned, routineDay, weekOf, zoned } from './clock.mjs';

// The file runs at a pinned instant in a pinned zone (tests/run-e2e.mjs sets TZ, which the app reads first, and
// LIMBER_E2E_NOW). Every date below is computed from that instant, never from the machine's date.
const instant = pinned();
const env = {};

/** Today's routine day at the pinned instant (local time, the day starting at 04:00). */
const TODAY = routineDay(instant.at);

/**
 * Today's routine day, checked against the shared clock at the moment of use: a run that crossed the day
 * boundary would expect the wrong day, so it says so instead of failing obscurely.
 */
function routineToday() {
  const current = routineDay(now());
  assert.equal(current, TODAY, `the run crossed the 04:00 day boundary (pinned at ${instant.name}); start it earlier`);
  return TODAY;
}

/** "Mon 3 Mar", as the UI writes a day. */
const label = (day) => dayLabel(day);

/** A local wall-clock time of `day` as the export writes it: the UTC instant and the zone's offset then. */
function at(ms) {
  return { iso: new Date(ms).toISOString(), offset: offsetSeconds(ms) };
}

/** Clicks an element through the page, so a radio drawn invisible over its label is clicked like a person would. */
async function click(driver, element) {
  await driver.executeScript('arguments[0].click()', element);
}

/**
 * A Limber export with a year of use ending today, in the pinned zone: the wind-down on most evenings (every
 * ninth evening missed, and three in a row three weeks ago; today's was done twenty minutes before the pinned
 * instant, so nothing is in the future), the morning routine on most mornings (today not yet), a check-in every
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
      const started = n === 0 ? instant.at - 20 * 60_000 : zoned(day, '22:10');
      assert.equal(routineDay(started), day, `the seeded wind-down of ${day} belongs to that day`);
      const [start, end] = [at(started), at(started + 600_000)];
      sessions.push({
        id: `e2e-wd-${day}`, routineId: 'bedtime-wind-down',
        startedAt: start.iso, endedAt: end.iso, utcOffsetSeconds: start.offset, routineDay: day,
        stepsDone: 9, stepsSkipped: 0, completed: true, activeMs: 600000, pausedMs: 0, feel: 3, checklist: null,
      });
    }
    if (n > 0 && n % 6 !== 0) {
      const started = zoned(day, '07:10');
      const [start, end] = [at(started), at(started + 300_000)];
      sessions.push({
        id: `e2e-mm-${day}`, routineId: 'morning-mobility',
        startedAt: start.iso, endedAt: end.iso, utcOffsetSeconds: start.offset, routineDay: day,
        stepsDone: 7, stepsSkipped: 0, completed: n % 17 !== 0, activeMs: 300000, pausedMs: 0, feel: null,
        checklist: null,
      });
    }
    if (n % 40 === 5) restDays.push({ routineId: 'morning-mobility', day });
    const after = sessions.some((s) => s.routineId === 'bedtime-wind-down' && s.routineDay === addDays(day, -1));
    let pain = (after ? 2 : 4) + (n % 3);
    if (n <= 2) pain = 7 + (n % 2);
    // Each check-in was made at 07:30; today's just before the pinned instant if that comes first.
    const written = at(Math.min(zoned(day, '07:30'), n === 0 ? instant.at - 60_000 : Infinity));
    journal.push({
      day, backPain: pain, stiffness: Math.min(10, pain + 1), sleepQuality: after ? 4 : 3,
      sleepPosition: ['side', 'back', 'varies'][n % 3], note: n % 10 === 0 ? 'Stiff, eased after the cat-cow.' : null,
      createdAt: written.iso, updatedAt: written.iso,
    });
  }
  return { format: 'limber-export', version: 1, sessions, journal, restDays, settings: {}, customRoutines: [] };
}

describe('a morning check-in', () => {
  let app;
  before(async () => { app = await launch({ env, skipWelcome: true }); });
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
    assert.match(row, new RegExp(`${label(today)}\\s*6\\s*5\\s*`));
    await driver.executeScript(
      'arguments[0].scrollIntoView({ block: "start" })',
      await byRole(driver, 'heading', 'Morning pain and stiffness'),
    );
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

/** Writes a year of use to a file and imports it with the command line, as the app's environment would. */
function seedYear({ env: appEnv, home }) {
  const file = join(home, 'year.json');
  writeFileSync(file, JSON.stringify(yearOfUse(routineToday())));
  return execFileSync(binary, ['import', file], { env: appEnv, encoding: 'utf8' });
}

describe('a year of data', () => {
  let app;
  before(async () => {
    app = await launch({
      env,
      skipWelcome: true,
      prepare: ({ env: appEnv, home }) => {
        const file = join(home, 'year.json');
        const out = seedYear({ env: appEnv, home });
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
    const today = routineToday();
    await click(driver, await byRole(driver, 'button', 'Progress', { timeout: 15000 }));
    await byRole(driver, 'heading', 'Bedtime wind-down', { timeout: 10000 });
    await byRole(driver, 'heading', 'Morning mobility');
    const body = await driver.findElement({ css: 'main' }).getText();
    assert.match(body, new RegExp(`Today is ${dayLabel(today)}\\b`), 'the page names today\'s routine day');
    // The last missed evening was 18 days ago, so the wind-down's current (and best) streak is 18 days.
    assert.match(body, /Bedtime wind-down\s+Every day · Done today\s+Current streak\s+18 days\s+Best streak\s+18 days/);
    assert.match(body, /Habit strength\s+\d+%/);
    assert.match(body, /Last 30 scheduled days\s+\d+ of 30 done \(\d+%\)/);
    // Each calendar day has its state in words, not only a colour.
    const calendars = await driver.executeScript(`
      return Array.from(document.querySelectorAll('table')).filter((t) => /^Calendar of /.test(t.caption?.textContent ?? ''))
        .map((t) => ({ name: /^Calendar of (.*?)\\./.exec(t.caption.textContent)[1],
          cells: Array.from(t.querySelectorAll('td .visually-hidden')).map((e) => e.textContent) }));
    `);
    const byName = Object.fromEntries(calendars.map((c) => [c.name, c.cells]));
    assert.ok(byName['Bedtime wind-down'] && byName['Morning mobility'], `both calendars: ${Object.keys(byName)}`);
    const cells = calendars.flatMap((c) => c.cells);
    assert.ok(cells.some((t) => /: done$/.test(t)), 'done days are named');
    assert.ok(cells.some((t) => /: missed$/.test(t)), 'missed days are named');
    assert.ok(cells.some((t) => /: rest day$/.test(t)), 'rest days are named');
    // Weeks start on Monday and each calendar ends with this week's Sunday: exactly the days of this week
    // after today are still to come (none on a Sunday), each named with its own year (at New Year's Eve,
    // the next one's).
    const week = weekOf(today);
    const toCome = week.filter((day) => day > today).map((day) => `${dayLabel(day, true)}: still to come`);
    for (const [name, days] of Object.entries(byName)) {
      assert.deepEqual(days.filter((t) => /: still to come$/.test(t)).sort(), [...toCome].sort(),
        `the days still to come in the calendar of ${name}, today being ${dayLabel(today, true)}`);
      assert.ok(days.some((t) => t.startsWith(`${dayLabel(week[6], true)}: `)), `${name}'s calendar ends on ${week[6]}`);
      assert.ok(!days.some((t) => t.startsWith(`${dayLabel(addDays(week[6], 1), true)}: `)), `${name}'s calendar stops at this week`);
    }
    assert.ok(byName['Bedtime wind-down'].includes(`${dayLabel(today, true)}: done`), 'today\'s wind-down is done');
    assert.ok(byName['Morning mobility'].includes(`${dayLabel(today, true)}: today, not done yet`),
      'today is pending for the morning routine');
    assert.ok(byName['Bedtime wind-down'].includes(`${dayLabel(addDays(today, -18), true)}: missed`),
      'the last missed evening, 18 days ago');
    // The insight compares mornings with and without a wind-down, with the counts behind each.
    await byRole(driver, 'heading', 'Mornings after a wind-down');
    assert.match(body, /Morning pain after a wind-down: \d\.\d on average \(\d+ mornings\)\. Without one: \d\.\d \(\d+ mornings\)\./);
    // Issue 18: sleep is charted beside pain and compared the same way, with the counts behind it (the seeded
    // check-ins rate nights after a wind-down 4, the others 3, so nights after one come out better).
    await byRole(driver, 'heading', 'How you slept');
    await byRole(driver, 'heading', 'Sleep after a wind-down');
    assert.match(body, /Sleep after a wind-down: rated \d\.\d of 5 on average \(\d+ nights\)\. Without one: \d\.\d \(\d+ nights\)\. On average \d\.\d points better after a wind-down\./);
    assert.match(body, /\d+ nights rated in this period\. Latest, /);
    await byRole(driver, 'heading', 'Worth talking to a professional');
    // Issue 20: the notice shows the safety guide's "see someone soon" level (the journal's rules never
    // call for help today), with the urgent signs one tap away.
    const soon = await byRole(driver, 'region', 'See a doctor or physiotherapist soon', { timeout: 10000 });
    assert.match(await soon.getText(), /next few days[\s\S]*more than a few weeks/);
    assert.match(await driver.findElement({ css: 'body' }).getText(), /Signs that need help today/);
    await screenshot(driver, 'dashboard');
    // The rest of the page, a screen at a time, for a person to look at.
    for (const [heading, name] of [['Bedtime wind-down', 'dashboard-routine'], ['Morning pain and stiffness', 'dashboard-chart'], ['How you slept', 'dashboard-sleep']]) {
      await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', await byRole(driver, 'heading', heading));
      await screenshot(driver, name);
    }
    await driver.executeScript('window.scrollTo(0, 0)');
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

describe('streak settings', () => {
  let app;
  before(async () => { app = await launch({ env, skipWelcome: true, prepare: seedYear }); });
  after(async () => { await app?.close(); });

  test('a weekly goal set in the settings shows on the dashboard', async () => {
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Settings', { timeout: 15000 }));
    const goal = await byRole(driver, 'combobox', 'Bedtime wind-down', { timeout: 10000 });
    await driver.executeScript(
      "arguments[0].value = arguments[0].querySelector('option:nth-child(6)').value; arguments[0].dispatchEvent(new Event('change'))",
      goal,
    );
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', await byRole(driver, 'heading', 'Streaks and goals'));
    await click(driver, await byRole(driver, 'button', 'Save streak settings'));
    await eventually(async () => {
      for (const status of await allByRole(driver, 'status', null)) if ((await status.getText()) === 'Saved.') return true;
      return false;
    }, { message: 'the settings to be saved' });
    await screenshot(driver, 'progress-settings');
    await click(driver, await byRole(driver, 'button', 'Progress'));
    await byRole(driver, 'heading', 'Bedtime wind-down', { timeout: 10000 });
    const body = await driver.findElement({ css: 'main' }).getText();
    assert.match(body, /Weekly goal\s+\d of 5 days this week/);
  });
});

describe('your data in files', () => {
  let app;
  // The file the save and open dialogs stand for (debug builds read LIMBER_E2E_DIALOG_PATH instead of asking).
  const dir = mkdtempSync(join(tmpdir(), 'limber-e2e-files-'));
  const chosen = join(dir, 'chosen-file');
  before(async () => {
    app = await launch({ env: { ...env, LIMBER_E2E_DIALOG_PATH: chosen }, skipWelcome: true, prepare: seedYear });
    const { driver } = app;
    await click(driver, await byRole(driver, 'button', 'Settings', { timeout: 15000 }));
    await byRole(driver, 'heading', 'Your data', { timeout: 10000 });
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function statusAfter(driver, button) {
    await click(driver, await byRole(driver, 'button', button));
    return eventually(async () => {
      const alerts = await allByRole(driver, 'alert', null);
      for (const alert of alerts) {
        const text = await alert.getText();
        if (text.startsWith('Nothing was imported')) return text;
      }
      const statuses = await allByRole(driver, 'status', null);
      for (const status of statuses) {
        const text = await status.getText();
        if (/^(Saved|Imported)/.test(text)) return text;
      }
      return null;
    }, { timeout: 10000, message: `the outcome of ${button}` });
  }

  test('everything exports to JSON, and sessions and journal to CSV', async () => {
    const { driver } = app;
    const saved = await statusAfter(driver, 'Export everything (JSON)…');
    assert.match(saved, new RegExp(`^Saved [\\d.]+ KB to ${chosen}\\.$`));
    const doc = JSON.parse(readFileSync(chosen, 'utf8'));
    assert.equal(doc.format, 'limber-export');
    assert.equal(doc.journal.length, 365);
    copyFileSync(chosen, join(dir, 'export.json'));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', await byRole(driver, 'heading', 'Your data'));
    await screenshot(driver, 'data-settings');

    await statusAfter(driver, 'Export journal (CSV)…');
    const journal = readFileSync(chosen, 'utf8').split('\r\n');
    assert.match(journal[0], /^day,backPain,stiffness,sleepQuality,sleepPosition,note,createdAt,updatedAt$/);
    assert.equal(journal.filter((line) => line !== '').length, 366);
    await statusAfter(driver, 'Export sessions (CSV)…');
    assert.match(readFileSync(chosen, 'utf8'), /^id,routineId,routineDay,startedAt/);
  });

  test('importing the export again adds nothing', async () => {
    const { driver } = app;
    copyFileSync(join(dir, 'export.json'), chosen);
    const text = await statusAfter(driver, 'Import a Limber export…');
    assert.match(text, /^Imported: 0 sessions added, \d+ already there, 0 journal entries added\.$/);
  });

  test('a bad file is refused with its first problems named, and changes nothing', async () => {
    const { driver } = app;
    const doc = JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8'));
    doc.journal.push({ ...doc.journal[0], day: '2020-02-30', backPain: 14 });
    doc.sessions.push({ ...doc.sessions[0], id: 'new-one', routineDay: '2019-01-01', startedAt: '2019-01-01T07:00:00.000Z', endedAt: '2019-01-01T07:05:00.000Z' });
    writeFileSync(chosen, JSON.stringify(doc));
    const text = await statusAfter(driver, 'Import a Limber export…');
    assert.match(text, /^Nothing was imported: the file has \d+ problems?\./);
    assert.match(text, /journal\[365\]/);
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', await byRole(driver, 'heading', 'Import'));
    await screenshot(driver, 'data-import-refused');
    // The good session in the same file was not added either.
    await statusAfter(driver, 'Export everything (JSON)…');
    const after = JSON.parse(readFileSync(chosen, 'utf8'));
    assert.equal(after.sessions.length, doc.sessions.length - 1);
    assert.equal(after.journal.length, 365);
  });
});

describe('a damaged database', () => {
  let app;
  let restoredFrom;
  before(async () => {
    app = await launch({
      env,
      skipWelcome: true,
      prepare: (ctx) => {
        seedYear(ctx);
        // Yesterday's backup is a good copy made by hand (it carries no backup number).
        const data = join(ctx.dataDir, 'app.limber.desktop');
        mkdirSync(join(data, 'backups'), { recursive: true });
        // Backups are named by their UTC date.
        const today = new Date(instant.at).toISOString().slice(0, 10);
        const yesterday = addDays(today, -1);
        copyFileSync(join(data, 'limber.sqlite3'), join(data, 'backups', `limber-${yesterday}.sqlite3`));
        // Then Limber starts, takes today's backup and saves two sessions and two check-ins (on days of 2001,
        // out of the way) through the app's own paths, and the database itself is damaged.
        execFileSync(binary, ['--fault-writes', '2', '0'], { env: ctx.env, encoding: 'utf8' });
        restoredFrom = today;
        writeFileSync(join(data, 'limber.sqlite3'), Buffer.alloc(8192, 0x5a));
      },
    });
  });
  after(async () => { await app?.close(); });

  test('is restored from the newest backup with the records saved since, and the home screen says so', async () => {
    const { driver } = app;
    const banner = await byRole(driver, 'alert', 'Your data was restored from a backup', { timeout: 15000 });
    const text = await banner.getText();
    assert.match(text, new RegExp(`restored the backup from ${dayLabel(restoredFrom, true)} and the 4 records saved since then\\.`));
    assert.match(text, /limber\.sqlite3\.damaged-/);
    // The restored data is all there: today's check-in from the backup shows on the home screen.
    await byRole(driver, 'button', 'Edit check-in');
    await screenshot(driver, 'recovery-banner');
    await click(driver, await byRole(driver, 'button', 'OK'));
    await eventually(async () => (await allByRole(driver, 'alert', 'Your data was restored from a backup')).length === 0, {
      message: 'the banner to go',
    });
  });
});
