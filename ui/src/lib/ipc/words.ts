// Sentences Rust sends as catalogue ids with their variables (`Words`), said here in the language in force, so
// screens keep receiving plain text and Rust never needs to know the window's language. Everything that arrives
// from Rust (command results, errors and events) passes through `said` in call.ts.
import { t } from '../i18n/locale.svelte';
import type { Args } from '../i18n/catalogue';
import type { Words } from './bindings/Words';

export type { Words };

/** A type as screens see it: every `Words` in it is the sentence it stands for. */
// A homomorphic mapped type keeps arrays and tuples as they are ([WeeklyPain, WeeklyPain, WeeklyPain] stays a tuple).
export type Said<T> = T extends Words ? string : T extends object ? { [K in keyof T]: Said<T[K]> } : T;

/** Whether a value is a `Words`: exactly an `id` string and an `args` object. */
export function isWords(value: unknown): value is Words {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { id, args } = value as { id?: unknown; args?: unknown };
  return keys.length === 2 && typeof id === 'string' && typeof args === 'object' && args !== null && !Array.isArray(args);
}

/** The sentence in the language in force; a part that is a sentence of its own is said first. */
export function say(words: Words): string {
  const args: Args = {};
  for (const [name, value] of Object.entries(words.args)) {
    if (value !== undefined) args[name] = isWords(value) ? say(value) : value;
  }
  return t(words.id, args);
}

/** A value from Rust with every `Words` in it said. Other values are returned as they are (not copied). */
export function said<T>(value: T): Said<T> {
  if (isWords(value)) return say(value) as Said<T>;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = said(item);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as Said<T>;
  }
  if (typeof value === 'object' && value !== null) {
    let out: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const next = said(item);
      if (next !== item) {
        out ??= { ...(value as Record<string, unknown>) };
        out[key] = next;
      }
    }
    return (out ?? value) as Said<T>;
  }
  return value as Said<T>;
}
