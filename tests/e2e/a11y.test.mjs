// Accessibility, checked by a tool (issue 18): axe-core, injected by the harness (`audit`), runs on every screen
// of the app against WCAG 2.1 A and AA, in the light look, in the dark one (the system's dark setting, asked
// for with GTK_THEME, which WebKitGTK reports as prefers-color-scheme: dark) and in the app-wide night theme
// chosen in the settings, and on the player's own night and morning looks. Any violation fails the test with
// its rule, element and axe's summary. Each look is one launch with a fresh data directory and sixty days of
// history imported before the app starts, so the first run, the progress dashboard with its charts and the
// red-flag notice all have something to show.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, binary, byRole, allByRole, clickRole, eventually, launch, sleep } from './harness.mjs';
import { addDays, offsetSeconds, pinned, routineDay, zoned } from './clock.mjs';

const instant = pinned();
const TODAY = routineDay(instant.at);

/** A local wall-clock time as the export writes it: the UTC instant and the zone's offset then. */
const at = (ms) => ({ iso: new Date(ms).toISOString(), offset: offsetSeconds(ms) });

/**
 * Sixty days of use ending today (as progress.test.mjs seeds a year): a wind-down most evenings, the morning
 * routine most mornings, a check-in every morning, and the last three mornings at pain 7 or more, so the
 * progress screen shows its red-flag notice.
 */
function history(settings = {}) {
  const sessions = [];
  const journal = [];
  for (let n = 59; n >= 0; n -= 1) {
    const day = addDays(TODAY, -n);
    if (n % 7 !== 3) {
      const started = n === 0 ? instant.at - 20 * 60_000 : zoned(day, '22:10');
      if (routineDay(started) === day) {
        const [start, end] = [at(started), at(started + 600_000)];
        sessions.push({
          id: `a11y-wd-${day}`, routineId: 'bedtime-wind-down',
          startedAt: start.iso, endedAt: end.iso, utcOffsetSeconds: start.offset, routineDay: day,
          stepsDone: 9, stepsSkipped: 0, completed: true, activeMs: 600000, pausedMs: 0, feel: 3, checklist: null,
        });
      }
    }
    if (n > 0 && n % 5 !== 0) {
      const started = zoned(day, '07:10');
      const [start, end] = [at(started), at(started + 300_000)];
      sessions.push({
        id: `a11y-mm-${day}`, routineId: 'morning-mobility',
        startedAt: start.iso, endedAt: end.iso, utcOffsetSeconds: start.offset, routineDay: day,
        stepsDone: 7, stepsSkipped: 0, completed: true, activeMs: 300000, pausedMs: 0, feel: null, checklist: null,
      });
    }
    const pain = n <= 2 ? 7 + (n % 2) : 2 + (n % 4);
    const written = at(Math.min(zoned(day, '07:30'), n === 0 ? instant.at - 60_000 : Infinity));
    journal.push({
      day, backPain: pain, stiffness: Math.min(10, pain + 1), sleepQuality: 2 + (n % 3),
      sleepPosition: ['side', 'back', 'varies'][n % 3], note: n % 10 === 0 ? 'Stiff, eased after the cat-cow.' : null,
      createdAt: written.iso, updatedAt: written.iso,
    });
  }
  return { format: 'limber-export', version: 1, sessions, journal, restDays: [], settings, customRoutines: [] };
}

/**
 * The looks: `env` for the app (GTK_THEME=Adwaita:dark makes WebKitGTK report prefers-color-scheme: dark),
 * `dark` what the page must then report, and `settings` imported with the history (a theme chosen in the
 * settings, once the app has them, would go there).
 */
const LOOKS = [
  { name: 'light', env: {}, dark: false, settings: {} },
  { name: 'dark', env: { GTK_THEME: 'Adwaita:dark' }, dark: true, settings: {} },
  // The app-wide night look, chosen in the settings (on a light desktop, so it is the theme that dims it).
  { name: 'night', env: {}, dark: false, settings: { appearance: { theme: 'night', nightAfterBedtime: false } }, theme: 'night' },
];

