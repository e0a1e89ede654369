// The message catalogue on the UI's side: the same Fluent files Rust embeds (assets/locales/<tag>/*.ftl),
// bundled by Vite as text at build time, so the window needs no file access and both sides say the same words.
// Pure: every lookup takes the language as an argument (the reactive "language in force" is in locale.svelte.ts).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import languagesFile from '../../../../assets/locales/languages.json';
import english from './languages/en';

export type TranslationStatus = 'complete' | 'in-progress' | 'pseudo';
export type Args = Record<string, FluentVariable>;

/** The source language: every message exists in it, and a message missing elsewhere falls back to it. */
export const SOURCE = 'en';

/** Every language of the catalogue, with how far its translation has come. */
export const LANGUAGES = languagesFile.languages as { tag: string; status: TranslationStatus }[];

/** One language's catalogue files, by path (without comment lines: vite.config.ts). */
export type LanguageFiles = Record<string, string>;
/** Loads one language's files. */
export type LanguageLoader = () => Promise<LanguageFiles>;

/**
 * Each language's files are a module of their own (`languages/<tag>.ts`): English is in the main bundle, every
 * other language a chunk that is loaded when it is first wanted, so a window starts without parsing the
 * Fluent text of ten languages it does not speak.
 */
const MODULES = import.meta.glob(['./languages/*.ts', '!./languages/en.ts'], { import: 'default' }) as Record<
  string,
  LanguageLoader
>;

/** The loader of each language of languages.json that has a module (a test checks that all have one). */
export const LOADERS: Readonly<Record<string, LanguageLoader>> = Object.fromEntries(
  LANGUAGES.flatMap(({ tag }) => {
    const loader = tag === SOURCE ? () => Promise.resolve(english) : MODULES[`./languages/${tag}.ts`];
    return loader ? [[tag, loader]] : [];
  }),
);

/** Every language's catalogue files, by path, loaded: for tests and checks that look at all of them. */
export async function allFileTexts(): Promise<LanguageFiles> {
  const parts = await Promise.all(Object.values(LOADERS).map((load) => load()));
  return Object.assign({}, ...parts) as LanguageFiles;
}

/** The language tag of a catalogue file's path: its folder's name. */
export function tagOfPath(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

export class Catalogue {
  /** Each language's files, by tag; parsed into a bundle the first time the language is asked for. */
  private files = new Map<string, [string, string][]>();
  private bundles = new Map<string, FluentBundle>();
  /** The languages whose files are still to be loaded, with their loaders. */
  private pending = new Map<string, LanguageLoader>();
  private loading = new Map<string, Promise<void>>();

  /**
   * `files` maps a path ending in `<tag>/<name>.ftl` to its text; `loaders` load the files of the languages
   * that are not in `files` yet. Until a language is loaded ([`load`]), its messages come from English.
   */
  constructor(files: LanguageFiles, tags: readonly string[], loaders: Readonly<Record<string, LanguageLoader>> = {}) {
    for (const tag of tags) this.files.set(tag, []);
    this.add(files);
    for (const [tag, loader] of Object.entries(loaders)) {
      if (this.files.get(tag)?.length === 0) this.pending.set(tag, loader);
    }
  }

  private add(files: LanguageFiles) {
    for (const [path, text] of Object.entries(files)) this.files.get(tagOfPath(path))?.push([path, text]);
  }

  /** Whether `tag`'s files are in (a language with nothing to load always is). */
  loaded(tag: string): boolean {
    return !this.pending.has(tag);
  }

  /** Loads `tag`'s files, once; it fails only when its chunk cannot be read, and a later call tries again. */
  load(tag: string): Promise<void> {
    const loader = this.pending.get(tag);
    if (!loader) return Promise.resolve();
    let loading = this.loading.get(tag);
    if (!loading) {
      loading = loader()
        .then((files) => {
          this.add(Object.fromEntries(Object.entries(files).filter(([path]) => tagOfPath(path) === tag)));
          this.pending.delete(tag);
          this.bundles.delete(tag);
        })
        .finally(() => this.loading.delete(tag));
      this.loading.set(tag, loading);
    }
    return loading;
  }

  /** Loads every language (the language settings list each one in its own name). */
  async loadAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((tag) => this.load(tag)));
  }

  /**
   * The bundle of one language, parsed on first use: a window speaks one language (and English for what it
   * lacks), so parsing all ten at start-up (about 1.4 MB of Fluent) would cost start-up time and memory for
   * nothing.
   */
  private bundle(tag: string): FluentBundle | undefined {
    const known = this.bundles.get(tag);
    if (known) return known;
    if (this.pending.has(tag)) return undefined;
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
  english,
  LANGUAGES.map((language) => language.tag),
  LOADERS,
);
