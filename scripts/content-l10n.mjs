// Limber's content in the message catalogue (issue 22). The English words of the exercises, routines, safety
// guide, sleep setup advice and evening habits stay in their JSON files under assets/ (the source of truth,
// each item traced in assets/content/SOURCES.md); this script writes them out as the source language's
// assets/locales/en/content-*.ftl, with ids made from the content's own ids, so translators work on Fluent
// files like every other message and the app looks each text up by an id it can compute.
//
// The ids (see the README's "Languages"):
//   exercise-<id>-name | -summary | -spoken | -breathing | -step-<n> | -pace-<phase>   content-exercises.ftl
//   exercise-<id>-caution-<n>                                                          content-safety.ftl
//   routine-<id>-name | -description | -copy-name                                     content-routines.ftl
//   safety-title | -intro | -level-<id>-heading | -level-<id>-action | -sign-<id> | -<note id>
//                                                                                      content-safety.ftl
//   sleep-... (sleep-setup.json)                                                       content-sleep.ftl
//   wind-down-... (wind-down.json)                                                     content-wind-down.ftl
// Steps and cautions are lists without ids of their own, so they are numbered from 1. A list is translated as
// a whole: each language records a fingerprint of the English it translated (content-translated.json beside
// its files), and the catalogue check flags every message of a list whose English changed since, so a step
// added, removed or reordered never leaves a translation saying a different step.
//
// Every message in content-safety.ftl is safety text (cautions, red flags, what to do, the stop rule, "not
// medical advice"): a translated language keeps an English back-translation of each in back/content-safety.ftl.
//
// Usage:
//   node scripts/content-l10n.mjs                    writes assets/locales/en/content-*.ftl (the check fails
//                                                    when they are not what this makes now)
//   node scripts/content-l10n.mjs --translated TAG   after translating: records which English each content
//                                                    message of TAG was translated from
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localesDir, parse, readFiles } from './i18n-lib.mjs';

/** The content files' names; every key in them is content (used by the app through computed ids). */
export const CONTENT_FILES = [
  'content-exercises.ftl',
  'content-routines.ftl',
  'content-safety.ftl',
  'content-sleep.ftl',
  'content-wind-down.ftl',
];
/** The file whose every message is safety text and needs a back-translation. */
export const SAFETY_FILE = 'content-safety.ftl';
/** Where a language records the English its content was translated from. */
export const TRANSLATED_FILE = 'content-translated.json';

const json = (root, path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const jsonDir = (root, dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, data: json(root, `${dir}/${name}`) }));

/** A pose name of a pace phase as an id part: breatheIn becomes breathe-in. */
export const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * A Fluent message value for plain English text: braces are written as string literals, so the text is
 * said exactly as it is written in the JSON.
 */
function value(text) {
  if (/\n/.test(text)) throw new Error(`content text must be one line: ${JSON.stringify(text)}`);
  return text.replace(/[{}]/g, (brace) => `{"${brace}"}`);
}

/**
 * Every content message, grouped by file: Map<file, [{ id, text, comment?, group?, list? }]>. `list` names
 * the list a numbered message belongs to (its fingerprint covers the whole list).
 */
