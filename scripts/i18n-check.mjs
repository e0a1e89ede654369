// The catalogue check (issue 22), run by scripts/test.sh; fast, and it needs no build. It fails on:
//   1. a file that does not parse, or a language folder that languages.json does not list (or the reverse);
//   2. a key missing from a complete language (or from the pseudo language); languages "in progress" are
//      listed with how many keys they still miss, and cannot be chosen in the app until they are complete;
//   3. a key in a language that the source (en) does not have;
//   4. a variable in a translation that the source's message does not use;
//   5. a pseudo language that is not what scripts/pseudo-locale.mjs makes from the English files now;
//   6. a key that no code uses (Svelte/TypeScript under ui/src, Rust under crates/ and src-tauri/src; tests
//      do not count), and a key the code asks for that the source does not have;
//   7. a string shown to people in a migrated file that bypasses the catalogue (MIGRATED below: the list only
//      grows; files not on it are not checked, and most of Limber is not on it yet);
//   8. a menu entry or AppStream file that is not what scripts/desktop-l10n.mjs makes from desktop.ftl now;
//   9. source content files (en/content-*.ftl) that are not what scripts/content-l10n.mjs makes from the
//      content JSON now (content keys count as used: the app computes their ids from the content's ids);
//  10. a content translation made from English that has changed since (each language records the English it
//      translated in content-translated.json; a numbered list counts as one, so every message of it is flagged);
//  11. a complete language without an English back-translation (<tag>/back/content-safety.ftl) of every
//      safety message, or a back-translation of a key the source does not have.
// Usage: node scripts/i18n-check.mjs [--root DIR]   (DIR: a checkout; the default is this one)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_FILE, METAINFO_FILE, desktopEntry, metainfo } from './desktop-l10n.mjs';
import {
  CONTENT_FILES,
  SAFETY_FILE,
  TRANSLATED_FILE,
  contentFiles,
  englishFingerprints,
  readTranslated,
} from './content-l10n.mjs';
import { localesDir, parse, pseudoFile, readFiles, readLanguages, variablesOf } from './i18n-lib.mjs';

