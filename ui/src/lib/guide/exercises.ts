// How the exercise library is filtered and how an exercise's default dose reads in words. Plain functions
// over the cards Rust sends; they never change a dose or time anything (lengths come from Rust).
import type { BodyArea, ExerciseCard, Position } from '../ipc/library';
import type { ExerciseKind } from '../ipc/bindings/ExerciseKind';
import type { Dose } from '../ipc/bindings/Dose';

export const AREA_LABELS: Record<BodyArea, string> = {
  lowerBack: 'Lower back',
  upperBack: 'Upper back',
  neck: 'Neck',
  core: 'Core',
};

export const POSITION_LABELS: Record<Position, string> = {
  inBed: 'In bed',
  floor: 'On the floor',
  standing: 'Standing',
  seated: 'Seated',
};

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

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The default dose in words: "8 reps", "5 reps each side, hold 5 s", "Hold 30 s each side, 2 rounds",
 * "6 slow breaths", "Once".
 */
export function describeDose(dose: Dose, kind: ExerciseKind): string {
  const reps = dose.reps ?? 1;
  const hold = dose.holdSecs;
  const side = dose.sides === 'each' ? ' each side' : dose.sides === 'alternate' ? ' each side, alternating' : '';
  let text: string;
  if (kind === 'breathing') {
    text = plural(reps, 'slow breath', 'slow breaths');
  } else if (kind === 'transition' && reps === 1 && hold === undefined) {
    text = 'once';
  } else if (hold !== undefined && reps === 1) {
    text = `hold ${hold} s${side}`;
  } else {
    text = `${plural(reps, 'rep', 'reps')}${side}`;
    if (hold !== undefined) text += `, hold ${hold} s`;
  }
  if (dose.rounds > 1) text += `, ${plural(dose.rounds, 'round', 'rounds')}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
