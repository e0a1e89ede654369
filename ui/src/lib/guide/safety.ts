// How the safety guide and the moves left out for a person are put into words on screen. The guide itself
// (the red flags, what to do) comes from Rust through lib/ipc/safety.ts; this module only orders its levels,
// names the first-run conditions and describes what was left out. It never calls Rust.
import type { Condition, LeftOut, RedFlagLevel, SafetyGuide, Urgency } from '../ipc/safety';

/** Short names of the conditions, as "left out" lines use them. */
export const CONDITION_NAMES: Record<Condition, string> = {
  osteoporosis: 'osteoporosis',
  recentSpinalSurgeryOrFracture: 'recent spine surgery or fracture',
  pregnancy: 'pregnancy',
  worseBendingForward: 'pain when bending forward',
};

const ORDER: readonly Urgency[] = ['now', 'soon'];

/** The guide's levels, most urgent first, only those asked for (all when none is named). */
export function levelsOf(guide: SafetyGuide, only?: readonly Urgency[]): RedFlagLevel[] {
  return ORDER.filter((u) => !only || only.includes(u))
    .map((u) => guide.levels.find((level) => level.urgency === u))
    .filter((level): level is RedFlagLevel => level !== undefined);
}

/** "osteoporosis", "osteoporosis and pregnancy", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Knee-to-chest (osteoporosis and pregnancy)": one move left out and why. */
export function leftOutItem(item: LeftOut): string {
  return `${item.exerciseName} (${joinWords(item.conditions.map((c) => CONDITION_NAMES[c]))})`;
}

/** "Left out for you: Knee-to-chest (pregnancy), Supine knee twist (pregnancy)." or "" when nothing is. */
export function leftOutLine(items: readonly LeftOut[]): string {
  if (items.length === 0) return '';
  return `Left out for you: ${items.map(leftOutItem).join(', ')}.`;
}

/** Why a whole routine is not for the person, with the one thing to do about it. */
export function unsuitableText(name: string, items: readonly LeftOut[]): string {
  const conditions = [...new Set(items.flatMap((i) => i.conditions))];
  const because = conditions.length
    ? ` because of ${joinWords(conditions.map((c) => CONDITION_NAMES[c]))}`
    : '';
  const ask = conditions.includes('recentSpinalSurgeryOrFracture')
    ? ' Your surgeon or physiotherapist can tell you which moves suit you, and when.'
    : ' A physiotherapist can suggest moves that suit you.';
  return `${name} is not in your plan: every move in it is left out${because}.${ask}`;
}
