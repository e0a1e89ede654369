// Issue 22: every language Limber offers, screen by screen, as a person whose system speaks it meets them
// (language.test.mjs walks German control by control, and the pseudo language). About 2 minutes. In a full
// two-lane run on 2026-12-07 it once hung after its sixth language (a launch that never returned): the harness now
// gives a new session 90 s and then launches once more, each lane takes its ports from a block of its own, and
// no test may run over 5 minutes (tests/run-e2e.mjs), so a hang is a failure that is retried, never a stall.
//
// For each language, Limber starts with the system's LANG set to it (en_GB.UTF-8, ja_JP.UTF-8, …) on a fresh
// data folder, and on the first run's first step, every screen of the navigation (Today, Progress, Check-in,
// Exercises, Sleep setup, Settings, Help), the routine editor and the player (start screen and running):
// - the navigation's buttons are that language's words from the catalogue (so the system's language was
//   followed, with no setting);
// - no visible text, accessible name or placeholder is an English message of the catalogue that the language
//   says differently (an English word that slipped through);
// - no text is wider than its box, at the window's size and again at 200% text size (the page's root font
//   size doubled, as a person who needs large text sets it);
// - Settings says the voice coach plays tones only, except in a language it has a voice for (Japanese);
// - a screenshot of each, target/e2e/screenshots/languages-<tag>-<screen>.png (and -200 for large text), to
//   look at. Japanese and Chinese are drawn with the system's Noto CJK (installed by the test set-up).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, cutOff, eventually, screenshot } from './harness.mjs';
import { parse, readFiles, readLanguages } from '../../scripts/i18n-lib.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The POSIX locale a system in each language sets. */
const POSIX = {
  en: 'en_GB', de: 'de_DE', es: 'es_ES', fr: 'fr_FR', 'pt-BR': 'pt_BR', it: 'it_IT', nl: 'nl_NL', pl: 'pl_PL', ja: 'ja_JP', 'zh-CN': 'zh_CN',
};