export function contentMessages(root) {
  const files = new Map(CONTENT_FILES.map((name) => [name, []]));
  const add = (file, entry) => files.get(file).push(entry);

  for (const { path, data: e } of jsonDir(root, 'assets/exercises')) {
    const p = `exercise-${e.id}`;
    const group = `${e.name} (${path})`;
    add('content-exercises.ftl', { id: `${p}-name`, text: e.name, group, comment: "The exercise's name: a title on its card and in the player, and in lists of moves." });
    add('content-exercises.ftl', { id: `${p}-summary`, text: e.summary, comment: 'One line under the timer saying what to do.' });
    add('content-exercises.ftl', { id: `${p}-spoken`, text: e.spoken, comment: 'Said by the voice coach as the exercise starts: written for the ear, no numbers or lists.' });
    e.steps.forEach((step, i) => {
      add('content-exercises.ftl', {
        id: `${p}-step-${i + 1}`,
        text: step,
        list: `${p}-step`,
        comment: i === 0 ? `The instructions, ${e.steps.length} steps in order (numbered: a change to the English list asks for all of them again).` : undefined,
      });
    });
    add('content-exercises.ftl', { id: `${p}-breathing`, text: e.breathing, comment: 'How to breathe during the exercise.' });
    for (const phase of e.dose.pace ?? []) {
      add('content-exercises.ftl', {
        id: `${p}-pace-${kebab(phase.name)}`,
        // The pose name is camelCase for the figures; as words it is "breathe in".
        text: kebab(phase.name).replace(/-/g, ' '),
        comment: `One phase of a rep (the pose "${phase.name}"${phase.breath ? `, breathing ${phase.breath}` : ''}): a word or two for the pose, as a label for the figure.`,
      });
    }
    e.cautions.forEach((caution, i) => {
      add('content-safety.ftl', {
        id: `${p}-caution-${i + 1}`,
        text: caution,
        list: `${p}-caution`,
        group: i === 0 ? `Cautions of ${e.name} (${path})` : undefined,
        comment: i === 0 ? `Safety: when to stop or leave the exercise out. Same meaning, never stronger or weaker. ${e.cautions.length} cautions, numbered.` : undefined,
      });
    });
  }

  for (const { path, data: r } of jsonDir(root, 'assets/routines')) {
    const p = `routine-${r.id}`;
    add('content-routines.ftl', { id: `${p}-name`, text: r.name, group: `${r.name} (${path})`, comment: `A built-in routine's name (done ${r.timeOfDay === 'anytime' ? 'at any time' : `at ${r.timeOfDay}`}), on its card, in reminders and in the tray.` });
    add('content-routines.ftl', { id: `${p}-description`, text: r.description, comment: 'What the routine is for, on its card.' });
    // The English copy name lowercases the routine name's first letter after "My" ("My bedtime wind-down"), as
    // limber-core named copies before the name came from the catalogue.
    add('content-routines.ftl', { id: `${p}-copy-name`, text: `My ${r.name.charAt(0).toLowerCase()}${r.name.slice(1)}`, comment: "The name of the person's own copy of this routine, made when they edit it or accept a dose change; they can rename it. Up to 60 characters." });
  }

  const s = json(root, 'assets/content/safety.json');
  const safety = (entry) => add('content-safety.ftl', entry);
  safety({ id: 'safety-title', text: s.title, group: 'The safety guide (assets/content/safety.json)', comment: "The safety guide's heading." });
  safety({ id: 'safety-intro', text: s.intro });
  for (const level of s.levels) {
    safety({
      id: `safety-level-${level.id}-heading`,
      text: level.heading,
      comment: level.urgency === 'now'
        ? 'The urgent level: an emergency number or care the same day.'
        : 'The less urgent level: an appointment with a doctor or physiotherapist in the next few days.',
    });
    safety({ id: `safety-level-${level.id}-action`, text: level.action, comment: 'What to do, said before the signs. Keep the emergency numbers as they are.' });
    for (const sign of level.signs) safety({ id: `safety-sign-${sign.id}`, text: sign.text });
  }
  safety({ id: `safety-${s.stopRule.id}`, text: s.stopRule.text, comment: 'The rule every routine follows.' });
  safety({ id: `safety-${s.notMedicalAdvice.id}`, text: s.notMedicalAdvice.text });
  safety({ id: `safety-${s.stiffMornings.id}`, text: s.stiffMornings.text });
  safety({ id: `safety-${s.journal.id}`, text: s.journal.text });

  const g = json(root, 'assets/content/sleep-setup.json');
  const sleep = (entry) => add('content-sleep.ftl', entry);
  sleep({ id: 'sleep-title', text: g.title, group: 'Sleep setup (assets/content/sleep-setup.json)', comment: "The sleep guide's heading." });
  sleep({ id: 'sleep-intro', text: g.intro });
  sleep({ id: `sleep-${g.neutralSpine.id}-title`, text: g.neutralSpine.title });
  sleep({ id: `sleep-${g.neutralSpine.id}-text`, text: g.neutralSpine.text });
  const setupItem = (item, comment) => {
    sleep({ id: `sleep-setup-${item.id}-what`, text: item.what, comment });
    sleep({ id: `sleep-setup-${item.id}-why`, text: item.why });
  };
  for (const position of g.positions) {
    sleep({ id: `sleep-position-${position.id}-name`, text: position.name, group: `Sleeping ${position.id === 'side' ? 'on the side' : `on the ${position.id}`}`, comment: 'A sleep position, as a heading and a choice.' });
    sleep({ id: `sleep-position-${position.id}-figure-label`, text: position.figureLabel, comment: 'Read by screen readers for the drawing.' });
    sleep({ id: `sleep-position-${position.id}-summary`, text: position.summary });
    for (const item of position.setup) setupItem(item, 'What to put where ("what"), then why it helps ("why").');
    setupItem(position.headPillow, 'The head pillow for this position.');
    sleep({ id: `sleep-note-${position.note.id}`, text: position.note.text });
    for (const item of position.tonight) {
      sleep({ id: `sleep-tonight-${item.id}`, text: item.label, comment: "A tick box of tonight's setup, in the person's own voice (\"my knees\")." });
    }
  }
  sleep({ id: `sleep-${g.varies.id}-name`, text: g.varies.name, group: 'When the position varies', comment: 'The answer "it varies" to "how do you sleep?".' });
  sleep({ id: `sleep-${g.varies.id}-text`, text: g.varies.text });
  for (const item of g.varies.tonight) {
    sleep({ id: `sleep-tonight-${item.id}`, text: item.label, comment: "A tick box of tonight's setup, in the person's own voice." });
  }
  for (const tip of g.tips) sleep({ id: `sleep-tip-${tip.id}`, text: tip.text, group: tip === g.tips[0] ? 'Tips' : undefined });
  sleep({ id: 'sleep-mattress-title', text: g.mattress.title, group: 'The mattress' });
  for (const item of g.mattress.items) {
    sleep({ id: `sleep-${item.id}-title`, text: item.title });
    sleep({ id: `sleep-${item.id}-text`, text: item.text });
  }

  const w = json(root, 'assets/content/wind-down.json');
  const wind = (entry) => add('content-wind-down.ftl', entry);
  wind({ id: 'wind-down-title', text: w.title, group: 'The evening checklist before the bedtime routine (assets/content/wind-down.json)', comment: "The checklist's heading." });
  wind({ id: 'wind-down-intro', text: w.intro });
  for (const item of w.items) {
    wind({ id: `wind-down-${item.id}-label`, text: item.label, comment: 'A tick box, in the first person.' });
    if (item.detail) wind({ id: `wind-down-${item.id}-detail`, text: item.detail, comment: 'The line under it saying why.' });
  }
  return files;
}

