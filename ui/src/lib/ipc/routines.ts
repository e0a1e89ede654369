import { call } from './call';
import type { RoutineDetail } from './bindings/RoutineDetail';
import type { RoutineSummary } from './bindings/RoutineSummary';

export type { RoutineDetail, RoutineSummary };

export const routines = {
  list: () => call<RoutineSummary[]>('list_routines'),
  get: (id: string) => call<RoutineDetail>('get_routine', { id }),
};