/** The languages the voice coach speaks: those with clips of their own. */
const VOICES = new Set(readdirSync(join(root, 'assets', 'audio', 'voice'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory()).map((entry) => entry.name));

const LANGUAGES = readLanguages(root).languages
  .filter(({ status }) => status === 'complete')
  .map(({ tag }) => tag);

/** The messages of one language that are plain text (no variables, no selects): Map<id, text>. */
function plainMessages(tag) {
  const out = new Map();
  for (const { text } of readFiles(root, tag)) {
    for (const [id, message] of parse(text).messages) {
      const elements = message.value?.elements ?? [];
      if (elements.length > 0 && elements.every((e) => e.type === 'TextElement')) {
        out.set(id, elements.map((e) => e.value).join('').trim());
      }
    }
  }
  return out;
}

const english = plainMessages('en');

/**
 * The English texts that must not appear in `tag`: each plain English message the language says differently,
 * of at least two words or one long word (a single short word such as "OK" or "Limber" may be the same in both).
 */
function englishOnly(tag) {
  const own = plainMessages(tag);
  const words = new Set();
  for (const [id, text] of english) {
    const theirs = own.get(id);
    if (theirs === undefined || theirs === text) continue;
    if (text.split(/\s+/).length >= 2 || text.length >= 8) words.add(text);
  }
  return words;
}

/** Every visible text node, accessible name, placeholder and title on the screen, trimmed. */
async function shownTexts(driver) {
  return driver.executeScript(`
    const out = new Set();
    const visible = (el) => { const s = getComputedStyle(el); return s.display !== 'none' && s.visibility !== 'hidden'; };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && node.parentElement && visible(node.parentElement)) out.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.add(value);
      }
    }
    // Whole elements too: a sentence split by a link or a <strong> is one text to a reader.
    for (const el of document.querySelectorAll('p, li, h1, h2, h3, button, label, legend, summary, th, td, option')) {
      if (visible(el)) out.add(el.textContent.replace(/\\s+/g, ' ').trim());
    }
    return Array.from(out);
  `);
}

/**
 * Checks the screen as it is and at 200% text size, with a screenshot of each; what is wrong goes into `problems`
 * (the test fails at its end with all of them, so one run shows every screen's faults).
 */
async function look(driver, tag, screen, forbidden, problems) {
  const leaks = (await shownTexts(driver)).filter((text) => forbidden.has(text));
  if (leaks.length > 0) problems.push(`English on the ${screen} screen: ${JSON.stringify(leaks)}`);
  await screenshot(driver, `languages-${tag}-${screen}`);
  const cut = await cutOff(driver);
  if (cut.length > 0) problems.push(`cut off on the ${screen} screen: ${JSON.stringify(cut)}`);
  await driver.executeScript("document.documentElement.style.fontSize = '200%'; window.scrollTo(0, 0);");
  try {
    await screenshot(driver, `languages-${tag}-${screen}-200`);
    const large = await cutOff(driver);
    if (large.length > 0) problems.push(`cut off on the ${screen} screen at 200%: ${JSON.stringify(large)}`);
  } finally {
    await driver.executeScript("document.documentElement.style.fontSize = '';");
  }
}

for (const tag of LANGUAGES) {
  describe(`a system in ${tag}`, () => {
    let app;
    after(async () => { await app?.close(); });
    const own = plainMessages(tag);
    const forbidden = englishOnly(tag);

    test(`the first run, every screen and the player speak ${tag}, with nothing cut off`, { timeout: 120_000 }, async () => {
      const posix = `${POSIX[tag] ?? tag.replace('-', '_')}.UTF-8`;
      app = await launch({ env: { LANG: posix, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' } });
      const { driver } = app;
      const problems = [];
      const skip = await eventually(async () => (await driver.findElements({ css: 'main.welcome header button' }))[0], {
        timeout: 15000, message: 'the first run',
      });
      assert.equal(await driver.executeScript('return document.documentElement.lang'), tag, 'the page says its language');
      await look(driver, tag, 'welcome', forbidden, problems);
      await skip.click();

      // The navigation's buttons, in order, named in the language: the system's language was followed.
      const navIds = ['nav-today', 'nav-progress', 'nav-checkin', 'nav-exercises', 'nav-sleep', 'nav-settings', 'nav-help'];
      const buttons = await eventually(async () => {
        const found = await driver.findElements({ css: 'nav button' });
        return found.length === navIds.length ? found : null;
      }, { timeout: 10000, message: 'the navigation' });
      const labels = await Promise.all(buttons.map((b) => b.getText()));
      assert.deepEqual(labels, navIds.map((id) => own.get(id)), `the navigation in ${tag}`);

      const screens = ['today', 'progress', 'check-in', 'exercises', 'sleep', 'settings', 'help'];
      for (const [index, screen] of screens.entries()) {
        await driver.executeScript('window.scrollTo(0, 0)');
        await (await driver.findElements({ css: 'nav button' }))[index].click();
        await eventually(async () => driver.executeScript(
          "return document.querySelector('nav button[aria-current=\"page\"]')?.textContent.trim() === arguments[0]" +
            " && document.querySelector('main h1') !== null",
          labels[index],
        ), { timeout: 10000, message: `the ${screen} screen in ${tag}` });
        await look(driver, tag, screen, forbidden, problems);
        if (screen === 'settings') {
          // The voice coach speaks only where it has a voice of its own (assets/audio/voice/<tag>/); elsewhere
          // Settings says, in the language, that routines play tones only.
          const note = own.get('sound-voice-not-in-language');
          const shown = (await driver.findElement({ css: 'main' }).getText()).includes(note);
          assert.equal(shown, !VOICES.has(tag), `the "no voice in this language" note in ${tag}`);
        }
      }

      // The routine editor, on a new routine: its fields and the exercises to add, named in the language.
      await (await driver.findElements({ css: 'nav button' }))[0].click();
      const newRoutine = await eventually(async () => {
        for (const button of await driver.findElements({ css: 'main button' })) {
          if ((await button.getText()) === own.get('routines-new')) return button;
        }
        return null;
      }, { timeout: 10000, message: `"${own.get('routines-new')}"` });
      await newRoutine.click();
      await eventually(async () => driver.executeScript(
        "return document.querySelector('main h1')?.textContent.trim() === arguments[0]", own.get('editor-title-new'),
      ), { timeout: 10000, message: `the editor in ${tag}` });
      await look(driver, tag, 'editor', forbidden, problems);

      // The player: the first routine's start screen, then running.
      await (await driver.findElements({ css: 'nav button' }))[0].click();
      const start = await eventually(async () => (await driver.findElements({ css: 'ul.routines li button.primary' }))[0], {
        timeout: 10000, message: 'a routine to start',
      });
      await start.click();
      const go = await eventually(async () => (await driver.findElements({ css: 'main.intro button.primary' }))[0], {
        timeout: 10000, message: "the player's start screen",
      });
      await look(driver, tag, 'player-start', forbidden, problems);
      await go.click();
      await eventually(async () => (await driver.findElements({ css: '#pause-button' }))[0], {
        timeout: 10000, message: 'the running player',
      });
      await look(driver, tag, 'player', forbidden, problems);
      assert.deepEqual(problems, [], `${tag}:\n${problems.join('\n')}`);
    });
  });
}