/** The source language's content files: Map<file name, text>. */
export function contentFiles(root) {
  const out = new Map();
  for (const [name, entries] of contentMessages(root)) {
    let text =
      '# Generated by scripts/content-l10n.mjs from the content JSON under assets/: do not edit (edit the JSON,\n' +
      '# then run it again). The ids come from the content ids; see the README, "Languages".\n';
    if (name === SAFETY_FILE) {
      text += '# Every message here is safety text: keep its meaning exactly, and add an English back-translation of\n' +
        '# each to back/content-safety.ftl in your language\'s folder.\n';
    }
    for (const entry of entries) {
      if (entry.group) text += `\n## ${entry.group}\n`;
      text += '\n';
      if (entry.comment) text += `# ${entry.comment}\n`;
      text += `${entry.id} = ${value(entry.text)}\n`;
    }
    out.set(name, text);
  }
  return out;
}

const fingerprint = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * The fingerprint of the English each content message stands for: Map<key, fingerprint>, where the key is
 * the message id, or for a numbered list the list's name (one fingerprint over the whole list, so any
 * change to it touches every message of it). Also returns which key each message id belongs to.
 */
export function englishFingerprints(root) {
  const lists = new Map();
  const keyOf = new Map();
  for (const entries of contentMessages(root).values()) {
    for (const entry of entries) {
      const key = entry.list ?? entry.id;
      keyOf.set(entry.id, key);
      lists.set(key, [...(lists.get(key) ?? []), entry.text]);
    }
  }
  const fingerprints = new Map([...lists].map(([key, texts]) => [key, fingerprint(texts.join('\n'))]));
  return { fingerprints, keyOf };
}

/** The content message ids a language has (in its content-*.ftl files). */
export function translatedIds(root, tag) {
  return readFiles(root, tag)
    .filter(({ name }) => CONTENT_FILES.includes(name))
    .flatMap(({ text }) => [...parse(text).messages.keys()]);
}

/** The recorded fingerprints of a language (empty when it has none). */
export function readTranslated(root, tag) {
  const path = join(localesDir(root), tag, TRANSLATED_FILE);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const at = process.argv.indexOf('--translated');
  if (at > -1) {
    const tag = process.argv[at + 1];
    if (!tag || tag === 'en') throw new Error('usage: node scripts/content-l10n.mjs --translated TAG (a translated language)');
    const { fingerprints, keyOf } = englishFingerprints(root);
    const keys = [...new Set(translatedIds(root, tag).map((id) => keyOf.get(id)).filter(Boolean))].sort();
    const record = Object.fromEntries(keys.map((key) => [key, fingerprints.get(key)]));
    writeFileSync(join(localesDir(root), tag, TRANSLATED_FILE), `${JSON.stringify(record, null, 2)}\n`);
    console.log(`recorded the English of ${keys.length} content messages and lists of ${tag}`);
  } else {
    for (const [name, text] of contentFiles(root)) writeFileSync(join(localesDir(root), 'en', name), text);
    console.log(`wrote ${CONTENT_FILES.length} content files to ${join(localesDir(root), 'en')}`);
  }
}
