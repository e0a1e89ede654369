// How the exercise library is filtered and how an exercise's default dose reads in words. Plain functions
// over the cards Rust sends; they never change a dose or time anything (lengths come from Rust). The words are
// the catalogue's, in the language in force.
import type { BodyArea, ExerciseCard, Position } from '../ipc/library';
import type { ExerciseKind } from '../ipc/bindings/ExerciseKind';
import type { Dose } from '../ipc/bindings/Dose';
import { t } from '../i18n/locale.svelte';

/** A record of catalogue messages read when used, so a label follows a change of language at once. */
function labels<T extends string>(ids: Record<T, string>): Record<T, string> {
  const out = {} as Record<T, string>;
  for (const key of Object.keys(ids) as T[]) {
    Object.defineProperty(out, key, { enumerable: true, get: () => t(ids[key]) });
  }
  return out;
}

/** Each body area's name, in the order the filters offer them. */
export const AREA_LABELS: Record<BodyArea, string> = labels<BodyArea>({
  lowerBack: 'area-lower-back',
  upperBack: 'area-upper-back',
  neck: 'area-neck',
  core: 'area-core',
});

/** Each position's name, in the order the filters offer them. */
export const POSITION_LABELS: Record<Position, string> = labels<Position>({
  inBed: 'position-in-bed',
  floor: 'position-floor',
  standing: 'position-standing',
  seated: 'position-seated',
});

/** A filter value: one area or position, or every one. */
export type Choice<T extends string> = T | 'all';

export interface ExerciseFilter {
  area: Choice<BodyArea>;
  position: Choice<Position>;
}

export function filterExercises(cards: readonly ExerciseCard[], filter: ExerciseFilter): ExerciseCard[] {
  return cards.filter(
    (card) =>
      (filter.area === 'all' || card.exercise.area === filter.area) &&
      (filter.position === 'all' || card.exercise.position === filter.position),
  );
}

/** The areas or positions that occur in the cards, in label order, so a filter never offers an empty choice. */
export function present<T extends string>(labels: Record<T, string>, values: readonly T[]): T[] {
  return (Object.keys(labels) as T[]).filter((key) => values.includes(key));
}

/**
 * The default dose in words: "8 reps", "5 reps each side, hold 5 s", "Hold 30 s each side, 2 rounds",
 * "6 slow breaths", "Once". Plurals, sides, holds and rounds are chosen inside the message (Fluent selects).
 */
export function describeDose(dose: Dose, kind: ExerciseKind): string {
  const reps = dose.reps ?? 1;
  const hold = dose.holdSecs;
  const sides = dose.sides === 'each' ? 'each' : dose.sides === 'alternate' ? 'alternate' : 'none';
  const rounds = dose.rounds;
  if (kind === 'breathing') return t('exercise-dose-breaths', { count: reps, rounds });
  if (kind === 'transition' && reps === 1 && hold === undefined) return t('exercise-dose-once', { rounds });
  if (hold !== undefined && reps === 1) return t('exercise-dose-hold', { hold, sides, rounds });
  return t('exercise-dose-reps', { count: reps, sides, hold: hold ?? 'none', rounds });
}
