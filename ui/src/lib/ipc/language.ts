import { call } from './call';
import type { LanguageView } from './bindings/LanguageView';
import type { LanguageEntry } from './bindings/LanguageEntry';

export type { LanguageView, LanguageEntry };

export const language = {
  /** The stored choice, the language in force, the system's, and the languages offered (Rust decides). */
  get: () => call<LanguageView>('language_get'),
  /** Stores a choice (`null` follows the system); returns the new view. Notifications and the tray follow. */
  set: (language: string | null) => call<LanguageView>('language_set', { language }),
};
