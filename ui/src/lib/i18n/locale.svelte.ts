// The language in force in the window, and `t`, the one way a migrated screen says something. `t` reads the
// reactive language, so every text on screen follows a change at once, without a restart. Which language is in
// force is Rust's answer (the person's choice, else the system's: `language_get`); this module only holds it.
import { catalogue, SOURCE, type Args } from './catalogue';

class Locale {
  current = $state(SOURCE);
}

export const locale = new Locale();

/** The message `id` in the language in force. */
export function t(id: string, args?: Args): string {
  return catalogue.text(locale.current, id, args);
}

/** A language's own name ("Deutsch"), as its own catalogue writes it. */
export function languageName(tag: string): string {
  return catalogue.text(tag, 'language-self');
}

/** Puts `tag` in force: every text, and the page's `lang` (which screen readers and hyphenation follow). */
export function setLanguage(tag: string): void {
  locale.current = tag;
  if (typeof document !== 'undefined') document.documentElement.lang = tag;
}

/**
 * The locale Intl formats dates and numbers in for a language. Limber's English has always written dates the
 * British way ("Fri 21 Nov"); the pseudo language formats as English.
 */
export function intlLocale(tag: string = locale.current): string {
  if (tag === 'en' || tag === 'en-XA') return 'en-GB';
  return tag;
}
