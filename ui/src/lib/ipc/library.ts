// Typed wrappers for the exercise library commands (src-tauri/src/commands/library.rs).
import { call } from './call';
import type { BodyArea } from './bindings/BodyArea';
import type { Exercise } from './bindings/Exercise';
import type { ExerciseCard } from './bindings/ExerciseCard';
import type { Position } from './bindings/Position';
import type { RoutineRef } from './bindings/RoutineRef';

export type { BodyArea, Exercise, ExerciseCard, Position, RoutineRef };

export const library = {
  list: () => call<ExerciseCard[]>('list_exercises'),
  get: (id: string) => call<ExerciseCard>('get_exercise', { id }),
};