/** The files whose every word goes through the catalogue. Add a file when it is migrated; never remove one. */
// Every UI file but two: ui/src/lib/figure/pose.ts (the illustration files' checks, whose messages are for
// whoever draws a figure and fail a test, never a screen) and ui/src/lib/figure/scene.ts (SVG markup).
export const MIGRATED = [
  'ui/src/lib/Nav.svelte',
  'ui/src/screens/Home.svelte',
  'ui/src/screens/Settings.svelte',
  'ui/src/screens/settings/LanguageSettings.svelte',
  'ui/src/lib/editor/RoutinesBar.svelte',
  'ui/src/lib/editor/CardExtras.svelte',
  'ui/src/lib/format.ts',
  'ui/src/lib/i18n/locale.svelte.ts',
  'ui/src/screens/settings/GuideSettings.svelte',
  'ui/src/screens/settings/ReminderSettings.svelte',
  'ui/src/screens/settings/SoundSettings.svelte',
  'ui/src/screens/settings/AppearanceSettings.svelte',
  'ui/src/screens/settings/DataSettings.svelte',
  'ui/src/screens/settings/SyncSettings.svelte',
  'ui/src/lib/progress/ProgressSettings.svelte',
  'ui/src/lib/time/TimeField.svelte',
  'ui/src/lib/reminders/form.ts',
  'ui/src/lib/progress/data.ts',
  'ui/src/lib/sync/status.ts',
  'ui/src/screens/CheckIn.svelte',
  'ui/src/lib/progress/checkin.ts',
  'ui/src/lib/progress/CheckInCard.svelte',
  'ui/src/lib/progress/RecoveryBanner.svelte',
  'ui/src/screens/Progress.svelte',
  'ui/src/lib/progress/words.ts',
  'ui/src/lib/progress/heatmap.ts',
  'ui/src/lib/progress/dose.ts',
  'ui/src/lib/progress/chart.ts',
  'ui/src/lib/progress/Heatmap.svelte',
  'ui/src/lib/progress/Legend.svelte',
  'ui/src/lib/progress/DosePanel.svelte',
  'ui/src/lib/progress/InsightCard.svelte',
  'ui/src/lib/progress/PainChart.svelte',
  'ui/src/lib/progress/SleepChart.svelte',
  'ui/src/lib/progress/ScoreTrend.svelte',
  'ui/src/lib/progress/RoutineCard.svelte',
  'ui/src/lib/progress/RedFlagNotice.svelte',
  'ui/src/lib/progress/plot.ts',
  'ui/src/lib/progress/boundary.ts',
  'ui/src/screens/Library.svelte',
  'ui/src/screens/SleepGuide.svelte',
  'ui/src/screens/Help.svelte',
  'ui/src/lib/guide/exercises.ts',
  'ui/src/lib/guide/safety.ts',
  'ui/src/lib/guide/content.ts',
  'ui/src/lib/guide/Cautions.svelte',
  'ui/src/lib/guide/Checklist.svelte',
  'ui/src/lib/guide/PositionAdvice.svelte',
  'ui/src/lib/guide/RedFlags.svelte',
  'ui/src/lib/guide/TonightSetup.svelte',
  'ui/src/lib/guide/WindDownChecklist.svelte',
  'crates/limber-app/src/notice.rs',
  'crates/limber-app/src/tray_menu.rs',
  'crates/limber-app/src/status.rs',
  'ui/src/screens/Player.svelte',
  'ui/src/lib/player/view.ts',
  'ui/src/screens/Welcome.svelte',
  'ui/src/lib/onboarding/flow.ts',
  'ui/src/lib/reminders/ReminderBanner.svelte',
  'ui/src/lib/saving/DataBanner.svelte',
  'ui/src/lib/saving/words.ts',
  'ui/src/App.svelte',
  'ui/src/screens/Editor.svelte',
  'ui/src/lib/editor/filter.ts',
  'ui/src/lib/editor/problems.ts',
  'ui/src/lib/editor/count.ts',
  'ui/src/lib/editor/order.ts',
  'ui/src/lib/editor/words.ts',
  'ui/src/lib/editor/history.svelte.ts',
  'ui/src/lib/editor/queue.ts',
  'ui/src/lib/figure/Figure.svelte',
  'ui/src/lib/i18n/catalogue.ts',
  'ui/src/lib/ipc/call.ts',
  'ui/src/lib/ipc/data.ts',
  'ui/src/lib/ipc/editor.ts',
  'ui/src/lib/ipc/index.ts',
  'ui/src/lib/ipc/journal.ts',
  'ui/src/lib/ipc/language.ts',
  'ui/src/lib/ipc/library.ts',
  'ui/src/lib/ipc/look.ts',
  'ui/src/lib/ipc/onboarding.ts',
  'ui/src/lib/ipc/progress.ts',
  'ui/src/lib/ipc/routines.ts',
  'ui/src/lib/ipc/safety.ts',
  'ui/src/lib/ipc/saving.ts',
  'ui/src/lib/ipc/schedule.ts',
  'ui/src/lib/ipc/session.ts',
  'ui/src/lib/ipc/startup.ts',
  'ui/src/lib/ipc/sync.ts',
  'ui/src/lib/ipc/words.ts',
  'ui/src/lib/locale-guard.ts',
  'ui/src/lib/look/follower.ts',
  'ui/src/lib/look/index.ts',
  'ui/src/lib/router.svelte.ts',
  'ui/src/main.ts',
];

/** Words that are no translation: the brand. */
const ALLOWED_WORDS = new Set(['Limber']);

const CODE_DIRS = ['ui/src', 'crates', 'src-tauri/src'];
/** Scripts that use keys too: the menu entry and AppStream metadata are written from the catalogue. */
const CODE_SCRIPTS = ['scripts/desktop-l10n.mjs'];

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'target' || name === 'bindings') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const isTest = (path) => /\.test\.ts$|[\\/]tests?[\\/]|[\\/]tests\.rs$/.test(path);

