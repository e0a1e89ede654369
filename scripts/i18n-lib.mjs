// What the catalogue scripts share: where the catalogue is, reading its Fluent files with @fluent/syntax (from
// ui/node_modules, which `npm ci` in ui/ installs), the variables a message uses, and the pseudo language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(new URL('../ui/package.json', import.meta.url));
const syntax = require('@fluent/syntax');
export const { FluentParser, FluentSerializer, Transformer, TextElement } = syntax;

/** The catalogue's folder under a checkout `root`. */
export const localesDir = (root) => join(root, 'assets', 'locales');

/** languages.json: { source, languages: [{ tag, status }] }. */
export function readLanguages(root) {
  return JSON.parse(readFileSync(join(localesDir(root), 'languages.json'), 'utf8'));
}

/** The .ftl files of one language: [{ name, text }], in name order. */
export function readFiles(root, tag) {
  const dir = join(localesDir(root), tag);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ftl'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Parses one file: { messages: Map<id, Message>, junk: [annotation texts], repeated: [ids defined again] }.
 * Terms are not used here. A repeated id matters: Fluent keeps the first and ignores the second silently.
 */
export function parse(text) {
  const resource = new FluentParser({ withSpans: false }).parse(text);
  const messages = new Map();
  const junk = [];
  const repeated = [];
  for (const entry of resource.body) {
    if (entry.type === 'Message' && messages.has(entry.id.name)) repeated.push(entry.id.name);
    else if (entry.type === 'Message') messages.set(entry.id.name, entry);
    if (entry.type === 'Junk') junk.push(entry.annotations.map((a) => a.message).join('; ') || entry.content.trim());
  }
  return { resource, messages, junk, repeated };
}

/** Every variable a message uses, anywhere in it (selectors and variants included). */
export function variablesOf(node, found = new Set()) {
  if (node === null || typeof node !== 'object') return found;
  if (node.type === 'VariableReference') found.add(node.id.name);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => variablesOf(child, found));
    else if (value && typeof value === 'object') variablesOf(value, found);
  }
  return found;
}

// The pseudo language: each letter accented, and about 35% longer (vowels doubled, then "~" while short), so a
// screen in it shows where longer languages will not fit; brackets mark each message's ends, so a cut-off end
// shows too. Variables, selectors and variant keys are left as they are.
const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set('aeiouAEIOU');

export function pseudoText(text) {
  const letters = [...text].filter((c) => /[A-Za-z]/.test(c)).length;
  let extra = Math.ceil(letters * 0.35);
  let out = '';
  for (const c of text) {
    out += ACCENTED[c] ?? c;
    if (extra > 0 && VOWELS.has(c)) {
      out += ACCENTED[c];
      extra -= 1;
    }
  }
  // Padding goes before trailing spaces, so a space before a variable stays where it was.
  const trail = out.match(/\s*$/)[0];
  return out.slice(0, out.length - trail.length) + '~'.repeat(extra) + trail;
}

class Pseudo extends Transformer {
  visitTextElement(node) {
    node.value = pseudoText(node.value);
    return node;
  }
}

/** The pseudo language's file for one English file's text. */
export function pseudoFile(name, englishText) {
  const { resource } = parse(englishText);
  const pseudo = new Pseudo();
  resource.body = resource.body.filter((entry) => entry.type === 'Message');
  for (const message of resource.body) {
    message.comment = null;
    if (!message.value) continue;
    pseudo.visit(message.value);
    const elements = message.value.elements;
    elements.unshift(new TextElement('['));
    elements.push(new TextElement(']'));
  }
  const header = `# Generated from en/${name} by scripts/pseudo-locale.mjs: do not edit (run it again instead).\n\n`;
  return header + new FluentSerializer().serialize(resource);
}
