// Sync between computers in the settings (issue 21): with sync off, the section says what it does and offers
// the folder picker (LIMBER_E2E_DIALOG_PATH stands in for it, as for the export dialogs); a folder chosen shows
// the folder and "Last synced"; a second data directory (a second computer, made with `limber --fault-writes`
// and `limber sync --folder` on the same folder) appears after "Sync now", with a conflict copy of its file
// listed as skipped and why; a folder that has gone away raises the problem line; the computer is removed with
// the keyboard after its one-line confirmation; "What the files contain" says what the files hold; and
// "Stop syncing" leaves the files. Then the same section, set up from the command line before the app starts,
// in the day and the night look (the night look is the system's dark setting, asked for with GTK_THEME).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { launch, binary, byRole, allByRole, clickRole, eventually, audit, screenshot, tempHome } from './harness.mjs';
import { local, now, pinned } from './clock.mjs';

// Run at a pinned instant (tests/run-e2e.mjs): the local times the section shows are computed from it.
const instant = pinned();
const SECTION = 'Sync between your computers';
const OWN_FILE = /^limber-[0-9a-f]{16}\.jsonl$/;

/** The "HH:MM" of the shared clock now, in the pinned zone. */
const hhmmNow = () => local(now(), instant.zone).hhmm;

/** `text` as a regular expression that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Limber's own per-computer files in `folder`. */
function ownFiles(folder) {
  return readdirSync(folder).filter((name) => OWN_FILE.test(name)).sort();
}

/** The header of a computer's file: { device, name }. */
function header(folder, file) {
  return JSON.parse(readFileSync(join(folder, file), 'utf8').split('\n')[0]);
}

/**
 * The label the section gives another computer: its name, with the start of its id when this computer has the
 * same name (both data directories live on this machine, so they do).
 */
function labelOf(other, mine) {
  return other.name.toLowerCase() === mine.name.toLowerCase() ? `${other.name} (${other.device.slice(0, 4)}…)` : other.name;
}

/**
 * Makes a second computer: a data directory of its own with one session and one check-in saved through the
 * app's own paths, which then syncs through `folder`. It runs on a session bus of its own, so its "data changed"
 * call reaches no Limber of this test. Returns the `limber sync` summary.
 */
function secondComputer(folder) {
  const { dir, env } = tempHome('limber-e2e-sync-b-');
  const full = { ...process.env, ...env };
  execFileSync('dbus-run-session', ['--', binary, '--fault-writes', '1', '1'], { env: full, encoding: 'utf8' });
  const summary = execFileSync('dbus-run-session', ['--', binary, 'sync', '--folder', folder], { env: full, encoding: 'utf8' });
  return { dir, summary };
}

/** Clicks through the page, so a control under the fold is clicked as a person would after scrolling. */
async function click(driver, element) {
  await driver.executeScript('arguments[0].click()', element);
}

/** The sync section's element, scrolled to the top of the window. */
async function section(driver) {
  const region = await byRole(driver, 'region', SECTION, { timeout: 10000 });
  await driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', region);
  return region;
}

async function openSettings(driver) {
  await click(driver, await byRole(driver, 'button', 'Settings', { timeout: 15000 }));
  return section(driver);
}

/** The text of the element that has the keyboard focus. */
function focusedText(driver) {
  return driver.executeScript('return document.activeElement ? document.activeElement.textContent.replace(/\\s+/g, " ").trim() : ""');
}

/**
 * Waits until a status line of the page reads `text` (a status takes its name from its author, not its
 * content, so it is found by its text).
 */
function statusSays(driver, text, timeout = 10000) {
  return eventually(async () => {
    for (const status of await allByRole(driver, 'status', null)) if ((await status.getText()) === text) return true;
    return false;
  }, { timeout, message: `a status line saying ${JSON.stringify(text)}` });
}

/** Opens "What the files contain" and returns its text. */
async function disclosure(driver) {
  const summary = await driver.executeScript(
    'return Array.from(document.querySelectorAll("summary")).find((s) => s.textContent.trim() === "What the files contain") || null',
  );
  assert.ok(summary, 'a "What the files contain" disclosure');
  await click(driver, summary);
  return driver.executeScript('return arguments[0].parentElement.textContent.replace(/\\s+/g, " ").trim()', summary);
}

