// Themes and reduced motion (issue 18), in the real app on a pinned clock (tests/run-e2e.mjs).
//
// 1. The theme is switched in Settings → Appearance with the keyboard alone, and the page's colours (read as
//    computed styles) change at once: light, dark, night.
// 2. "Night look after bedtime": the wind-down's reminder is seeded (with `limber import`) for the first whole
//    minute at least 40 s after the pinned instant. Before it the app wears the chosen light look; when its
//    minute comes the whole app (the home screen here, nothing clicked) turns to the night look by itself,
//    on the one timer Rust's "next change" set.
// 3. Reduced motion: WebKitGTK answers `prefers-reduced-motion: reduce` from GTK's `gtk-enable-animations`
//    setting, so the app is started with `gtk-enable-animations=false` in its own
//    $XDG_CONFIG_HOME/gtk-3.0/settings.ini. The page then matches the media query, and during the 2-minute
//    reset's breathing the figure and the breath pacer change only when the phase does (still poses), where
//    without the setting they are redrawn up to twice a second, between Rust's updates too. The countdown the
//    page counts on its own between Rust's updates (sent when the step or phase changes) reads Rust's time.
// Screenshots of each look go to target/e2e/screenshots/theme-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { launch, binary, byRole, clickRole, eventually, screenshot, sleep } from './harness.mjs';
import { local, now, pinned } from './clock.mjs';

// The file needs the pinned clock: the bedtime reminder is set from it.
pinned();

/** The page's background and text colours as computed, e.g. { bg: 'rgb(246, 243, 238)', text: '…', theme }. */
async function colours(driver) {
  return driver.executeScript(`
    const style = getComputedStyle(document.body);
    return { bg: style.backgroundColor, text: style.color, theme: document.documentElement.dataset.theme ?? null };
  `);
}

const LIGHT = { bg: 'rgb(246, 243, 238)', text: 'rgb(42, 38, 34)' };
const DARK = { bg: 'rgb(27, 25, 23)', text: 'rgb(236, 230, 222)' };
const NIGHT = { bg: 'rgb(18, 13, 10)', text: 'rgb(217, 179, 140)' };

/** Waits (briefly: the change must show at once) until the page wears `look`. */
async function wears(driver, look, name, timeout = 1500) {
  await eventually(async () => {
    const got = await colours(driver);
    return got.bg === look.bg && got.text === look.text;
  }, { timeout, message: `the ${name} look`, interval: 50 }).catch(async (error) => {
    throw new Error(`${error.message}; the page reads ${JSON.stringify(await colours(driver))}`);
  });
}

/** An export file that brings the wind-down's reminder at `hhmm` (switched off: the look follows the hour). */
function seed(appEnv, home, hhmm) {
  const file = join(home, 'settings.json');
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  writeFileSync(file, JSON.stringify({
    format: 'limber-export', version: 1, sessions: [], journal: [], restDays: [], customRoutines: [],
    settings: {
      reminders: {
        reminders: [{ routineId: 'bedtime-wind-down', enabled: false, days, time: { kind: 'fixed', time: `${hhmm}:00` } }],
        graceMinutes: 60, quietHours: null, snoozeMinutes: 10,
      },
      appearance: { theme: 'light', nightAfterBedtime: false },
    },
  }));
  return execFileSync(binary, ['import', file], { env: appEnv, encoding: 'utf8' });
}

