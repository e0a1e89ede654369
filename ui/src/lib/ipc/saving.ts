// Where Limber's data stands: a full disk or a read-only data folder, and records that wait to be written.
// Rust keeps and retries them; this only reads the status, hears when it changes, and quits on request.
import { call, on, type UnlistenFn } from './call';
import type { DataStatus } from './bindings/DataStatus';
import type { DataProblem } from './bindings/DataProblem';
import type { ProblemKind } from './bindings/ProblemKind';
import type { SaveState } from './bindings/SaveState';

export type { DataStatus, DataProblem, ProblemKind, SaveState };

export const saving = {
  status: () => call<DataStatus>('data_status'),
  onStatus: (handler: (status: DataStatus) => void): Promise<UnlistenFn> => on('data://status', handler),
  /** Ends Limber although records wait (the person has read that they would be lost). */
  quitAnyway: () => call<void>('quit_anyway'),
};