describe('setting up sync in the settings', () => {
  let app;
  let base;
  let folder;
  let other;
  // The second computer's label, once "Sync now" has brought it in.
  let label;
  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'limber-e2e-sync-'));
    // A folder with a space in its name, as "Sync folder" or "Dropbox (Personal)" often have.
    folder = join(base, 'Sync folder');
    mkdirSync(folder);
    app = await launch({ env: { LIMBER_E2E_DIALOG_PATH: folder }, skipWelcome: true });
  });
  after(async () => {
    await app?.close();
    if (other) rmSync(other.dir, { recursive: true, force: true });
    rmSync(base, { recursive: true, force: true });
  });

  test('off, the section says what sync does and offers the folder picker', async () => {
    const { driver } = app;
    const region = await openSettings(driver);
    const text = await region.getText();
    for (const words of ['Syncthing', 'Nextcloud', 'Dropbox', 'OneDrive', 'iCloud Drive', 'USB stick', 'one file for this computer',
      'never uses the network']) {
      assert.ok(text.includes(words), `the explanation mentions ${words}: ${text}`);
    }
    await byRole(driver, 'button', 'Choose sync folder…');
    assert.equal((await allByRole(driver, 'button', 'Sync now')).length, 0, 'no "Sync now" while sync is off');
    await screenshot(driver, 'sync-off');
  });

  test('choosing a folder shows it and when it was last synced, and writes one file there', async () => {
    const { driver } = app;
    const before = hhmmNow();
    await clickRole(driver, 'button', 'Choose sync folder…');
    await byRole(driver, 'button', 'Sync now', { timeout: 10000 });
    const after = hhmmNow();
    const region = await section(driver);
    const text = await region.getText();
    assert.ok(text.includes(folder), `the folder is shown: ${text}`);
    const synced = /Last synced\s+just now \((\d\d:\d\d)\)/.exec(text);
    assert.ok(synced, `"Last synced" says just now with the local time: ${text}`);
    assert.ok([before, after].includes(synced[1]), `the local time ${synced[1]} is the pinned clock's (${before}-${after})`);
    assert.match(text, new RegExp(`This computer\\s+${literally(hostname())}`));
    assert.match(text, /None yet/);
    // The keyboard lands on "Sync now", the next thing to do.
    assert.equal(await focusedText(driver), 'Sync now');
    await statusSays(driver, `Limber now syncs through ${folder}.`);
    // Only the chosen folder is written, and only this computer's one file in it.
    assert.deepEqual(readdirSync(folder), ownFiles(folder));
    assert.equal(ownFiles(folder).length, 1);
    await screenshot(driver, 'sync-on');
    await audit(driver, 'sync-on', { openDetails: false });
  });

  test('"Sync now" brings in a second computer, and a conflict copy is skipped with its reason', async () => {
    const { driver } = app;
    const [mine] = ownFiles(folder);
    other = secondComputer(folder);
    assert.match(other.summary, /Synced with/);
    const theirs = ownFiles(folder).find((file) => file !== mine);
    assert.ok(theirs, `the second computer wrote its file: ${readdirSync(folder)}`);
    // The sync tool's copy of a file both sides changed: never read, said why.
    const conflict = theirs.replace(/\.jsonl$/, '.sync-conflict-20270113-095800-ABCDEFG.jsonl');
    copyFileSync(join(folder, theirs), join(folder, conflict));

    label = labelOf(header(folder, theirs), header(folder, mine));
    await clickRole(driver, 'button', 'Sync now');
    const remove = await byRole(driver, 'button', `Remove ${label}`, { timeout: 10000 });
    assert.ok(remove);
    const list = await byRole(driver, 'list', 'Your other computers');
    const row = await list.getText();
    assert.match(row, /\d+ changes?, last change (just now|\d+ minutes? ago) \(\d\d:\d\d\)/, `the computer's changes and last change: ${row}`);
    const skipped = await byRole(driver, 'list', 'Skipped on the last pass');
    const why = await skipped.getText();
    assert.ok(why.includes(conflict), `the conflict copy is listed: ${why}`);
    assert.match(why, /conflict/i, `with why: ${why}`);
    await statusSays(driver, 'Synced.');
    await section(driver);
    await screenshot(driver, 'sync-device');
    rmSync(join(folder, conflict));
  });

  test('a folder that has gone away is said in plain words, and using it again clears that', async () => {
    const { driver } = app;
    const away = join(base, 'unplugged');
    renameSync(folder, away);
    try {
      await clickRole(driver, 'button', 'Sync now');
      const alert = await eventually(async () => {
        for (const candidate of await allByRole(driver, 'alert', null)) {
          const text = await candidate.getText();
          if (text.trim()) return text;
        }
        return null;
      }, { timeout: 10000, message: 'the problem with the folder' });
      assert.ok(!/sqlite|os error|errno/i.test(alert), `plain words, not raw error text: ${alert}`);
      await section(driver);
      await screenshot(driver, 'sync-problem');
      await audit(driver, 'sync-problem', { openDetails: false });
    } finally {
      renameSync(away, folder);
    }
    await clickRole(driver, 'button', 'Sync now');
    await eventually(async () => (await allByRole(driver, 'alert', null)).length === 0, {
      timeout: 10000, message: 'the problem line to go once the folder is back',
    });
  });

  test('the second computer is removed with the keyboard after a one-line confirmation', async () => {
    const { driver } = app;
    assert.ok(label, 'the second computer was brought in by the test before');
    const remove = await byRole(driver, 'button', `Remove ${label}`);
    await remove.sendKeys(Key.ENTER);
    const confirm = await byRole(driver, 'button', `Keep ${label}`);
    const line = await driver.executeScript('return arguments[0].closest("p").textContent.replace(/\\s+/g, " ").trim()', confirm);
    assert.match(line, new RegExp(`^Stop reading ${literally(label)}'s file\\? What it brought stays\\.`));
    assert.equal(await focusedText(driver), `Keep ${label}`, 'the confirmation takes the focus, on the safe choice');
    await section(driver);
    await screenshot(driver, 'sync-remove-confirm');
    await audit(driver, 'sync-remove-confirm', { openDetails: false });
    // Escape keeps it and gives the focus back to its button.
    await driver.switchTo().activeElement().sendKeys(Key.ESCAPE);
    await eventually(async () => (await focusedText(driver)) === `Remove ${label}`, { message: 'the focus back on the remove button' });
    // Enter, then Shift+Tab from "Keep" to "Yes, remove", then Enter.
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await eventually(async () => (await focusedText(driver)) === `Keep ${label}`, { message: 'the confirmation again' });
    await driver.switchTo().activeElement().sendKeys(Key.chord(Key.SHIFT, Key.TAB));
    assert.equal(await focusedText(driver), `Yes, remove ${label}`);
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await statusSays(driver, `Removed ${label}: Limber no longer reads its file. What it brought stays.`);
    assert.equal((await allByRole(driver, 'button', `Remove ${label}`)).length, 0, 'the computer is gone from the list');
    assert.equal(await focusedText(driver), 'Your other computers', 'the focus goes to the list\'s heading');
    // Its file stays in the folder: Limber writes only its own.
    assert.equal(ownFiles(folder).length, 2);
    await section(driver);
    await screenshot(driver, 'sync-removed');
  });

  test('"What the files contain" says what they hold and that they are not encrypted', async () => {
    const { driver } = app;
    const text = await disclosure(driver);
    assert.ok(text.includes('Your sessions, check-ins (journal), rest days, your own routines, and your reminder times, routine plan and goals.'), text);
    assert.ok(text.includes('Not your sound settings or window size.'), text);
    assert.ok(text.includes('readable JSON, not encrypted, so choose a folder you trust'), text);
    await screenshot(driver, 'sync-contents');
  });

  test('"Stop syncing" turns sync off and leaves the files', async () => {
    const { driver } = app;
    const files = ownFiles(folder);
    await clickRole(driver, 'button', 'Stop syncing');
    await byRole(driver, 'button', 'Choose sync folder…', { timeout: 10000 });
    await statusSays(driver, `Stopped syncing. Limber's files stay in ${folder}; choose the folder again to start again.`);
    assert.equal(await focusedText(driver), 'Choose sync folder…');
    assert.deepEqual(ownFiles(folder), files);
    assert.equal((await allByRole(driver, 'button', 'Sync now')).length, 0);
  });
});

