// Export, import and backups. The system's save and open dialogs only pick a path here; Rust reads and writes
// the file, so the webview never touches the file system. In debug builds a path set for end-to-end tests
// (`LIMBER_E2E_DIALOG_PATH`, handed over by `dialog_test_path`) stands in for both dialogs, because WebDriver
// cannot drive native ones.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call, on, type UnlistenFn } from './call';
import type { ExportKind } from './bindings/ExportKind';
import type { ExportDone } from './bindings/ExportDone';
import type { ImportSummary as RustImportSummary } from './bindings/ImportSummary';
import type { BackupInfo } from './bindings/BackupInfo';
import type { BackupFile } from './bindings/BackupFile';
import type { RecoveryNotice } from './bindings/RecoveryNotice';

import { t } from '../i18n/locale.svelte';
import type { Said } from './words';

/** What an import changed, as screens see it: its sentence said in the language in force. */
export type ImportSummary = Said<RustImportSummary>;
export type { ExportKind, ExportDone, BackupInfo, BackupFile, RecoveryNotice };

/** The file types the save and open dialogs offer, named in the language in force. */
function filter(kind: ExportKind): { name: string; extensions: string[] } {
  return kind === 'json'
    ? { name: t('data-filter-json'), extensions: ['json'] }
    : { name: t('data-filter-csv'), extensions: ['csv'] };
}

/** The path end-to-end tests put in place of the dialogs, or null (always null in release builds). */
function testPath(): Promise<string | null> {
  return call<string | null>('dialog_test_path');
}

export const data = {
  /**
   * Asks where to save an export, then has Rust write it. Resolves to null when the user cancels the dialog.
   */
  async exportTo(kind: ExportKind): Promise<ExportDone | null> {
    const defaultPath = await call<string>('export_file_name', { kind });
    const path = (await testPath()) ?? (await save({ defaultPath, filters: [filter(kind)] }));
    if (path === null) return null;
    return call<ExportDone>('export_data', { kind, path });
  },
  /** Asks for a Limber export to import, then has Rust check and merge it. Null when cancelled. */
  async importFrom(): Promise<ImportSummary | null> {
    const path = (await testPath()) ?? (await open({ multiple: false, directory: false, filters: [filter('json')] }));
    if (path === null) return null;
    return call<RustImportSummary>('import_data', { path });
  },
  backups: () => call<BackupInfo>('backup_info'),
  recoveryNotice: () => call<RecoveryNotice | null>('recovery_notice'),
  dismissRecoveryNotice: () => call<null>('dismiss_recovery_notice'),
};

/**
 * Calls `handler` when the data changed outside this window (`limber import` from a terminal while Limber
 * runs), so the screen on show reads it again. Returns the function that unsubscribes.
 */
export function onDataChanged(handler: () => void): Promise<UnlistenFn> {
  return on<null>('data://changed', () => handler());
}
