// The one place that invokes Tauri commands and listens to Tauri events. Domain modules beside this file
// (routines.ts, session.ts, ...) wrap it with typed functions; nothing outside ui/src/lib/ipc/ imports
// @tauri-apps/* (a check in CI guards this).
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { CommandError } from './bindings/CommandError';

export type { CommandError, UnlistenFn };

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
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isCommandError(error)) throw error;
    throw { code: 'internal', message: String(error) } satisfies CommandError;
  }
}

/** Subscribes to an event the Rust side emits; returns the function that unsubscribes. */
export function on<T>(event: string, handler: (payload: T) => void): Promise<UnlistenFn> {
  return listen<T>(event, (e) => handler(e.payload));
}