describe('the section set up from the command line, in the day and the night look', () => {
  for (const look of ['day', 'night']) {
    test(`${look}: the folder, the other computer and a skipped file`, async () => {
      const base = mkdtempSync(join(tmpdir(), 'limber-e2e-sync-look-'));
      const folder = join(base, 'Sync');
      mkdirSync(folder);
      const other = secondComputer(folder);
      const [theirs] = ownFiles(folder);
      copyFileSync(join(folder, theirs), join(folder, theirs.replace(/\.jsonl$/, ' (conflicted copy 2027-01-13).jsonl')));
      let app;
      try {
        app = await launch({
          env: look === 'night' ? { GTK_THEME: 'Adwaita:dark' } : {},
          skipWelcome: true,
          // `limber sync --folder` chooses the folder as the settings do, before the app starts.
          prepare: ({ env }) => {
            const summary = execFileSync('dbus-run-session', ['--', binary, 'sync', '--folder', folder], { env, encoding: 'utf8' });
            assert.match(summary, /Synced with/);
          },
        });
        const { driver } = app;
        const dark = await driver.executeScript('return matchMedia("(prefers-color-scheme: dark)").matches');
        assert.equal(dark, look === 'night', `the page is in the ${look} look`);
        const region = await openSettings(driver);
        // The section is drawn first and its state comes in a moment later.
        const text = await eventually(async () => {
          const now = await region.getText();
          return now.includes(folder) ? now : null;
        }, { timeout: 10000, message: `the section to name ${folder}` });
        assert.match(text, /Last synced\s+(just now|\d+ minutes? ago) \(\d\d:\d\d\)/);
        await allByRole(driver, 'button', 'Remove ', { exact: false }).then((buttons) => assert.equal(buttons.length, 1));
        const skipped = await byRole(driver, 'list', 'Skipped on the last pass');
        assert.match(await skipped.getText(), /conflicted copy/);
        await disclosure(driver);
        await section(driver);
        await screenshot(driver, `sync-${look}`);
        await audit(driver, `sync-${look}`, { openDetails: false });
      } finally {
        await app?.close();
        rmSync(other.dir, { recursive: true, force: true });
        rmSync(base, { recursive: true, force: true });
      }
    });
  }
});
