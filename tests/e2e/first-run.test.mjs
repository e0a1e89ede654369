// The first run: a fresh data directory opens on the welcome flow, whose first step is the safety guide's two
// levels of red flags; going through every step with the keyboard and clicks (including "pain gets worse when
// I bend forward") and accepting the plan stores the reminders and the plan it proposed, which the settings
// then show, and the routines leave out the knee-to-chest stretch. Also: the sleep setup advice for each
// position, the exercise library's cautions, the help page's red flags, and skipping the first run.
// Screenshots of every step go to target/e2e/screenshots/first-run-*.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, byRole, allByRole, eventually, screenshot, sleep } from './harness.mjs';

/** Reads one settings value straight from the database, as a check that it really was stored. */
function storedSetting(dataDir, key) {
  const db = join(dataDir, 'app.limber.desktop', 'limber.sqlite3');
  const script = [
    'import json, sqlite3, sys',
    'con = sqlite3.connect(sys.argv[1])',
    'row = con.execute("SELECT value FROM settings WHERE key = ?", (sys.argv[2],)).fetchone()',
    'print(row[0] if row else "null")',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, db, key], { encoding: 'utf8' }));
}

/** The input a visible <label> names, found by the label's text (the control's accessible name). */
async function byLabel(driver, name) {
  const el = await driver.executeScript(
    `const label = Array.from(document.querySelectorAll('label[for]')).find((l) => l.textContent.trim() === arguments[0]);
     return label ? document.getElementById(label.htmlFor) : null;`,
    name,
  );
  assert.ok(el, `no control labelled ${JSON.stringify(name)}`);
  return el;
}

/** Types a time into a 24-hour time field the way a person does. */
async function typeTime(driver, name, hhmm) {
  const input = await byLabel(driver, name);
  await input.clear();
  await input.sendKeys(hhmm);
  assert.equal(await input.getAttribute('value'), hhmm, `${name} is ${hhmm}`);
}

/** A screenshot once the page has painted what the DOM already holds (WebKit captures the last frame). */
async function shot(driver, name) {
  await driver.executeAsyncScript(
    'const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));',
  );
  await sleep(250);
  return screenshot(driver, name);
}

/**
 * Clicks a control after bringing it to the middle of the window: the first run's action bar sticks to the
 * bottom, and WebDriver's own scrolling can leave a control just under it, where a person would not click.
 */
async function clickCentered(driver, element) {
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
  await element.click();
}

async function heading(driver, name, timeout = 5000) {
  return byRole(driver, 'heading', name, { timeout });
}

async function bodyText(driver) {
  return driver.findElement({ css: 'body' }).getText();
}

