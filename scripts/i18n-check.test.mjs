// The catalogue check must be able to fail: each test plants one fault in a copy of the checkout, sees the check
// name it, and the untouched copy passes. Run: node --test scripts/i18n-check.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from './i18n-check.mjs';
import { contentFiles } from './content-l10n.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const COPIED = [
  'assets/locales',
  'assets/exercises',
  'assets/routines',
  'assets/content',
  'ui/src',
  'crates',
  'src-tauri/src',
  'src-tauri/linux',
  'scripts/desktop-l10n.mjs',
];

let copy;
let originals;

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'limber-i18n-check-'));
  for (const part of COPIED) {
    cpSync(join(root, part), join(copy, part), {
      recursive: true,
      filter: (path) => !/[\\/](target|node_modules)([\\/]|$)/.test(path),
    });
  }
  originals = new Map();
});
after(() => rmSync(copy, { recursive: true, force: true }));

/** Changes one file of the copy for one test (a change that gives null removes it); `restore` puts every changed file back. */
function plant(path, change) {
  const full = join(copy, path);
  // A file the copy does not have yet is made (from "") and removed again by `restore`.
  const before = existsSync(full) ? readFileSync(full, 'utf8') : null;
  if (!originals.has(full)) originals.set(full, before);
  const after = change(before ?? '');
  if (after === null) rmSync(full, { force: true });
  else writeFileSync(full, after);
}
function restore() {
  for (const [full, text] of originals) {
    if (text === null) rmSync(full);
    else writeFileSync(full, text);
  }
  originals.clear();
}

/** The copy's en/content-*.ftl written again from its JSON, as a person who ran content-l10n.mjs would have. */
function regenerateContent() {
  for (const [name, text] of contentFiles(copy)) plant(`assets/locales/en/${name}`, () => text);
}

/** Plants a fault and expects a failure matching `expected`. */
function fails(faults, expected) {
  try {
    for (const [path, change] of faults) plant(path, change);
    const { failures } = check(copy);
    assert.ok(
      failures.some((failure) => expected.test(failure)),
      `expected a failure matching ${expected}, got:\n${failures.join('\n') || '(none)'}`,
    );
  } finally {
    restore();
  }
}

