// The only module that talks to Tauri. Every other part of the UI calls these typed functions and never
// imports @tauri-apps/* itself, so the screens stay plain Svelte that can be tested without Tauri.
import { invoke } from '@tauri-apps/api/core';
import type { CommandError } from './bindings/CommandError';
import type { RoutineDetail } from './bindings/RoutineDetail';
import type { RoutineSummary } from './bindings/RoutineSummary';

export type { CommandError, RoutineDetail, RoutineSummary };

/** True when a value has the `{ code, message }` shape every command error has. */
export function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof (value as { message: unknown }).message === 'string'
  );
}

/** Calls a command; a failure always rejects with a CommandError. */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isCommandError(error)) throw error;
    throw { code: 'internal', message: String(error) } satisfies CommandError;
  }
}

export const routines = {
  list: () => call<RoutineSummary[]>('list_routines'),
  get: (id: string) => call<RoutineDetail>('get_routine', { id }),
};