/** Rust code without its tests: the `#[cfg(test)]` module is the last item of a Limber file. */
function rustWithoutTests(text) {
  const at = text.indexOf('#[cfg(test)]');
  return at === -1 ? text : text.slice(0, at);
}

/** The code that can use a key: [{ path, text }], tests left out. */
function codeFiles(root) {
  return CODE_DIRS.flatMap((dir) => walk(join(root, dir)))
    .filter((path) => /\.(svelte|ts|rs)$/.test(path) && !isTest(path))
    .concat(CODE_SCRIPTS.map((path) => join(root, path)).filter((path) => existsSync(path)))
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      return { path: relative(root, path), text: path.endsWith('.rs') ? rustWithoutTests(text) : text };
    });
}

/** Does a string look like words a person reads (not an id, a class, a path or a format option)? */
function looksLikeWords(value) {
  const words = value.replace(/\$\{[^}]*\}/g, ' ').trim();
  if (!/[A-Za-z]{2,}/.test(words)) return false;
  if (ALLOWED_WORDS.has(words)) return false;
  return /[A-Za-z]\s+[A-Za-z]/.test(words) || /^[A-Z][a-z]/.test(words) || /[.!?…:]$/.test(words);
}

/** String literals of a piece of script (TypeScript or Rust), with their line numbers. */
function literals(code) {
  const found = [];
  const pattern = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line) || /i18n-ok/.test(line) || /^\s*import\b|\bfrom\s+['"]/.test(line)) return;
    if (/\blog::|console\.|#\[error\(|panic!|unreachable!/.test(line)) return;
    const code = line.replace(/\s\/\/.*$/, '');
    for (const match of code.matchAll(pattern)) found.push({ line: index + 1, value: match[2] });
  });
  return found;
}

