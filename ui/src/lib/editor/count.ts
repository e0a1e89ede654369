// Reading a number the user types into a dose field. Empty means "the exercise's default"; anything that is
// not a whole number stays in the field with a hint and is not sent. Ranges are the core's business: 9999
// is sent as it is, and the core answers "hold must be 1–600 s" next to the field.
import { t } from '../i18n/locale.svelte';

/** The largest value a dose field can carry to Rust (u32). */
export const LARGEST = 4_294_967_295;

export type Count = { ok: true; value: number | null } | { ok: false; message: string };

export function parseCount(text: string): Count {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: t('editor-not-a-number') };
  const value = Number(trimmed);
  return { ok: true, value: Math.min(value, LARGEST) };
}

/** What an empty field means, shown as its placeholder: "default 30". */
export function defaultHint(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : t('editor-default', { value });
}
