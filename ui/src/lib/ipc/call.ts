// The one place that invokes Tauri commands and listens to Tauri events. Domain modules beside this file
// (routines.ts, session.ts, ...) wrap it with typed functions; nothing outside ui/src/lib/ipc/ imports
// @tauri-apps/* (a check in CI guards this).
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { CommandError as RustCommandError } from './bindings/CommandError';
import { isWords, said, type Said } from './words';

/** An error as screens see it: its message said in the language in force. */
export type CommandError = Said<RustCommandError>;
export type { UnlistenFn };

/** True when a value has the `{ code, message }` shape every command error has (as screens see it). */
export function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof (value as { message: unknown }).message === 'string'
  );
}

/** An error as Rust sends it: its message is `Words`. */
function isRustCommandError(value: unknown): value is RustCommandError {
  return typeof value === 'object' && value !== null && 'code' in value && isWords((value as { message?: unknown }).message);
}

/**
 * Calls a command; a failure always rejects with a CommandError. Every sentence Rust sends as `Words` in the
 * result or the error arrives said in the language in force (see words.ts), so `T` is the type as Rust sends it.
 */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<Said<T>> {
  let result: T;
  try {
    result = await invoke<T>(command, args);
  } catch (error) {
    if (isRustCommandError(error)) throw said(error);
    if (isCommandError(error)) throw error;
    throw { code: 'internal', message: String(error) } satisfies CommandError;
  }
  return said(result);
}

/** Subscribes to an event the Rust side emits; returns the function that unsubscribes. */
export function on<T>(event: string, handler: (payload: Said<T>) => void): Promise<UnlistenFn> {
  return listen<T>(event, (e) => handler(said(e.payload)));
}
