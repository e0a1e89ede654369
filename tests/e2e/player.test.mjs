// The guided session player, end to end: start from the home screen, watch the countdown move, pause
// and see it stop, resume, skip, and reach the end screen. Time runs 20 times faster
// (LIMBER_TIME_SCALE, honoured in debug builds only) so the whole 2-minute routine takes seconds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, byRole, allByRole, eventually, screenshot, sleep } from './harness.mjs';
import { clickRole } from './harness.mjs';

let app;
// No sound device, on any machine: ALSA's default output is a card that does not exist (issue 17: the routine
// then runs silently and says so in plain words).
const noSoundCard = 'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n';
before(async () => {
  app = await launch({
    env: { LIMBER_TIME_SCALE: '20' },
    skipWelcome: true,
    prepare: ({ env }) => writeFileSync(join(env.HOME, '.asoundrc'), noSoundCard),
  });
});
after(async () => { await app?.close(); });

const timerText = async (driver) => (await byRole(driver, 'timer', null)).getAttribute('aria-label');
const secondsOf = (label) => Number.parseInt(label, 10);

async function home(driver) {
  // A previous test may have left the end screen open.
  // A re-render can make the found button stale; look again until the end screen is gone.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const done = await allByRole(driver, 'button', 'Done');
    if (done.length === 0) break;
    await done[0].click().catch(() => undefined);
    await sleep(200);
  }
  await clickRole(driver, 'button', 'Today', { timeout: 15000 });
}

async function openAndStart(driver, routineName, { checklist = null } = {}) {
  await home(driver);
  await clickRole(driver, 'button', `Start ${routineName}`, { timeout: 15000 });
  await byRole(driver, 'heading', routineName);
  if (checklist) {
    // The bedtime routine opens on the evening checklist; ticks go with the session.
    await byRole(driver, 'heading', 'Before you start', { exact: false, timeout: 5000 }).catch(() => null);
    for (const item of checklist) await clickRole(driver, 'checkbox', item, { exact: false });
    if (checklist.length === 0) await byRole(driver, 'button', 'Start the routine');
    await screenshot(driver, 'player-checklist');
    await clickRole(driver, 'button', 'Start the routine');
  } else {
    await clickRole(driver, 'button', 'Start');
  }
  await byRole(driver, 'button', 'Pause');
}

async function stopRoutine(driver) {
  await clickRole(driver, 'button', 'Stop');
  await byRole(driver, 'alertdialog', null);
  await clickRole(driver, 'button', 'Stop routine');
  await byRole(driver, 'heading', 'Session stopped', { timeout: 5000 });
}

test('the countdown moves, stops while paused, and resumes', async () => {
  const { driver } = app;
  await openAndStart(driver, '2-minute reset');
  const first = await timerText(driver);
  const moved = await eventually(async () => {
    const now = await timerText(driver);
    return now !== first ? now : null;
  }, { timeout: 3000, message: 'the countdown to move' });
  assert.notEqual(moved, first);
  // Without a sound device the routine goes on, silently, and the player says why in plain words.
  assert.match(await driver.findElement({ css: 'body' }).getText(),
    /Sound is unavailable: no sound device was found\. The routine runs silently\./);

  await clickRole(driver, 'button', 'Pause');
  await byRole(driver, 'button', 'Resume');
  assert.match(await driver.findElement({ css: 'body' }).getText(), /Paused/);
  const atPause = await timerText(driver);
  await sleep(800); // 16 s of session time at 20x: the countdown would have moved a lot
  assert.equal(await timerText(driver), atPause, 'a paused countdown stands still');
  await screenshot(driver, 'player-paused');

  await clickRole(driver, 'button', 'Resume');
  await eventually(async () => (await timerText(driver)) !== atPause, { timeout: 3000, message: 'the countdown to move again' });
});