describe('themes', () => {
  let app;
  /** The instant the bedtime reminder falls on (ms, on a whole minute). */
  let bedtime;
  before(async () => {
    bedtime = Math.ceil((now() + 40_000) / 60_000) * 60_000;
    app = await launch({
      skipWelcome: true,
      prepare: ({ env, home }) => {
        const out = seed(env, home, local(bedtime).hhmm);
        assert.match(out, /^Imported:/);
      },
    });
  });
  after(async () => { await app?.close(); });

  test('a theme chosen with the keyboard shows at once', async () => {
    const { driver } = app;
    await clickRole(driver, 'button', 'Settings', { timeout: 15000 });
    const heading = await byRole(driver, 'heading', 'Appearance', { timeout: 10000 });
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', heading);
    await wears(driver, LIGHT, 'light', 5000);
    assert.equal((await colours(driver)).theme, 'light');
    await screenshot(driver, 'theme-light');
    // The radio group is worked with the arrow keys, as any radio group: Light → Dark → Night.
    const lightChoice = await byRole(driver, 'radio', 'Light');
    assert.equal(await lightChoice.isSelected(), true);
    await lightChoice.sendKeys(Key.ARROW_DOWN);
    await wears(driver, DARK, 'dark');
    assert.equal(await (await byRole(driver, 'radio', 'Dark')).isSelected(), true);
    await screenshot(driver, 'theme-dark');
    await (await byRole(driver, 'radio', 'Dark')).sendKeys(Key.ARROW_DOWN);
    await wears(driver, NIGHT, 'night');
    await screenshot(driver, 'theme-night');
    // With the night theme chosen, "after bedtime" has nothing to add and is not offered.
    const option = await byRole(driver, 'checkbox', 'Night look after bedtime', { exact: false });
    assert.equal(await option.isEnabled(), false);
    await clickRole(driver, 'button', 'Today');
    await wears(driver, NIGHT, 'night on the home screen');
    await screenshot(driver, 'theme-night-home');
    // The player's bright morning look gives way too: a morning routine opened at night stays dim.
    await clickRole(driver, 'button', 'Start Morning mobility', { timeout: 5000 });
    await byRole(driver, 'heading', 'Morning mobility', { timeout: 5000 });
    await wears(driver, NIGHT, 'night in the player of a morning routine');
    const player = await driver.executeScript(
      "const p = document.querySelector('.player'); return p ? getComputedStyle(p).backgroundColor : null;");
    assert.equal(player, NIGHT.bg);
    await screenshot(driver, 'theme-night-player-morning');
    await clickRole(driver, 'button', '← Back');
  });

  test('"night look after bedtime" turns the whole app night at the bedtime reminder, and not before', async () => {
    const { driver } = app;
    assert.ok(now() < bedtime - 5000, `the bedtime reminder (${local(bedtime).hhmm}) is still to come`);
    await clickRole(driver, 'button', 'Settings');
    await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', await byRole(driver, 'heading', 'Appearance'));
    // Back to light, then the option switched on with the space bar.
    await (await byRole(driver, 'radio', 'Night')).sendKeys(Key.ARROW_UP);
    await wears(driver, DARK, 'dark again');
    await (await byRole(driver, 'radio', 'Dark')).sendKeys(Key.ARROW_UP);
    await wears(driver, LIGHT, 'light again');
    const option = await byRole(driver, 'checkbox', 'Night look after bedtime', { exact: false });
    await option.sendKeys(Key.SPACE);
    await eventually(async () => option.isSelected(), { message: 'the option switched on' });
    const hint = await driver.findElement({ id: 'night-after-bedtime-hint' }).getText();
    assert.equal(hint, `From your bedtime reminder (${local(bedtime).hhmm}) until the day starts (04:00).`);
    // Before the reminder's minute: the day look.
    await sleep(300);
    await wears(driver, LIGHT, 'the day look before bedtime');
    await screenshot(driver, 'theme-before-bedtime');
    // The home screen, left alone: at the reminder's minute it turns night by itself.
    await clickRole(driver, 'button', 'Today');
    await wears(driver, LIGHT, 'the day look on the home screen');
    await sleep(Math.max(0, bedtime - now() - 1500));
    assert.deepEqual(await colours(driver), { ...LIGHT, theme: 'light' }, 'still day 1.5 s before the reminder');
    await wears(driver, NIGHT, 'the night look after the bedtime reminder', 6000);
    const switched = now();
    assert.ok(switched >= bedtime, 'not before the reminder');
    assert.equal((await colours(driver)).theme, 'night');
    await screenshot(driver, 'theme-after-bedtime-home');
    await clickRole(driver, 'button', 'Progress');
    await wears(driver, NIGHT, 'night on the progress screen');
    await screenshot(driver, 'theme-after-bedtime-progress');
  });
});

/**
 * Samples the player's figure drawing and breath pacer every 50 ms for `ms` and returns how often they changed
 * and the shortest time between two changes.
 */
async function motionDuring(driver, ms) {
  return driver.executeAsyncScript(`
    const [ms, done] = [arguments[0], arguments[arguments.length - 1]];
    const read = () => {
      const figure = document.querySelector('.player .figure svg');
      const pacer = document.querySelector('.player .pacer-dot');
      return (figure ? figure.innerHTML : '') + '|' + (pacer ? pacer.getAttribute('style') : '');
    };
    let last = read();
    const changes = [];
    const start = performance.now();
    const id = setInterval(() => {
      const now = read();
      if (now !== last) { changes.push(performance.now() - start); last = now; }
      if (performance.now() - start >= ms) {
        clearInterval(id);
        const gaps = changes.slice(1).map((t, i) => t - changes[i]);
        done({ changes: changes.length, shortestGap: gaps.length ? Math.min(...gaps) : null });
      }
    }, 50);
  `, ms);
}

/** Reads the countdown on screen against the time left that Rust itself reports (`session_current`), every
 * ~100 ms for `ms`. Rust sends its view when the step or the phase changes; the seconds in between are the
 * page's own. A reading counts when the screen said the same before and after Rust answered and Rust's time
 * was not within 60 ms of a whole second (the answer takes a few milliseconds). */
