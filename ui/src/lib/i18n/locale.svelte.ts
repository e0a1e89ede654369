// The language in force in the window, and `t`, the one way a migrated screen says something. `t` reads the
// reactive language, so every text on screen follows a change at once, without a restart. Which language is in
// force is Rust's answer (the person's choice, else the system's: `language_get`); this module only holds it.
import { catalogue, SOURCE, type Args } from './catalogue';

class Locale {
  current = $state(SOURCE);
  /** Counts the languages whose words came in, so that texts read before they did are read again. */
  arrivals = $state(0);
}

export const locale = new Locale();

/** The message `id` in the language in force. */
export function t(id: string, args?: Args): string {
  void locale.arrivals;
  return catalogue.text(locale.current, id, args);
}

/** A language's own name ("Deutsch"), as its own catalogue writes it (once loaded: `loadAllLanguages`). */
export function languageName(tag: string): string {
  return catalogue.text(tag, 'language-self');
}

/** Loads every language's words, for a screen that shows each language in its own name. */
export function loadAllLanguages(): Promise<void> {
  return catalogue.loadAll();
}

/**
 * Puts `tag` in force: every text, and the page's `lang` (which screen readers and hyphenation follow). Its
 * words may still have to be loaded: until the promise this returns settles, its texts read English (the app
 * draws nothing before then), and then every text follows. Should they fail to load, the screens read English,
 * as for a missing message.
 */
export function setLanguage(tag: string): Promise<void> {
  locale.current = tag;
  if (typeof document !== 'undefined') document.documentElement.lang = tag;
  if (catalogue.loaded(tag)) return Promise.resolve();
  return catalogue.load(tag).then(
    () => {
      locale.arrivals += 1;
    },
    (error: unknown) => console.error(`the ${tag} catalogue could not be loaded: ${String(error)}`),
  );
}

/**
 * The locale Intl formats dates and numbers in for a language. Limber's English has always written dates the
 * British way ("Fri 21 Nov"); the pseudo language formats as English.
 */
export function intlLocale(tag: string = locale.current): string {
  if (tag === 'en' || tag === 'en-XA') return 'en-GB';
  return tag;
}
