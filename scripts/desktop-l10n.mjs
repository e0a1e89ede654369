// Writes the menu entry template (src-tauri/linux/limber.desktop.hbs) and the AppStream metadata
// (src-tauri/linux/app.limber.desktop.metainfo.xml) from the catalogue's desktop.ftl in the source language and
// in every complete language (assets/locales/languages.json), so a software centre and the applications menu
// speak the person's language as the app does. The catalogue check (scripts/i18n-check.mjs) fails when either
// file differs from what this makes now. Usage: node scripts/desktop-l10n.mjs [--root DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, readFiles, readLanguages } from './i18n-lib.mjs';

export const DESKTOP_FILE = 'src-tauri/linux/limber.desktop.hbs';
export const METAINFO_FILE = 'src-tauri/linux/app.limber.desktop.metainfo.xml';
const BEGIN = '  <!-- From assets/locales/*/desktop.ftl by scripts/desktop-l10n.mjs: edit those and run it. -->';
const END = '  <!-- End of the text from the catalogue. -->';

/** The messages of desktop.ftl in each language that is shipped: [{ tag, text(id) }], the source first. */
function languages(root) {
  const { source, languages: all } = readLanguages(root);
  const shipped = [source, ...all.filter((l) => l.status === 'complete' && l.tag !== source).map((l) => l.tag)];
  return shipped.map((tag) => {
    const file = readFiles(root, tag).find(({ name }) => name === 'desktop.ftl');
    if (!file) throw new Error(`assets/locales/${tag}/desktop.ftl is missing`);
    const { messages } = parse(file.text);
    const text = (id) => {
      const message = messages.get(id);
      if (!message) throw new Error(`assets/locales/${tag}/desktop.ftl has no "${id}"`);
      const parts = message.value.elements.map((element) => {
        if (element.type !== 'TextElement') throw new Error(`${tag}: "${id}" must be plain text`);
        return element.value;
      });
      return parts.join('').replace(/\s+/g, ' ').trim();
    };
    return { tag, text };
  });
}

/** A locale tag as desktop entries write it: pt-BR becomes pt_BR. */
const posix = (tag) => tag.replace('-', '_');

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The menu entry template, whole (the Tauri bundler fills in name, exec and icon). */
export function desktopEntry(root) {
  const shipped = languages(root);
  const field = (key, id) => shipped.map(({ tag, text }, index) => `${key}${index === 0 ? '' : `[${posix(tag)}]`}=${text(id)}`);
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    'Name={{name}}',
    ...field('GenericName', 'desktop-generic-name'),
    ...field('Comment', 'desktop-comment'),
    'Exec={{exec}}',
    'TryExec={{exec}}',
    'Icon={{icon}}',
    'Terminal=false',
    'Categories=Utility;',
    ...field('Keywords', 'desktop-keywords'),
    'StartupNotify=true',
    'StartupWMClass={{exec}}',
    'SingleMainWindow=true',
    'Actions=bedtime;morning;',
    '',
    '[Desktop Action bedtime]',
    ...field('Name', 'desktop-action-bedtime'),
    'Exec={{exec}} start bedtime-wind-down',
    '',
    '[Desktop Action morning]',
    ...field('Name', 'desktop-action-morning'),
    'Exec={{exec}} start morning-mobility',
    '',
  ].join('\n');
}

/** The AppStream metadata: the file as it is, with the part between the markers written from the catalogue. */
export function metainfo(root) {
  const current = readFileSync(join(root, METAINFO_FILE), 'utf8');
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin === -1 || end < begin) throw new Error(`${METAINFO_FILE} lacks the markers of the part written from the catalogue`);
  const shipped = languages(root);
  const each = (indent, element, id) => shipped.map(({ tag, text }, index) => {
    const lang = index === 0 ? '' : ` xml:lang="${tag}"`;
    return `${indent}<${element}${lang}>${xml(text(id))}</${element}>`;
  });
  const keywords = shipped.flatMap(({ tag, text }, index) => text('appstream-keywords').split(';').filter(Boolean)
    .map((word) => `    <keyword${index === 0 ? '' : ` xml:lang="${tag}"`}>${xml(word.trim())}</keyword>`));
  const features = ['appstream-feature-bedtime', 'appstream-feature-morning', 'appstream-feature-reminders',
    'appstream-feature-journal', 'appstream-feature-advice'];
  const part = [
    BEGIN,
    '  <name>Limber</name>',
    ...each('  ', 'summary', 'appstream-summary'),
    '  <description>',
    ...each('    ', 'p', 'appstream-intro'),
    '    <ul>',
    ...features.flatMap((id) => each('      ', 'li', id)),
    '    </ul>',
    ...each('    ', 'p', 'appstream-privacy'),
    '  </description>',
    '  <keywords>',
    ...keywords,
    '  </keywords>',
    '',
  ].join('\n');
  return current.slice(0, begin) + part + current.slice(end);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--root');
  const root = at > -1 ? process.argv[at + 1] : fileURLToPath(new URL('..', import.meta.url));
  writeFileSync(join(root, DESKTOP_FILE), desktopEntry(root));
  writeFileSync(join(root, METAINFO_FILE), metainfo(root));
  console.log(`wrote ${DESKTOP_FILE} and ${METAINFO_FILE}`);
}
