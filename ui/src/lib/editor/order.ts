// The editor keeps a key per item so Svelte can follow an item when it moves (its typed text, its focus).
// These mirror the core's add, remove and move on the keys, and say in words where an item went.
import { t } from '../i18n/locale.svelte';

/** The keys after adding one at `at` (the end when null). */
export function added(keys: readonly number[], key: number, at: number | null): number[] {
  const next = [...keys];
  next.splice(at ?? next.length, 0, key);
  return next;
}

export function removed(keys: readonly number[], index: number): number[] {
  return keys.filter((_, i) => i !== index);
}

/** The keys after taking the one at `from` out and putting it back so that it ends up at `to`. */
export function moved(keys: readonly number[], from: number, to: number): number[] {
  const next = [...keys];
  const [key] = next.splice(from, 1);
  if (key !== undefined) next.splice(to, 0, key);
  return next;
}

/** Where a dragged item lands when dropped on the item at `over`: it takes that item's place. */
export function dropTarget(from: number, over: number, count: number): number | null {
  if (from < 0 || from >= count || over < 0 || over >= count || from === over) return null;
  return over;
}

/** What a screen reader hears after a move: "Plank is now 2 of 3." */
export function moveLine(name: string, to: number, count: number): string {
  return t('editor-moved', { exercise: name, position: to + 1, count });
}