describe('first run, accepted', () => {
  let app;
  // Start at login writes a desktop entry under $HOME; the app gets a home of its own so the test never
  // touches the real one.
  const loginHome = mkdtempSync(join(tmpdir(), 'limber-e2e-home-'));
  before(async () => { app = await launch({ env: { HOME: loginHome } }); });
  after(async () => {
    await app?.close();
    rmSync(loginHome, { recursive: true, force: true });
  });

  test('a fresh data directory opens on the two levels of red flags, urgent first', async () => {
    const { driver } = app;
    await heading(driver, 'Safety first', 15000);
    // Issue 20: the signs that need help the same day are their own level, with what to do.
    const now = await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
    const nowText = await now.getText();
    for (const fact of [/emergency number/, /seen today/, /bladder or bowels/, /genitals/, /both legs/,
      /fall, a blow to your back or an accident/, /Chest pain/]) {
      assert.match(nowText, fact);
    }
    const soon = await byRole(driver, 'region', 'See a doctor or physiotherapist soon');
    const soonText = await soon.getText();
    for (const fact of [/next few days/, /more than a few weeks/, /worse at night/, /feeling sick/, /wraps around your side/,
      /Swelling/, /one leg/]) {
      assert.match(soonText, fact);
    }
    const text = await bodyText(driver);
    assert.match(text, /Stop any exercise that makes your pain worse/);
    assert.match(text, /not medical advice/i);
    assert.match(text, /Step 1 of 6/);
    await shot(driver, 'first-run-1-safety');
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', soon);
    await shot(driver, 'first-run-1-safety-soon');
    await (await byRole(driver, 'button', 'I understand')).click();
    await heading(driver, 'Where does it hurt?');
  });

  test('where it hurts: nothing chosen is explained, then a choice is made with the keyboard', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Continue')).click();
    const alert = await byRole(driver, 'alert', null);
    assert.equal(await alert.getText(), 'Choose where it hurts.');
    const lower = await byRole(driver, 'radio', 'Lower back');
    await lower.click();
    // Arrow keys move through a radio group: Lower back → Upper back and neck → Both.
    await lower.sendKeys('\uE015', '\uE015');
    assert.equal(await (await byRole(driver, 'radio', 'Both')).isSelected(), true, 'arrows chose "Both"');
    await shot(driver, 'first-run-2-area');
    // Enter submits the step, like the Continue button.
    await (await byRole(driver, 'radio', 'Both')).sendKeys('\uE007');
    await heading(driver, 'Does any of this apply to you?');
  });

  test('the health question must be answered, and a tick rules moves out', async () => {
    const { driver } = app;
    assert.match(await bodyText(driver), /Step 3 of 6/);
    await (await byRole(driver, 'button', 'Continue')).click();
    const alert = await byRole(driver, 'alert', null);
    assert.equal(await alert.getText(), 'Tick what applies to you, or “None of these”.');
    await clickCentered(driver, await byRole(driver, 'checkbox', 'None of these', { exact: false }));
    const bending = await byRole(driver, 'checkbox', 'My back pain gets worse when I bend forward', { exact: false });
    await clickCentered(driver, bending);
    assert.equal(await bending.isSelected(), true);
    assert.equal(await (await byRole(driver, 'checkbox', 'None of these', { exact: false })).isSelected(), false,
      'ticking a condition clears "None of these"');
    await shot(driver, 'first-run-3-health');
    await (await byRole(driver, 'button', 'Continue')).click();
    await heading(driver, 'How do you usually sleep?');
  });

  test('how they sleep, with a figure for each position', async () => {
    const { driver } = app;
    await (await byRole(driver, 'radio', 'On my side')).click();
    await shot(driver, 'first-run-4-sleep');
    await (await byRole(driver, 'button', 'Continue')).click();
    await heading(driver, 'When do you usually sleep?');
  });

  test('usual times and days', async () => {
    const { driver } = app;
    await typeTime(driver, 'Usual bedtime', '22:30');
    await typeTime(driver, 'Usual wake time', '06:45');
    await (await byRole(driver, 'checkbox', 'Sat')).click();
    await (await byRole(driver, 'checkbox', 'Sun')).click();
    assert.equal(await (await byRole(driver, 'checkbox', 'Sun')).isSelected(), false);
    assert.equal(await (await byRole(driver, 'radio', '15 minutes after I wake up')).isSelected(), true);
    await shot(driver, 'first-run-5-times');
    await (await byRole(driver, 'button', 'Continue')).click();
    await heading(driver, 'Your plan');
  });

  test('the proposed plan: routines, reminder times and the side setup', async () => {
    const { driver } = app;
    const list = await byRole(driver, 'list', 'Routines');
    const text = await eventually(async () => {
      const t = await list.getText();
      return t.includes('Upper back and neck release') ? t : null;
    }, { message: 'the plan\'s routines' });
    assert.match(text, /Bedtime wind-down/);
    assert.match(text, /Reminder at 22:00 \(30 min before bedtime\), on weekdays\./);
    assert.match(text, /Morning mobility/);
    assert.match(text, /Reminder at 07:00, on weekdays\./);
    assert.match(text, /Upper back and neck release[\s\S]*No reminder/);
    // The answer "worse when I bend forward" leaves the knee-to-chest stretch out, and the plan says so.
    assert.match(text, /Bedtime wind-down[\s\S]*Left out for you: Knee-to-chest \(pain when bending forward\)\./);
    assert.match(text, /Morning mobility[\s\S]*Left out for you: Knee-to-chest \(pain when bending forward\)\./);
    await heading(driver, 'On your side');
    await byRole(driver, 'img', 'A person lying on their side with a pillow between the knees, knees slightly bent, hugging a pillow');
    assert.match(await bodyText(driver), /A pillow between your knees/);
    assert.equal(await (await byRole(driver, 'checkbox', 'Start Limber when I log in')).isSelected(), true);
    await shot(driver, 'first-run-6-plan');
  });

  test('one click accepts the plan: reminders, plan and first-run state are stored', async () => {
    const { driver, dataDir } = app;
    await (await byRole(driver, 'button', 'Accept this plan')).click();
    await heading(driver, 'Limber', 10000);

    const reminders = await eventually(() => storedSetting(dataDir, 'reminders'), { message: 'the reminders setting' });
    const byRoutine = Object.fromEntries(reminders.reminders.map((r) => [r.routineId, r]));
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    assert.deepEqual(byRoutine['bedtime-wind-down'].time, { kind: 'bedtime', bedtime: '22:30:00', leadMinutes: 30 });
    assert.deepEqual(byRoutine['bedtime-wind-down'].days, weekdays);
    assert.deepEqual(byRoutine['morning-mobility'].time, { kind: 'fixed', time: '07:00:00' });
    assert.equal(byRoutine['morning-mobility'].enabled, true);

    const plan = storedSetting(dataDir, 'plan');
    assert.deepEqual(plan.routineIds, ['bedtime-wind-down', 'morning-mobility', 'upper-back-neck']);
    assert.deepEqual(plan.answers.conditions, ['worseBendingForward']);
    assert.equal(plan.guide.sleepPosition, 'side');
    const onboarding = storedSetting(dataDir, 'onboarding');
    assert.equal(onboarding.completed, true);
    assert.equal(onboarding.safetyAcknowledged, true);

    // Start at login was left ticked; on Linux that is a desktop entry in the (test's own) home.
    const autostart = join(loginHome, '.config', 'autostart');
    await eventually(() => existsSync(autostart) && readdirSync(autostart).some((f) => f.endsWith('.desktop')),
      { message: `a desktop entry under ${autostart}` });
  });

  test('the settings show the plan\'s routines and reminders', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Settings')).click();
    const list = await byRole(driver, 'list', 'Routines in your plan');
    const text = await list.getText();
    assert.match(text, /Bedtime wind-down\s+Reminder at 22:00/);
    assert.match(text, /Morning mobility\s+Reminder at 07:00/);
    assert.match(text, /Upper back and neck release/);
    assert.equal(await (await byRole(driver, 'radio', 'On my side')).isSelected(), true);
    await shot(driver, 'first-run-7-settings');
  });

  test('the accepted answers leave the stretch out of the routine the player starts', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Today')).click();
    await (await byRole(driver, 'button', 'Start Bedtime wind-down', { timeout: 10000 })).click();
    await heading(driver, 'Bedtime wind-down');
    const preview = await byRole(driver, 'list', 'Exercises in this routine');
    const names = await eventually(async () => {
      const t = await preview.getText();
      return t.includes('Slow belly breathing') ? t : null;
    }, { message: 'the routine\'s exercises' });
    assert.doesNotMatch(names, /Knee-to-chest/);
    assert.match(names, /Cat-cow[\s\S]*Open book[\s\S]*Supine knee twist/);
    assert.match(await bodyText(driver), /Left out for you: Knee-to-chest \(pain when bending forward\)\./);
    await (await byRole(driver, 'button', '← Back')).click();
  });

  test('the sleep setup guide opens on their position and shows each position\'s advice', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Sleep setup')).click();
    await heading(driver, 'Sleep setup');
    await heading(driver, 'On your side');
    const rows = [
      ['On my side', 'On your side', 'side', /pillow between your knees/i],
      ['On my back', 'On your back', 'back', /rolled towel/i],
      ['On my stomach', 'On your stomach', 'stomach', /tennis ball/i],
      ['It varies', 'It varies', 'varies', /spare pillow/i],
    ];
    for (const [radio, title, name, fact] of rows) {
      await (await byRole(driver, 'radio', radio, { exact: false })).click();
      const title_ = await heading(driver, title);
      // Bring the position's advice to the top, as a person scrolling to it would see it.
      await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', title_);
      assert.match(await bodyText(driver), fact, `${name} advice`);
      await byRole(driver, 'group', "Tonight's setup");
      await shot(driver, `first-run-sleep-${name}`);
    }
    const text = await bodyText(driver);
    assert.match(text, /6 to 8 years/);
    assert.match(text, /medium-firm/);
    assert.match(text, /Rarely the only cause/);
  });

  test('every exercise\'s cautions are one tap away in the library, and filters narrow the list', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Exercises')).click();
    await heading(driver, 'Exercises');
    const status = await byRole(driver, 'status', null);
    await eventually(async () => /Showing 13 of 13/.test(await status.getText()), { message: 'all exercises' });
    const area = await byRole(driver, 'combobox', 'Body area');
    await area.sendKeys('Upper back');
    const position = await byRole(driver, 'combobox', 'Position');
    await position.sendKeys('On the floor');
    await eventually(async () => /Showing 1 of 13/.test(await status.getText()), { message: 'one upper-back floor exercise' });
    await byRole(driver, 'heading', 'Open book');
    await (await byRole(driver, 'button', 'Steps and cautions for Open book')).click();
    const cautions = await byRole(driver, 'region', 'Take care: Open book');
    const careText = await cautions.getText();
    assert.match(careText, /Stop if the pain gets worse/);
    // Issue 20: the contraindications are stated where they apply.
    assert.match(careText, /Leave this out if you have osteoporosis/);
    await shot(driver, 'first-run-library');
  });

  test('the help page opens on when to get help, in two levels, then the shortcuts and the medical statement', async () => {
    const { driver } = app;
    await (await byRole(driver, 'button', 'Help')).click();
    await heading(driver, 'When to get help');
    const now = await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
    assert.match(await now.getText(), /emergency number[\s\S]*bladder or bowels/);
    const soon = await byRole(driver, 'region', 'See a doctor or physiotherapist soon');
    assert.match(await soon.getText(), /more than a few weeks/);
    await shot(driver, 'first-run-help');
    await heading(driver, 'Keyboard shortcuts in a routine');
    const text = await bodyText(driver);
    for (const fact of [/Space\s*Pause/, /Skip to the next exercise/, /previous exercise/, /Stop the routine/,
      /reverse/, /Limber is not medical advice/]) {
      assert.match(text, fact);
    }
    await eventually(async () => /Morning mobility/.test(await bodyText(driver)), { message: 'the routine list' });
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', soon);
    await shot(driver, 'first-run-help-soon');
  });
});

describe('first run, skipped', () => {
  let app;
  before(async () => { app = await launch(); });
  after(async () => { await app?.close(); });

  test('skipping leaves no plan and no reminders, and the settings offer to set one up', async () => {
    const { driver, dataDir } = app;
    await heading(driver, 'Safety first', 15000);
    await (await byRole(driver, 'button', 'Skip setup')).click();
    await heading(driver, 'Limber', 10000);
    const onboarding = storedSetting(dataDir, 'onboarding');
    assert.equal(onboarding.completed, true);
    assert.equal(onboarding.outcome, 'skipped');
    assert.equal(storedSetting(dataDir, 'reminders'), null);
    await (await byRole(driver, 'button', 'Settings')).click();
    await (await byRole(driver, 'button', 'Set up my plan')).click();
    await heading(driver, 'Safety first');
    await sleep(100);
    assert.equal((await allByRole(driver, 'navigation', null)).length, 0, 'the first run takes the whole window');
  });
});