/** Clicks through the page, as a person would click a control drawn over its label. */
async function click(driver, element) {
  await driver.executeScript('arguments[0].click()', element);
}

async function nav(driver, label) {
  await clickRole(driver, 'button', label, { timeout: 10000 });
}

for (const look of LOOKS) {
  describe(`every screen in the ${look.name} look`, () => {
    let app;
    const name = (screen) => `${screen}-${look.name}`;
    // Every screen of a test is audited even when an earlier one fails, and the player is always left, so one
    // fault does not hide the next or strand the tests after it; the test fails at its end with every list.
    let problems = [];
    const check = async (driver, screen) => {
      try {
        await audit(driver, name(screen));
      } catch (error) {
        problems.push(error.message);
      }
    };
    const reported = () => {
      const found = problems;
      problems = [];
      assert.equal(found.length, 0, found.join('\n\n'));
    };
    before(async () => {
      app = await launch({
        env: { ...look.env, LIMBER_TIME_SCALE: '20' },
        prepare: ({ env, home }) => {
          const file = join(home, 'history.json');
          writeFileSync(file, JSON.stringify(history(look.settings)));
          const out = execFileSync(binary, ['import', file], { env, encoding: 'utf8' });
          assert.match(out, /^Imported: \d+ sessions added, 60 journal entries added/);
          // No sound device: the player says so in words, which are checked too.
          writeFileSync(join(env.HOME, '.asoundrc'), 'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n');
        },
      });
      const dark = await app.driver.executeScript('return matchMedia("(prefers-color-scheme: dark)").matches');
      assert.equal(dark, look.dark, `the page is in the ${look.name} look`);
      if (look.theme) {
        await eventually(async () => (await app.driver.executeScript('return document.documentElement.dataset.theme')) === look.theme,
          { timeout: 10000, message: `the ${look.theme} theme on the page` });
      }
    });
    after(async () => { await app?.close(); });

    test('the audit fails on a page with a known fault (it can fail)', { skip: look.name !== 'light' }, async () => {
      const { driver } = app;
      await byRole(driver, 'heading', 'Safety first', { timeout: 15000 });
      // A grey-on-white paragraph (2.3:1), a button without a name and a field whose border is barely there, added
      // for this check and removed after.
      await driver.executeScript(`
        const probe = document.createElement('div');
        probe.id = 'a11y-probe';
        probe.innerHTML = '<p style="color:#aaa;background:#fff">Faint words</p><button type="button"></button>'
          + '<label>Faint field <input id="a11y-probe-field" style="border:1px solid #eee;background:transparent"></label>';
        document.body.append(probe);`);
      try {
        await assert.rejects(audit(driver, 'probe', { shot: false }), (error) => {
          assert.match(error.message, /color-contrast \(serious\)[\s\S]*#a11y-probe > p/);
          assert.match(error.message, /button-name \(critical\)/);
          assert.match(error.message, /non-text-contrast[\s\S]*input#a11y-probe-field\[type=text\]: border #eeeeee on #\w+ is 1\.\d\d:1/);
          return true;
        });
      } finally {
        await driver.executeScript('document.getElementById("a11y-probe").remove()');
      }
    });

    test('the first run, step by step, with a step\'s error shown', async () => {
      const { driver } = app;
      try {
        await firstRun(driver);
      } finally {
        // Skipping keeps the data the way the other screens expect it (no reminders are set up), and the
        // screens after this one are reachable even when a step above failed.
        await clickRole(driver, 'button', 'Skip setup');
        await byRole(driver, 'navigation', 'Main', { timeout: 5000 });
      }
      reported();
    });

    async function firstRun(driver) {
      await byRole(driver, 'heading', 'Safety first', { timeout: 15000 });
      await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
      await check(driver, 'welcome-1-safety');
      await clickRole(driver, 'button', 'I understand');
      await byRole(driver, 'heading', 'Where does it hurt?');
      await clickRole(driver, 'button', 'Continue');
      await byRole(driver, 'alert', null);
      await check(driver, 'welcome-2-area-error');
      await click(driver, await byRole(driver, 'radio', 'Lower back'));
      await clickRole(driver, 'button', 'Continue');
      await byRole(driver, 'heading', 'Does any of this apply to you?');
      await click(driver, await byRole(driver, 'checkbox', 'None of these', { exact: false }));
      await check(driver, 'welcome-3-health');
      await clickRole(driver, 'button', 'Continue');
      await byRole(driver, 'heading', 'How do you usually sleep?');
      await click(driver, await byRole(driver, 'radio', 'On my side'));
      await check(driver, 'welcome-4-sleep');
      await clickRole(driver, 'button', 'Continue');
      await byRole(driver, 'heading', 'When do you usually sleep?');
      await check(driver, 'welcome-5-times');
      await clickRole(driver, 'button', 'Continue');
      await byRole(driver, 'heading', 'Your plan');
      await eventually(async () => (await (await byRole(driver, 'list', 'Routines')).getText()).includes('Morning mobility'), {
        message: 'the plan\'s routines',
      });
      await check(driver, 'welcome-6-plan');
    }

    test('home, and a routine\'s details', async () => {
      const { driver } = app;
      await nav(driver, 'Today');
      await byRole(driver, 'button', 'Start Morning mobility', { timeout: 10000 });
      await check(driver, 'home');
      await clickRole(driver, 'button', 'Details of Morning mobility');
      await byRole(driver, 'list', 'Exercises in Morning mobility');
      await check(driver, 'home-details');
      reported();
    });

    test('the exercise library, with one exercise\'s steps open', async () => {
      const { driver } = app;
      await nav(driver, 'Exercises');
      await byRole(driver, 'heading', 'Open book', { timeout: 10000 });
      await clickRole(driver, 'button', 'Steps and cautions for Open book');
      await byRole(driver, 'region', 'Take care: Open book');
      await check(driver, 'library');
      reported();
    });

    test('the morning check-in', async () => {
      const { driver } = app;
      await nav(driver, 'Check-in');
      await byRole(driver, 'heading', 'Morning check-in', { timeout: 10000 });
      await check(driver, 'checkin');
      // Chosen answers have their own colours (a checked radio, a chosen chip); they are not saved.
      for (const answer of ['Pain 6', 'Stiffness 5', 'Sleep Good', 'Side']) await click(driver, await byRole(driver, 'radio', answer));
      await check(driver, 'checkin-chosen');
      reported();
    });

    test('progress with history, the red-flag notice included', async () => {
      const { driver } = app;
      await nav(driver, 'Progress');
      await byRole(driver, 'heading', 'Morning mobility', { timeout: 10000 });
      await eventually(async () => (await driver.findElements({ css: 'figure canvas' })).length > 0, { message: 'the charts' });
      const body = await driver.findElement({ css: 'main' }).getText();
      assert.match(body, /pain/i);
      await check(driver, 'progress');
      reported();
    });

    test('the sleep guide', async () => {
      const { driver } = app;
      await nav(driver, 'Sleep setup');
      await byRole(driver, 'group', "Tonight's setup", { timeout: 10000 });
      await check(driver, 'sleep');
      reported();
    });

    test('settings, every section expanded', async () => {
      const { driver } = app;
      await nav(driver, 'Settings');
      await byRole(driver, 'heading', 'Settings', { timeout: 10000 });
      await sleep(500); // the sections read their values
      await check(driver, 'settings');
      reported();
    });

    test('help', async () => {
      const { driver } = app;
      await nav(driver, 'Help');
      await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
      await check(driver, 'help');
      reported();
    });

    test('the routine editor', async () => {
      const { driver } = app;
      await nav(driver, 'Today');
      await clickRole(driver, 'button', 'New routine', { timeout: 10000 });
      await byRole(driver, 'heading', 'New routine', { timeout: 5000 });
      await check(driver, 'editor');
      await clickRole(driver, 'button', 'Back');
      const leave = await allByRole(driver, 'button', 'Leave without saving');
      if (leave.length === 1) await click(driver, leave[0]);
      await byRole(driver, 'button', 'Start Morning mobility', { timeout: 5000 });
      reported();
    });

    test('the player: its start, a step under way, and the end with its question', async () => {
      const { driver } = app;
      await nav(driver, 'Today');
      await clickRole(driver, 'button', 'Start 2-minute reset', { timeout: 10000 });
      await byRole(driver, 'heading', '2-minute reset');
      await check(driver, 'player-intro');
      await clickRole(driver, 'button', 'Start');
      await byRole(driver, 'button', 'Pause');
      // The note that sound fell back to silence is a status message (WCAG 4.1.3), so it is announced.
      await eventually(async () => {
        for (const status of await allByRole(driver, 'status', null)) {
          if ((await status.getText()).startsWith('Sound is unavailable')) return true;
        }
        return false;
      }, { message: 'the sound note as a status message' }).catch((error) => problems.push(error.message));
      await check(driver, 'player-step');
      await clickRole(driver, 'button', 'Pause');
      await byRole(driver, 'button', 'Resume');
      await check(driver, 'player-paused');
      await clickRole(driver, 'button', 'Resume');
      // Skip to the end: each step is a few seconds at 20 times speed anyway.
      await eventually(async () => {
        if ((await allByRole(driver, 'heading', 'Well done')).length === 1) return true;
        const skip = await allByRole(driver, 'button', 'Skip');
        if (skip.length === 1) await skip[0].click().catch(() => undefined);
        return false;
      }, { timeout: 30000, interval: 300, message: 'the end screen' });
      await byRole(driver, 'button', 'Back feels 3 out of 10');
      await check(driver, 'player-end');
      await clickRole(driver, 'button', 'Back feels 3 out of 10');
      await eventually(async () => (await driver.findElement({ css: 'body' }).getText()).includes('Saved with this session.'), {
        message: 'the answer to be saved',
      });
      await check(driver, 'player-end-answered');
      await clickRole(driver, 'button', 'Done');
      reported();
    });

    test('the player\'s night look: checklist, a step, the red flags, stopping', async () => {
      const { driver } = app;
      await nav(driver, 'Today');
      await clickRole(driver, 'button', 'Start Bedtime wind-down', { timeout: 10000 });
      await byRole(driver, 'heading', 'Bedtime wind-down');
      await check(driver, 'player-night-checklist');
      await clickRole(driver, 'checkbox', 'Screens are dimmed or put away', { exact: false });
      await clickRole(driver, 'button', 'Start the routine');
      await byRole(driver, 'button', 'Pause');
      await check(driver, 'player-night-step');
      await clickRole(driver, 'button', 'When to get help');
      await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
      await check(driver, 'player-night-help');
      await clickRole(driver, 'button', 'Back to the routine');
      await byRole(driver, 'button', 'Resume');
      await clickRole(driver, 'button', 'Stop');
      await byRole(driver, 'alertdialog', null);
      await check(driver, 'player-night-stop-question');
      await clickRole(driver, 'button', 'Stop routine');
      await byRole(driver, 'heading', 'Session stopped', { timeout: 5000 });
      await check(driver, 'player-night-stopped');
      await clickRole(driver, 'button', 'Done');
      reported();
    });

    test('the player\'s morning look', async () => {
      const { driver } = app;
      await nav(driver, 'Today');
      await clickRole(driver, 'button', 'Start Morning mobility', { timeout: 10000 });
      await byRole(driver, 'heading', 'Morning mobility');
      await clickRole(driver, 'button', 'Start');
      await byRole(driver, 'button', 'Pause');
      await clickRole(driver, 'button', 'Pause');
      await byRole(driver, 'button', 'Resume');
      await check(driver, 'player-morning');
      await clickRole(driver, 'button', 'Stop');
      await clickRole(driver, 'button', 'Stop routine');
      await clickRole(driver, 'button', 'Done', { timeout: 5000 });
      reported();
    });
  });
}