describe('the catalogue check', () => {
  test('passes on the checkout as it is', () => {
    assert.deepEqual(check(copy).failures, []);
  });

  test('fails on a menu entry edited by hand', () => {
    fails([['src-tauri/linux/limber.desktop.hbs', (t) => t.replace('Name[de]=Abendroutine starten', 'Name[de]=Abend')]],
      /^src-tauri\/linux\/limber\.desktop\.hbs is not what the catalogue makes/);
  });

  test('fails on a software-centre text changed in the catalogue but not written out', () => {
    fails([['assets/locales/de/desktop.ftl', (t) => t.replace('Tipps zu Schlafpositionen', 'Hinweise zu Schlafpositionen')]],
      /^src-tauri\/linux\/app\.limber\.desktop\.metainfo\.xml is not what the catalogue makes/);
  });

  test('fails on a key the menu entry needs that a shipped language lacks', () => {
    fails([['assets/locales/de/desktop.ftl', (t) => t.replace(/^desktop-action-morning = .*\n/m, '')]],
      /desktop\.hbs cannot be written from the catalogue: .*de\/desktop\.ftl has no "desktop-action-morning"/);
  });

  test('fails on a key defined twice in one file (Fluent would keep the first without a word)', () => {
    fails([['assets/locales/en/nav.ftl', (t) => `${t}\nnav-help = Help again\n`]], /^en: "nav-help" is defined twice \(in nav\.ftl\)/);
  });

  test('fails on a key missing from a complete language', () => {
    fails([['assets/locales/de/nav.ftl', (t) => t.replace(/^nav-help = .*\n/m, '')]], /^de \(complete\) is missing "nav-help"/);
  });

  test('fails on a key the source does not have', () => {
    fails([['assets/locales/es/language.ftl', (t) => `${t}nav-elsewhere = Otro\n`]], /"nav-elsewhere" is not in the source language/);
  });

  test('fails on a key no code uses', () => {
    fails([['assets/locales/en/nav.ftl', (t) => `${t}nav-nowhere = Nowhere\n`]], /"nav-nowhere" is used by no code/);
  });

  test('fails on a key the code asks for that does not exist', () => {
    fails([['ui/src/lib/Nav.svelte', (t) => t.replace("t('nav-label')", "t('nav-lable')")]], /Nav\.svelte: asks for "nav-lable"/);
  });

  test('fails on a variable the source does not have', () => {
    fails([['assets/locales/de/home.ftl', (t) => t.replace('home-start = Starten', 'home-start = { $name } starten')]], /"home-start" uses \$name/);
  });

  test('fails on a file that does not parse', () => {
    fails([['assets/locales/de/tray.ftl', (t) => `${t}tray-broken = { $count ->\n`]], /de\/tray\.ftl does not parse/);
  });

  test('fails on a stale pseudo language', () => {
    fails([['assets/locales/en-XA/nav.ftl', (t) => t.replace(/^nav-help = .*$/m, 'nav-help = [Help]')]], /en-XA is stale/);
  });

  test('fails on words in a migrated Svelte file\'s markup', () => {
    fails([['ui/src/lib/Nav.svelte', (t) => t.replace('</nav>', '<p>Choose a screen</p>\n</nav>')]], /Nav\.svelte:\d+: "Choose a screen"/);
  });

  test('fails on words in a migrated Svelte file\'s attribute', () => {
    fails([['ui/src/screens/Home.svelte', (t) => t.replace('class="tagline"', 'class="tagline" title="Welcome"')]], /Home\.svelte:\d+: "Welcome"/);
  });

  test('fails on words in a migrated Svelte file\'s script', () => {
    fails([['ui/src/screens/Home.svelte', (t) => t.replace('let loading', "const empty = 'No routines yet';\n  let loading")]], /Home\.svelte:\d+: "No routines yet"/);
  });

  test('fails on words in a migrated Rust module', () => {
    fails([['crates/limber-app/src/tray_menu.rs', (t) => t.replace('quit: text("tray-quit"),', 'quit: "Quit now".to_owned(),')]], /tray_menu\.rs:\d+: "Quit now"/);
  });

  test('fails on a generated content file edited by hand', () => {
    fails([['assets/locales/en/content-exercises.ftl', (t) => t.replace('exercise-cat-cow-name = Cat-cow', 'exercise-cat-cow-name = Cat and cow')]],
      /^en\/content-exercises\.ftl is not what the content JSON makes/);
  });

  test('fails on content JSON changed without writing the catalogue again', () => {
    fails([['assets/routines/morning-mobility.json', (t) => t.replace('"Morning mobility"', '"Morning moves"')]],
      /^en\/content-routines\.ftl is not what the content JSON makes/);
  });

  test('content keys count as used although no code names them', () => {
    const { failures } = check(copy);
    assert.ok(!failures.some((f) => /exercise-cat-cow-step-1/.test(f)), failures.join('\n'));
  });

  /** Changes an exercise's JSON in the copy and writes its English catalogue again; returns the failures. */
  function afterEnglishChange(path, change) {
    try {
      plant(path, change);
      regenerateContent();
      return check(copy).failures;
    } finally {
      restore();
    }
  }

  test('flags every translation of a numbered list whose English changed', () => {
    const failures = afterEnglishChange('assets/exercises/cat-cow.json', (t) =>
      t.replace('"Keep the movement slow and smooth, never bouncing.",\n', ''));
    for (const n of [1, 2, 3, 4]) {
      assert.ok(
        failures.some((f) => f.startsWith(`de/content-exercises.ftl: "exercise-cat-cow-step-${n}" (of the list exercise-cat-cow-step-*) was translated from English that has changed since`)),
        `step ${n}:\n${failures.join('\n')}`,
      );
    }
    // The German list still has a fifth step, which the source no longer has.
    assert.ok(failures.some((f) => /"exercise-cat-cow-step-5" is not in the source language/.test(f)), failures.join('\n'));
  });

  test('flags the translation of a caution whose English changed, and only that list', () => {
    const failures = afterEnglishChange('assets/exercises/plank.json', (t) =>
      t.replace('Start with short holds and build up', 'Start with short holds and build up slowly'));
    assert.ok(failures.some((f) => /^de\/content-safety\.ftl: "exercise-plank-caution-2" \(of the list exercise-plank-caution-\*\) was translated from English that has changed/.test(f)), failures.join('\n'));
    assert.ok(failures.some((f) => /"exercise-plank-caution-1" \(of the list/.test(f)), failures.join('\n'));
    assert.ok(!failures.some((f) => /exercise-plank-step-/.test(f)), failures.join('\n'));
  });

  test('flags the translation of a red flag whose English changed', () => {
    const failures = afterEnglishChange('assets/content/safety.json', (t) =>
      t.replace('A throbbing or pulsing pain in your belly.', 'A throbbing pain in your belly.'));
    assert.ok(failures.some((f) => /^de\/content-safety\.ftl: "safety-sign-belly-throbbing" was translated from English that has changed/.test(f)), failures.join('\n'));
    assert.ok(!failures.some((f) => /"safety-sign-chest-pain"/.test(f)), failures.join('\n'));
  });

  test('fails on a translated content message with no record of its English', () => {
    fails([['assets/locales/de/content-translated.json', (t) => t.replace(/\n  "routine-two-minute-reset-name": "[0-9a-f]+",/, '')]],
      /^de\/content-routines\.ftl: "routine-two-minute-reset-name" has no record in de\/content-translated\.json/);
  });

  test('fails on a safety message without a back-translation', () => {
    fails([['assets/locales/de/back/content-safety.ftl', (t) => t.replace(/^safety-sign-numb-saddle = .*\n/m, '')]],
      /^de\/back\/content-safety\.ftl has no back-translation of "safety-sign-numb-saddle"/);
  });

  test('fails on a back-translation of a key the source does not have', () => {
    fails([['assets/locales/de/back/content-safety.ftl', (t) => `${t}safety-sign-old = An old sign.\n`]],
      /^de\/back\/content-safety\.ftl: "safety-sign-old" is not a safety message of the source/);
  });

  test('fails on a translated language with safety text but no back-translations at all', () => {
    fails([['assets/locales/es/back/content-safety.ftl', () => null]], /^es\/back\/content-safety\.ftl is missing/);
  });

  test('fails when the code that used a key is gone', () => {
    fails([['crates/limber-app/src/notice.rs', () => '']], /^en\/notice\.ftl: "notice-title" is used by no code/);
  });
});