test('skip moves to the next step and the routine reaches the end screen', async () => {
  const { driver } = app;
  const before = await (await byRole(driver, 'heading', null, { timeout: 2000 }).catch(() => null))?.getText();
  const title = async () => {
    const headings = await allByRole(driver, 'heading', null);
    return headings.length ? headings[0].getText() : '';
  };
  const t0 = await title();
  await clickRole(driver, 'button', 'Skip');
  await eventually(async () => (await title()) !== t0, { timeout: 3000, message: 'a new step after Skip' });
  assert.ok(before !== undefined);
  await byRole(driver, 'heading', 'Well done', { timeout: 20000 });
  const text = await driver.findElement({ css: 'body' }).getText();
  assert.match(text, /2-minute reset: \d+ of \d+ steps done/);
  assert.match(text, /How does your back feel now\?/);
  await clickRole(driver, 'button', 'Back feels 3 out of 10');
  await eventually(async () => (await driver.findElement({ css: 'body' }).getText()).includes('Saved with this session.'), {
    message: 'the answer to be saved',
  });
  await screenshot(driver, 'player-end');
  await clickRole(driver, 'button', 'Done');
  await byRole(driver, 'button', 'Start 2-minute reset', { timeout: 5000 });
});

test('the bedtime routine has the night look and the morning routine the morning look', async () => {
  const { driver } = app;
  await openAndStart(driver, 'Bedtime wind-down', { checklist: ['Screens are dimmed or put away'] });
  await clickRole(driver, 'button', 'Pause');
  const nightBg = await driver.executeScript('return getComputedStyle(document.querySelector(".player")).backgroundColor');
  await screenshot(driver, 'player-night');
  await stopRoutine(driver);
  await screenshot(driver, 'player-stopped');
  await clickRole(driver, 'button', 'Done');

  await openAndStart(driver, 'Morning mobility');
  await clickRole(driver, 'button', 'Pause');
  const morningBg = await driver.executeScript('return getComputedStyle(document.querySelector(".player")).backgroundColor');
  await screenshot(driver, 'player-morning');
  await stopRoutine(driver);

  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  assert.ok(luminance(nightBg) < 30, `night background is dim: ${nightBg}`);
  assert.ok(luminance(morningBg) > 200, `morning background is bright: ${morningBg}`);
});

/** Opens "When to get help" and checks both levels of red flags are there, the urgent one first. */
async function checkHelpPanel(driver, shotName) {
  await clickRole(driver, 'button', 'When to get help');
  const dialog = await byRole(driver, 'dialog', 'When to get help');
  const now = await byRole(driver, 'region', 'Get help now', { timeout: 10000 });
  const soon = await byRole(driver, 'region', 'See a doctor or physiotherapist soon');
  assert.match(await now.getText(), /emergency number[\s\S]*bladder or bowels/);
  assert.match(await soon.getText(), /next few days[\s\S]*worse at night/);
  const [a, b] = await driver.executeScript(
    'return [arguments[0].getBoundingClientRect().top, arguments[1].getBoundingClientRect().top]', now, soon);
  assert.ok(a < b, 'the urgent level comes first');
  await screenshot(driver, shotName);
  return dialog;
}

// Issue 20: the red flags are one tap away in the player, before and during a routine; opening them pauses
// the routine, so no countdown runs while they are read.
test('"When to get help" is one tap away before and during a routine, and pauses it', async () => {
  const { driver } = app;
  await home(driver);
  await clickRole(driver, 'button', 'Start Bedtime wind-down', { timeout: 15000 });
  await byRole(driver, 'heading', 'Bedtime wind-down');
  await checkHelpPanel(driver, 'player-help-intro');
  await clickRole(driver, 'button', 'Close');
  assert.equal((await allByRole(driver, 'dialog', 'When to get help')).length, 0);
  await clickRole(driver, 'button', '← Back');

  await openAndStart(driver, 'Bedtime wind-down', { checklist: [] });
  await checkHelpPanel(driver, 'player-help-night');
  await byRole(driver, 'button', 'Resume', { timeout: 3000 });
  assert.match(await driver.findElement({ css: 'body' }).getText(), /The routine is paused\./);
  const atOpen = await timerText(driver);
  await sleep(800);
  assert.equal(await timerText(driver), atOpen, 'the routine stays paused while the red flags are read');
  // Escape closes the panel (and does not ask to stop the routine).
  await driver.findElement({ css: 'body' }).sendKeys('\uE00C');
  await eventually(async () => (await allByRole(driver, 'dialog', 'When to get help')).length === 0, { message: 'the panel to close' });
  assert.equal((await allByRole(driver, 'alertdialog', null)).length, 0);
  await byRole(driver, 'button', 'Resume');
  await stopRoutine(driver);
  await clickRole(driver, 'button', 'Done');

  await openAndStart(driver, 'Morning mobility');
  await checkHelpPanel(driver, 'player-help-morning');
  await clickRole(driver, 'button', 'Back to the routine');
  await byRole(driver, 'button', 'Resume');
  await stopRoutine(driver);
  await clickRole(driver, 'button', 'Done');
});

