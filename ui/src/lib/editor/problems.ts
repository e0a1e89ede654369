// Where each problem the core found is shown: next to the field its path names (`items[2].holdSecs`), or
// in the list at the top when no field on screen has that path. The messages are the core's own words.
import type { Problem } from '../ipc/editor';
import { t } from '../i18n/locale.svelte';

/** The path of one field of one item, as the core names it. */
export function itemField(index: number, name: string): string {
  return `items[${index}].${name}`; // i18n-ok: a field path, never shown
}

/** A DOM id for a field path: `items[2].holdSecs` → `field-items-2-holdSecs`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** The messages for one field, in the order the core found them. */
export function messagesFor(problems: readonly Problem[], path: string): string[] {
  return problems.filter((p) => p.field === path).map((p) => p.message);
}

/**
 * The problems no field on screen shows, by their message alone: each says in words what is wrong, and a field
 * path ("items[7].reps") is the file's language, not the person's.
 */
export function unplaced(problems: readonly Problem[], shown: ReadonlySet<string>): string[] {
  return problems.filter((p) => p.field === null || !shown.has(p.field)).map((p) => p.message);
}

/** Every field of the editor that has a place for its problems, for a routine of `count` items. */
export function shownFields(count: number): Set<string> {
  const fields = new Set(['name', 'description', 'timeOfDay']);
  for (let i = 0; i < count; i += 1) {
    for (const name of ['exercise', 'holdSecs', 'reps', 'rounds', 'paceSecs', 'sides', 'restAfterSecs']) {
      fields.add(itemField(i, name));
    }
  }
  return fields;
}

/** The sentence next to the Save button: how many problems stand in the way. */
export function problemCountLine(count: number): string {
  if (count === 0) return '';
  return t('editor-problems', { count });
}
