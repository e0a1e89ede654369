// Where Limber's data stands: a full disk or a read-only data folder, and records that wait to be written.
// Rust keeps and retries them; this only reads the status, hears when it changes, and quits on request.
import { call, on, type UnlistenFn } from './call';
import type { DataStatus as RustDataStatus } from './bindings/DataStatus';
import type { DataProblem as RustDataProblem } from './bindings/DataProblem';
import type { ProblemKind } from './bindings/ProblemKind';
import type { SaveState as RustSaveState } from './bindings/SaveState';
import type { Said } from './words';

// As screens see them: every sentence said in the language in force.
export type DataStatus = Said<RustDataStatus>;
export type DataProblem = Said<RustDataProblem>;
export type SaveState = Said<RustSaveState>;
export type { ProblemKind };

export const saving = {
  status: () => call<RustDataStatus>('data_status'),
  onStatus: (handler: (status: DataStatus) => void): Promise<UnlistenFn> => on<RustDataStatus>('data://status', handler),
  /** Ends Limber although records wait (the person has read that they would be lost). */
  quitAnyway: () => call<void>('quit_anyway'),
};
