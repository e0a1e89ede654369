// How the safety guide and the moves left out for a person are put into words on screen. The guide itself
// (the red flags, what to do) comes from Rust through lib/ipc/safety.ts; this module only orders its levels,
// names the first-run conditions and describes what was left out, in the catalogue's words for the language in
// force (lists joined by Intl). It never calls Rust.
import type { Condition, LeftOut, RedFlagLevel, SafetyGuide, Urgency } from '../ipc/safety';
import { listText } from '../format';
import { intlLocale, t } from '../i18n/locale.svelte';

const CONDITION_IDS: Record<Condition, string> = {
  osteoporosis: 'condition-osteoporosis',
  recentSpinalSurgeryOrFracture: 'condition-spinal-surgery',
  pregnancy: 'condition-pregnancy',
  worseBendingForward: 'condition-bending-forward',
};

/** Short names of the conditions, as "left out" lines use them; read when used, so they follow the language. */
export const CONDITION_NAMES = Object.fromEntries(
  (Object.keys(CONDITION_IDS) as Condition[]).map((c) => [c, '']),
) as Record<Condition, string>;
for (const c of Object.keys(CONDITION_IDS) as Condition[]) {
  Object.defineProperty(CONDITION_NAMES, c, { enumerable: true, get: () => t(CONDITION_IDS[c]) });
}

const ORDER: readonly Urgency[] = ['now', 'soon'];

/** The guide's levels, most urgent first, only those asked for (all when none is named). */
export function levelsOf(guide: SafetyGuide, only?: readonly Urgency[]): RedFlagLevel[] {
  return ORDER.filter((u) => !only || only.includes(u))
    .map((u) => guide.levels.find((level) => level.urgency === u))
    .filter((level): level is RedFlagLevel => level !== undefined);
}

/** "osteoporosis", "osteoporosis and pregnancy", "a, b and c": a list as the language in force joins it. */
export function joinWords(words: readonly string[]): string {
  return listText(words);
}

/** "Knee-to-chest (osteoporosis and pregnancy)": one move left out and why. */
export function leftOutItem(item: LeftOut): string {
  return t('guide-left-out-item', {
    exercise: item.exerciseName,
    conditions: joinWords(item.conditions.map((c) => CONDITION_NAMES[c])),
  });
}

/** "Left out for you: Knee-to-chest (pregnancy), Supine knee twist (pregnancy)." or "" when nothing is. */
export function leftOutLine(items: readonly LeftOut[]): string {
  if (items.length === 0) return '';
  const list = new Intl.ListFormat(intlLocale(), { style: 'short', type: 'unit' }).format(items.map(leftOutItem));
  return t('guide-left-out', { items: list });
}

/** Why a whole routine is not for the person, with the one thing to do about it. */
export function unsuitableText(name: string, items: readonly LeftOut[]): string {
  const conditions = [...new Set(items.flatMap((i) => i.conditions))];
  const why = conditions.length
    ? t('guide-unsuitable-because', { name, conditions: joinWords(conditions.map((c) => CONDITION_NAMES[c])) })
    : t('guide-unsuitable', { name });
  const ask = conditions.includes('recentSpinalSurgeryOrFracture') ? t('guide-ask-surgeon') : t('guide-ask-physio');
  return `${why} ${ask}`;
}