async function countdownAgainstRust(driver, ms) {
  return driver.executeAsyncScript(`
    const [ms, done] = [arguments[0], arguments[arguments.length - 1]];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const shownNow = () => Number.parseInt(document.querySelector('.player [role="timer"]')?.getAttribute('aria-label') ?? '', 10);
    const result = { checked: 0, seconds: 0, wrong: [] };
    const seen = new Set();
    const start = performance.now();
    (async () => {
      while (performance.now() - start < ms) {
        const before = shownNow();
        const view = await invoke('session_current');
        const after = shownNow();
        const left = view?.snapshot?.stepMsLeft;
        if (view?.snapshot?.state === 'running' && before === after && typeof left === 'number') {
          const fraction = left % 1000;
          if (fraction > 60 && fraction < 940) {
            const rust = Math.ceil(left / 1000);
            result.checked += 1;
            seen.add(rust);
            if (rust !== before) result.wrong.push({ shown: before, rustMsLeft: left });
          }
        }
        await new Promise((r) => setTimeout(r, 97));
      }
      result.seconds = seen.size;
      done(result);
    })().catch((error) => done({ checked: 0, seconds: 0, wrong: [String(error)] }));
  `, ms);
}

/** Starts the 2-minute reset at real speed and waits for its breathing (the figure and the pacer move). */
async function breathing(driver) {
  await clickRole(driver, 'button', 'Start 2-minute reset', { timeout: 15000 });
  await clickRole(driver, 'button', 'Start', { timeout: 5000 });
  await byRole(driver, 'button', 'Pause', { timeout: 5000 });
  await eventually(async () => (await driver.findElements({ css: '.player .pacer-dot' })).length > 0,
    { timeout: 20000, message: 'the breathing step and its pacer' });
}

/** No sound device, so the routine runs silently on any machine (as the player's own test does). */
const noSoundCard = 'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n';

describe('reduced motion', () => {
  test('with GTK animations off the page prefers reduced motion and the player shows still poses', async (t) => {
    const app = await launch({
      skipWelcome: true,
      prepare: ({ env }) => {
        writeFileSync(join(env.HOME, '.asoundrc'), noSoundCard);
        mkdirSync(join(env.XDG_CONFIG_HOME, 'gtk-3.0'), { recursive: true });
        writeFileSync(join(env.XDG_CONFIG_HOME, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
      },
    });
    try {
      const { driver } = app;
      assert.equal(await driver.executeScript("return matchMedia('(prefers-reduced-motion: reduce)').matches"), true,
        'WebKitGTK reads gtk-enable-animations=false as prefers-reduced-motion: reduce');
      await breathing(driver);
      const seen = await motionDuring(driver, 6000);
      t.diagnostic(`reduced motion: ${seen.changes} changes in 6 s, the shortest gap ${seen.shortestGap} ms`);
      // A breath in or out lasts seconds: still poses change with the phase, never frame by frame.
      assert.ok(seen.changes <= 4, `the figure changed ${seen.changes} times in 6 s`);
      if (seen.shortestGap !== null) assert.ok(seen.shortestGap >= 900, `two changes ${seen.shortestGap} ms apart`);
      await screenshot(driver, 'theme-reduced-motion-player');
    } finally {
      await app.close();
    }
  });

  test('without the setting the same breathing is animated (the check above can fail)', async (t) => {
    const app = await launch({
      skipWelcome: true,
      prepare: ({ env }) => writeFileSync(join(env.HOME, '.asoundrc'), noSoundCard),
    });
    try {
      const { driver } = app;
      assert.equal(await driver.executeScript("return matchMedia('(prefers-reduced-motion: reduce)').matches"), false);
      await breathing(driver);
      const seen = await motionDuring(driver, 6000);
      t.diagnostic(`animated: ${seen.changes} changes in 6 s, the shortest gap ${seen.shortestGap} ms`);
      // The player moves the figure and the pacer at the countdown's whole and half seconds (at most twice a
      // second): more often than the still poses above, and closer together than a second.
      assert.ok(seen.changes > 6, `the figure changed only ${seen.changes} times in 6 s`);
      assert.ok(seen.shortestGap !== null && seen.shortestGap < 900, `never between two seconds: ${seen.shortestGap} ms`);
      const count = await countdownAgainstRust(driver, 6000);
      t.diagnostic(`countdown: ${count.checked} readings against Rust's time, ${count.seconds} different seconds, ` +
        `${count.wrong.length} wrong`);
      assert.deepEqual(count.wrong, [], 'the seconds shown are the seconds Rust counts');
      assert.ok(count.checked >= 20 && count.seconds >= 4, `too few readings: ${JSON.stringify(count)}`);
    } finally {
      await app.close();
    }
  });
});