test('keyboard: Space pauses and resumes, Escape asks before stopping', async () => {
  const { driver } = app;
  await openAndStart(driver, '2-minute reset');
  const body = await driver.findElement({ css: 'body' });
  await driver.executeScript('document.activeElement && document.activeElement.blur()');
  await body.sendKeys(' ');
  await byRole(driver, 'button', 'Resume');
  await body.sendKeys(' ');
  await byRole(driver, 'button', 'Pause');
  await body.sendKeys('\uE00C'); // Escape
  await byRole(driver, 'alertdialog', null);
  await clickRole(driver, 'button', 'Keep going');
  await byRole(driver, 'button', 'Pause');
});

// Issue 19: lights out. With the voice coach on, the bedtime routine offers a dark screen on which nothing
// moves: one line, no figure, no countdown; the session runs on in Rust, and "Lights on" brings the player back.
test('lights out: with the voice coach on, the bedtime routine goes dark with one line and comes back', async () => {
  const { driver } = app;
  const setCoach = (coach) => driver.executeAsyncScript(`
    const [coach, done] = [arguments[0], arguments[arguments.length - 1]];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    invoke('audio_get').then((state) => invoke('audio_set', { settings: { ...state.settings, coach } }))
      .then(() => done(null), (error) => done(String(error)));
  `, coach);
  // The test before leaves a routine running.
  if ((await allByRole(driver, 'button', 'Stop')).length === 1) await stopRoutine(driver);
  // Without the voice a dark screen would leave nothing to follow: not offered.
  await openAndStart(driver, 'Bedtime wind-down', { checklist: [] });
  assert.equal((await allByRole(driver, 'button', 'Lights out')).length, 0, 'no lights out with the coach off');
  await stopRoutine(driver);
  await clickRole(driver, 'button', 'Done');

  assert.equal(await setCoach('cues'), null);
  try {
    await openAndStart(driver, 'Bedtime wind-down', { checklist: [] });
    // The routine's progress, not the countdown: the breathing steps last 10 s, so 30 s later the countdown
    // can read the same again (it did, one run in three), while the progress only grows.
    const progress = async () => Number(await (await byRole(driver, 'progressbar', 'Routine progress')).getAttribute('aria-valuenow'));
    const before = await progress();
    await clickRole(driver, 'button', 'Lights out', { timeout: 5000 });
    const on = await byRole(driver, 'button', 'Lights on');
    assert.equal(await driver.executeScript('return document.activeElement === arguments[0]', on), true, 'focus on the way back');
    const shown = await driver.executeScript(`
      const main = document.querySelector('main');
      return { lines: main.innerText.trim().split('\\n'), bg: getComputedStyle(main).backgroundColor,
        moving: document.querySelectorAll('.player .figure, .player .pacer, .player [role="timer"]').length };
    `);
    assert.deepEqual(shown.lines, ['Lights on'], 'one line of text');
    assert.equal(shown.bg, 'rgb(0, 0, 0)', 'a black screen');
    assert.equal(shown.moving, 0, 'no figure, pacer or countdown');
    await screenshot(driver, 'player-lights-out');
    // The session goes on meanwhile (at 20x, 1.5 s is half a minute of it).
    await sleep(1500);
    await clickRole(driver, 'button', 'Lights on');
    const after = await progress();
    assert.ok(after > before, `the routine went on in the dark (progress ${before}% before, ${after}% after)`);
    await byRole(driver, 'button', 'Lights out');
    await stopRoutine(driver);
    await clickRole(driver, 'button', 'Done');
  } finally {
    await setCoach('off');
  }
});
