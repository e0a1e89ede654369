// Which exercises the editor's picker shows: a search over names and summaries plus the body-area and
// "where" filters. Plain functions over what Rust sent; nothing here decides a dose or a length.
import type { ExerciseChoice } from '../ipc/editor';
import type { BodyArea } from '../ipc/bindings/BodyArea';
import type { Position } from '../ipc/bindings/Position';
import { t } from '../i18n/locale.svelte';

/** One area or position, or every one. */
export type Choice<T extends string> = T | 'all';

export interface PickerFilter {
  query: string;
  area: Choice<BodyArea>;
  position: Choice<Position>;
}

export const NO_FILTER: PickerFilter = { query: '', area: 'all', position: 'all' };

/** Lower case without accents, so "cat cow" finds "Cat-cow" and "rucken" finds "Rücken". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The exercises that match every word of the query (in the name or the summary) and both filters. */
export function pickExercises(choices: readonly ExerciseChoice[], filter: PickerFilter): ExerciseChoice[] {
  const words = fold(filter.query).split(' ').filter((w) => w.length > 0);
  return choices.filter((choice) => {
    if (filter.area !== 'all' && choice.area !== filter.area) return false;
    if (filter.position !== 'all' && choice.position !== filter.position) return false;
    const haystack = ` ${fold(choice.name)} ${fold(choice.summary)}`;
    return words.every((word) => haystack.includes(` ${word}`));
  });
}

/** How many exercises are shown, as the picker announces it. */
export function countLine(shown: number, total: number): string {
  if (shown === total) return t('editor-shown-all', { total });
  if (shown === 0) return t('editor-shown-none');
  return t('editor-shown-some', { shown, total });
}
