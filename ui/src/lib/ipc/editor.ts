// The routine editor and routine files. Edits, checks and lengths come from Rust; the save and open dialogs
// only pick a path here and Rust reads and writes the file. In debug builds LIMBER_E2E_DIALOG_PATH (asked of
// Rust through `dialog_test_path`) stands in for both dialogs, because WebDriver cannot drive native ones.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call } from './call';
import type { CustomRoutine } from './bindings/CustomRoutine';
import type { DoseField } from './bindings/DoseField';
import type { DraftCheck as RustDraftCheck } from './bindings/DraftCheck';
import type { DraftItem as RustDraftItem } from './bindings/DraftItem';
import type { DraftView as RustDraftView } from './bindings/DraftView';
import type { Edit } from './bindings/Edit';
import type { ExerciseChoice as RustExerciseChoice } from './bindings/ExerciseChoice';
import type { Problem as RustProblem } from './bindings/Problem';
import type { RoutineExported as RustRoutineExported } from './bindings/RoutineExported';
import type { RoutineHistory } from './bindings/RoutineHistory';
import type { RoutineImport as RustRoutineImport } from './bindings/RoutineImport';
import type { Sides } from './bindings/Sides';
import { t } from '../i18n/locale.svelte';
import type { Said } from './words';

export type {
  CustomRoutine,
  DoseField,
  Edit,
  RoutineHistory,
  Sides,
};

/** A draft and its problems as screens see them: each problem's rule said in the language in force. */
export type DraftCheck = Said<RustDraftCheck>;
export type DraftView = Said<RustDraftView>;
export type Problem = Said<RustProblem>;
/** An exercise the editor can add, and an item of the draft: their names said in the language in force. */
export type ExerciseChoice = Said<RustExerciseChoice>;
export type DraftItem = Said<RustDraftItem>;

/** A routine file and an import's outcome as screens see them: their sentences said in the language in force. */
export type RoutineExported = Said<RustRoutineExported>;
export type RoutineImport = Said<RustRoutineImport>;

/** The file type the save and open dialogs offer, named in the language in force. */
const routineFiles = () => ({ name: t('editor-filter-routine'), extensions: ['json'] });

/** The path end-to-end tests put in place of the dialogs, or null (always null in release builds). */
function testPath(): Promise<string | null> {
  return call<string | null>('dialog_test_path');
}

export const editor = {
  exercises: () => call<ExerciseChoice[]>('editor_exercises'),
  /** A new, empty routine (not saved yet). */
  create: () => call<DraftView>('editor_new'),
  /** One of the user's routines; fails with `notFound` for a built-in one. */
  open: (id: string) => call<DraftView>('editor_open', { id }),
  /** A copy of any routine, remembering the built-in one it came from (not saved yet). */
  duplicate: (id: string) => call<DraftView>('editor_duplicate', { id }),
  edit: (draft: CustomRoutine, edit: Edit) => call<DraftView>('editor_edit', { draft, edit }),
  check: (draft: CustomRoutine) => call<DraftView>('editor_check', { draft }),
  reset: (draft: CustomRoutine) => call<DraftView>('editor_reset', { draft }),
  save: (draft: CustomRoutine) => call<DraftView>('custom_routine_save', { draft }),
  remove: (id: string) => call<null>('custom_routine_delete', { id }),
  history: () => call<RoutineHistory[]>('routine_history'),

  /** Asks where to save the routine file, then has Rust write it. Null when the user cancels. */
  async exportTo(id: string): Promise<RoutineExported | null> {
    const defaultPath = await call<string>('routine_file_name', { id });
    const path = (await testPath()) ?? (await save({ defaultPath, filters: [routineFiles()] }));
    if (path === null) return null;
    return call<RustRoutineExported>('routine_export', { id, path });
  },

  /** Asks for a routine file, then has Rust check it whole and save it. Null when the user cancels. */
  async importFrom(): Promise<RoutineImport | null> {
    const path = (await testPath()) ?? (await open({ multiple: false, directory: false, filters: [routineFiles()] }));
    if (path === null) return null;
    return call<RustRoutineImport>('routine_import', { path });
  },
};
