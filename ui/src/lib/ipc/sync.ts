// Sync through a folder the person already syncs (issue 21): choosing the folder, a pass on demand, stopping,
// and forgetting another computer. Every command answers with the whole SyncStatus, so the settings section
// shows what Rust holds after each step. The system's folder picker only picks a path here; Rust checks that it
// can be used and does every read and write. In debug builds LIMBER_E2E_DIALOG_PATH (asked of Rust through
// `dialog_test_path`) stands in for the picker, because WebDriver cannot drive native dialogs.
import { open } from '@tauri-apps/plugin-dialog';
import { call } from './call';
import type { SyncStatus as RustSyncStatus } from './bindings/SyncStatus';
import type { SyncDevice } from './bindings/SyncDevice';
import type { SyncSkipped as RustSyncSkipped } from './bindings/SyncSkipped';
import { t } from '../i18n/locale.svelte';
import type { Said } from './words';

// As screens see them: the problem and the skip reasons said in the language in force.
export type SyncStatus = Said<RustSyncStatus>;
export type SyncSkipped = Said<RustSyncSkipped>;
export type { SyncDevice };

/** The path end-to-end tests put in place of the dialogs, or null (always null in release builds). */
function testPath(): Promise<string | null> {
  return call<string | null>('dialog_test_path');
}

export const sync = {
  status: () => call<RustSyncStatus>('sync_status'),
  /**
   * Asks for a folder, then has Rust choose it and run a first pass. Resolves to null when the person cancels
   * the picker; rejects with the command's error when the folder cannot be used.
   */
  async chooseFolder(current: string | null): Promise<SyncStatus | null> {
    const folder =
      (await testPath()) ??
      (await open({
        directory: true,
        multiple: false,
        title: t('sync-picker-title'),
        defaultPath: current ?? undefined,
      }));
    if (folder === null) return null;
    return call<RustSyncStatus>('sync_choose_folder', { folder });
  },
  /** Runs one pass now. */
  now: () => call<RustSyncStatus>('sync_now'),
  /** Stops syncing; the files in the folder stay where they are. */
  stop: () => call<RustSyncStatus>('sync_stop'),
  /** Stops reading another computer's file; what it already brought stays. */
  forgetDevice: (id: string) => call<RustSyncStatus>('sync_forget_device', { id }),
};
