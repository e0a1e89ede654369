// The message catalogue on the UI's side: the same Fluent files Rust embeds (assets/locales/<tag>/*.ftl),
// bundled by Vite as text at build time, so the window needs no file access and both sides say the same words.
// Pure: every lookup takes the language as an argument (the reactive "language in force" is in locale.svelte.ts).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import languagesFile from '../../../../assets/locales/languages.json';

export type TranslationStatus = 'complete' | 'in-progress' | 'pseudo';
export type Args = Record<string, FluentVariable>;

/** The source language: every message exists in it, and a message missing elsewhere falls back to it. */
export const SOURCE = 'en';

/** Every language of the catalogue, with how far its translation has come. */
export const LANGUAGES = languagesFile.languages as { tag: string; status: TranslationStatus }[];

const FILES = import.meta.glob('../../../../assets/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The catalogue files' texts as bundled, by path (without comment lines: vite.config.ts). */
export const FILE_TEXTS: Readonly<Record<string, string>> = FILES;

/** The catalogue files in the bundle (a back-translation folder, `<tag>/back/`, is never one of them). */
export const FILE_PATHS: readonly string[] = Object.keys(FILES);

/** The language tag of a catalogue file's path: its folder's name. */
export function tagOfPath(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

export class Catalogue {
  /** Each language's files, by tag; parsed into a bundle the first time the language is asked for. */
  private files = new Map<string, [string, string][]>();
  private bundles = new Map<string, FluentBundle>();

  /** `files` maps a path ending in `<tag>/<name>.ftl` to its text. */
  constructor(files: Record<string, string>, tags: readonly string[]) {
    for (const tag of tags) this.files.set(tag, []);
    for (const [path, text] of Object.entries(files)) this.files.get(tagOfPath(path))?.push([path, text]);
  }

  /**
   * The bundle of one language, parsed on first use: a window speaks one language (and English for what it
   * lacks), so parsing all ten at start-up (about 1.4 MB of Fluent) would cost start-up time and memory for
   * nothing.
   */
  private bundle(tag: string): FluentBundle | undefined {
    const known = this.bundles.get(tag);
    if (known) return known;
    const files = this.files.get(tag);
    if (!files) return undefined;
    // Unicode isolation marks around variables would end up in accessible names as invisible characters;
    // Rust's bundles turn them off too.
    const bundle = new FluentBundle(tag, { useIsolating: false });
    for (const [path, text] of files) {
      const errors = bundle.addResource(new FluentResource(text));
      for (const error of errors) console.error(`${path}: ${error.message}`);
    }
    this.bundles.set(tag, bundle);
    return bundle;
  }

  /** Whether `language` itself has the message (without falling back). */
  has(language: string, id: string): boolean {
    return this.bundle(language)?.getMessage(id)?.value != null;
  }

  /**
   * The message `id` in `language` with `args` for its variables. A message the language lacks comes from
   * English; one that English lacks too is returned as its id, so a mistake shows instead of a blank.
   */
  text(language: string, id: string, args?: Args): string {
    for (const tag of [language, SOURCE]) {
      const bundle = this.bundle(tag);
      const message = bundle?.getMessage(id);
      if (bundle && message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args, errors);
        for (const error of errors) console.warn(`${tag}/${id}: ${error.message}`);
        return text;
      }
    }
    return id;
  }
}

export const catalogue = new Catalogue(
  FILES,
  LANGUAGES.map((language) => language.tag),
);