/** Text and attribute values in a Svelte file's markup that do not come from an expression. */
function markupWords(text) {
  const found = [];
  const lineAt = (offset) => text.slice(0, offset).split('\n').length;
  const blank = (match) => match.replace(/[^\n]/g, ' ');
  // Scripts, styles and comments keep their line breaks so line numbers stay true.
  let markup = text
    .replace(/<script[\s\S]*?<\/script>/g, blank)
    .replace(/<style[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  // Expressions `{...}` (nested braces included) become blanks of the same length.
  let out = '';
  let depth = 0;
  for (const c of markup) {
    if (c === '{') depth += 1;
    out += depth > 0 && c !== '\n' ? ' ' : c;
    if (c === '}' && depth > 0) depth -= 1;
  }
  markup = out;
  for (const match of markup.matchAll(/\b(aria-label|title|placeholder|alt|label|aria-description)="([^"]*)"/g)) {
    if (looksLikeWords(match[2]) || /[A-Za-z]{2,}/.test(match[2])) found.push({ line: lineAt(match.index), value: match[2] });
  }
  for (const match of markup.matchAll(/>([^<>]+)</g)) {
    const value = match[1].trim();
    if (/[A-Za-z]{2,}/.test(value) && !ALLOWED_WORDS.has(value)) found.push({ line: lineAt(match.index), value });
  }
  return found;
}

export function check(root) {
  const failures = [];
  const notes = [];
  const fail = (text) => failures.push(text);
  const { source, languages } = readLanguages(root);
  const tags = languages.map((language) => language.tag);

  // 1. Folders and files.
  const folders = readdirSync(localesDir(root)).filter((name) => statSync(join(localesDir(root), name)).isDirectory());
  for (const folder of folders) if (!tags.includes(folder)) fail(`assets/locales/${folder}/ is not listed in languages.json`);
  const catalogue = new Map();
  for (const { tag } of languages) {
    const files = readFiles(root, tag);
    if (files.length === 0) fail(`assets/locales/${tag}/ has no .ftl file`);
    const messages = new Map();
    for (const { name, text } of files) {
      const parsed = parse(text);
      for (const junk of parsed.junk) fail(`${tag}/${name} does not parse: ${junk}`);
      for (const id of parsed.repeated) fail(`${tag}: "${id}" is defined twice (in ${name})`);
      for (const [id, message] of parsed.messages) {
        if (messages.has(id)) fail(`${tag}: "${id}" is defined twice`);
        messages.set(id, { file: name, message });
      }
    }
    catalogue.set(tag, messages);
  }
  const english = catalogue.get(source) ?? new Map();

  // 2.-4. Keys and variables against the source.
  for (const { tag, status } of languages) {
    if (tag === source) continue;
    const messages = catalogue.get(tag);
    const missing = [...english.keys()].filter((id) => !messages.has(id));
    if (status === 'in-progress') {
      if (missing.length > 0) notes.push(`${tag}: in progress, ${missing.length} of ${english.size} keys missing`);
    } else {
      for (const id of missing) fail(`${tag} (${status}) is missing "${id}" (en/${english.get(id).file})`);
    }
    for (const [id, { file, message }] of messages) {
      const original = english.get(id);
      if (!original) {
        fail(`${tag}/${file}: "${id}" is not in the source language (${source})`);
        continue;
      }
      const allowed = variablesOf(original.message);
      for (const variable of variablesOf(message)) {
        if (!allowed.has(variable)) fail(`${tag}/${file}: "${id}" uses $${variable}, which the source does not have`);
      }
    }
  }

  // 5. The pseudo language is generated, never edited.
  for (const { tag } of languages.filter((language) => language.status === 'pseudo')) {
    const expected = new Map(readFiles(root, source).map(({ name, text }) => [name, pseudoFile(name, text)]));
    const actual = new Map(readFiles(root, tag).map(({ name, text }) => [name, text]));
    const stale = [...new Set([...expected.keys(), ...actual.keys()])].filter((name) => expected.get(name) !== actual.get(name));
    if (stale.length > 0) fail(`${tag} is stale (${stale.join(', ')}): run node scripts/pseudo-locale.mjs`);
  }

  // 6. Keys the code uses, and keys it asks for that do not exist.
  const code = codeFiles(root);
  const everything = code.map((file) => file.text).join('\n');
  for (const [id, { file }] of english) {
    // Content keys are used through ids the app computes (`exercise-${id}-name`); rule 9 keeps them in step.
    if (CONTENT_FILES.includes(file)) continue;
    if (!new RegExp(`["'\`]${id}["'\`]`).test(everything)) fail(`en/${file}: "${id}" is used by no code`);
  }
  const asked = [
    /\bt\(\s*'([a-z][a-z0-9-]*)'/g, // t('id' in the UI
    /\btext(?:_with)?\(\s*[^,()]+,\s*"([a-z][a-z0-9-]*)"/g, // i18n::text(language, "id" in Rust
    /\btext\("([a-z][a-z0-9-]*)"\)/g, // a closure over one language: text("id")
    /\bWords::new\(\s*"([a-z][a-z0-9-]*)"/g, // a sentence Rust sends unsaid: Words::new("id")
  ];
  for (const { path, text } of code) {
    for (const pattern of asked) {
      for (const match of text.matchAll(pattern)) {
        if (!english.has(match[1])) fail(`${path}: asks for "${match[1]}", which is not in the catalogue`);
      }
    }
  }

  // 7. Words in migrated files that bypass the catalogue.
  for (const path of MIGRATED) {
    const full = join(root, path);
    if (!existsSync(full)) {
      fail(`${path} is on the migrated list but does not exist (the list only grows: move the entry with the file)`);
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const found = [];
    if (path.endsWith('.svelte')) {
      found.push(...markupWords(text));
      const script = text.match(/<script[^>]*>([\s\S]*?)<\/script>/);
      if (script) {
        const offset = text.slice(0, script.index).split('\n').length - 1;
        found.push(...literals(script[1]).filter((l) => looksLikeWords(l.value)).map((l) => ({ ...l, line: l.line + offset })));
      }
    } else {
      const body = path.endsWith('.rs') ? rustWithoutTests(text) : text;
      found.push(...literals(body).filter((l) => looksLikeWords(l.value)));
    }
    for (const { line, value } of found) fail(`${path}:${line}: "${value}" is shown to people without the catalogue`);
  }

  // 8. The menu entry and the AppStream metadata are written from the catalogue, never edited.
  for (const [path, make] of [[DESKTOP_FILE, desktopEntry], [METAINFO_FILE, metainfo]]) {
    let expected;
    try {
      expected = make(root);
    } catch (error) {
      fail(`${path} cannot be written from the catalogue: ${error.message}`);
      continue;
    }
    const full = join(root, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== expected) {
      fail(`${path} is not what the catalogue makes: run node scripts/desktop-l10n.mjs`);
    }
  }

  // 9. The source language's content files are generated from the content JSON, never edited.
  let generated = new Map();
  try {
    generated = contentFiles(root);
  } catch (error) {
    fail(`the content cannot be written to the catalogue: ${error.message}`);
  }
  for (const [name, text] of generated) {
    const full = join(localesDir(root), source, name);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text) {
      fail(`${source}/${name} is not what the content JSON makes: run node scripts/content-l10n.mjs`);
    }
  }

  // 10. Content translated from English that has changed since.
  if (generated.size > 0) {
    const { fingerprints, keyOf } = englishFingerprints(root);
    for (const { tag, status } of languages) {
      if (tag === source || status === 'pseudo') continue;
      const recorded = readTranslated(root, tag);
      for (const [id, { file }] of catalogue.get(tag)) {
        if (!CONTENT_FILES.includes(file)) continue;
        const key = keyOf.get(id);
        if (!key) continue; // a key the source lacks: rule 3 names it
        if (recorded[key] === fingerprints.get(key)) continue;
        const what = key === id ? `"${id}"` : `"${id}" (of the list ${key}-*)`;
        const why = recorded[key] ? 'was translated from English that has changed since' : `has no record in ${tag}/${TRANSLATED_FILE} of the English it was translated from`;
        fail(`${tag}/${file}: ${what} ${why}: translate it again, then run node scripts/content-l10n.mjs --translated ${tag}`);
      }
    }
  }

  // 11. Back-translations of the safety text.
  const safetyKeys = [...english].filter(([, { file }]) => file === SAFETY_FILE).map(([id]) => id);
  for (const { tag, status } of languages) {
    if (tag === source || status === 'pseudo') continue;
    const path = join(localesDir(root), tag, 'back', SAFETY_FILE);
    const hasSafety = [...catalogue.get(tag).values()].some(({ file }) => file === SAFETY_FILE);
    if (!existsSync(path)) {
      if (status === 'complete' || hasSafety) fail(`${tag}/back/${SAFETY_FILE} is missing: every translated safety message needs an English back-translation`);
      continue;
    }
    const parsed = parse(readFileSync(path, 'utf8'));
    for (const junk of parsed.junk) fail(`${tag}/back/${SAFETY_FILE} does not parse: ${junk}`);
    const back = parsed.messages;
    for (const id of back.keys()) {
      if (!safetyKeys.includes(id)) fail(`${tag}/back/${SAFETY_FILE}: "${id}" is not a safety message of the source`);
    }
    const translated = catalogue.get(tag);
    for (const id of safetyKeys) {
      // A complete language back-translates every safety message; one in progress, each it has translated.
      if ((status === 'complete' || translated.has(id)) && !back.has(id)) {
        fail(`${tag}/back/${SAFETY_FILE} has no back-translation of "${id}"`);
      }
    }
  }
  return { failures, notes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--root');
  const root = at > -1 ? process.argv[at + 1] : fileURLToPath(new URL('..', import.meta.url));
  const { failures, notes } = check(root);
  for (const note of notes) console.log(`note: ${note}`);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`FAIL ${failure}`);
    console.error(`the catalogue check found ${failures.length} problem(s)`);
    process.exit(1);
  }
  console.log(`the catalogue check passed (${MIGRATED.length} migrated files)`);
}
