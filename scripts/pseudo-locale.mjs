// Writes the pseudo language (assets/locales/en-XA/) from the English files: accented and about 35% longer,
// for finding text that is cut off. `node scripts/i18n-check.mjs` fails when it is stale.
// Usage: node scripts/pseudo-locale.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localesDir, pseudoFile, readFiles, readLanguages } from './i18n-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { source, languages } = readLanguages(root);
const pseudo = languages.find((language) => language.status === 'pseudo');
if (!pseudo) throw new Error('languages.json lists no pseudo language');
const dir = join(localesDir(root), pseudo.tag);
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (name.endsWith('.ftl')) rmSync(join(dir, name));
for (const { name, text } of readFiles(root, source)) {
  writeFileSync(join(dir, name), pseudoFile(name, text));
}
console.log(`wrote ${dir}`);
