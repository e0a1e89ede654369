// Export, import and backups. The system's save and open dialogs only pick a path here; Rust reads and writes
// the file, so the webview never touches the file system. In debug builds a path set for end-to-end tests
// (`LIMBER_E2E_DIALOG_PATH`, handed over by `dialog_test_path`) stands in for both dialogs, because WebDriver
// cannot drive native ones.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call, on, type UnlistenFn } from './call';
import type { ExportKind } from './bindings/ExportKind';
import type { ExportDone } from './bindings/ExportDone';
import type { ImportSummary } from './bindings/ImportSummary';
import type { BackupInfo } from './bindings/BackupInfo';
import type { BackupFile } from './bindings/BackupFile';
import type { RecoveryNotice } from './bindings/RecoveryNotice';

export type { ExportKind, ExportDone, ImportSummary, BackupInfo, BackupFile, RecoveryNotice };

const filters: Record<ExportKind, { name: string; extensions: string[] }> = {
  json: { name: 'Limber export (JSON)', extensions: ['json'] },
  sessionsCsv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  journalCsv: { name: 'CSV spreadsheet', extensions: ['csv'] },
};

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
    const path = (await testPath()) ?? (await save({ defaultPath, filters: [filters[kind]] }));
    if (path === null) return null;
    return call<ExportDone>('export_data', { kind, path });
  },
  /** Asks for a Limber export to import, then has Rust check and merge it. Null when cancelled. */
  async importFrom(): Promise<ImportSummary | null> {
    const path = (await testPath()) ?? (await open({ multiple: false, directory: false, filters: [filters.json] }));
    if (path === null) return null;
    return call<ImportSummary>('import_data', { path });
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
