// The words of the data banner and the end screen's save line, kept out of the components so they are tested.
// They are the catalogue's (saving.ftl), in the language in force; the problem's own title, advice and
// message come from Rust.
import type { DataStatus, SaveState } from '../ipc';
import { t } from '../i18n/locale.svelte';

/** How many things wait to be written, in words. */
export function waitingLine(waiting: number): string {
  if (waiting <= 0) return '';
  return t('saving-waiting', { count: waiting });
}

/** What the banner shows: a problem, the all-clear after one, or nothing. */
export type BannerShown =
  | { kind: 'problem' }
  | { kind: 'waiting' }
  | { kind: 'clear'; text: string }
  | { kind: 'none' };

/**
 * The banner after a status arrives. `hadTrouble` says whether the banner showed a problem or waiting records
 * before, so the all-clear is shown once they are gone and never at an ordinary start.
 */
export function bannerFor(status: DataStatus | null, hadTrouble: boolean): BannerShown {
  if (!status) return { kind: 'none' };
  if (status.problem) return { kind: 'problem' };
  if (status.waiting > 0 || status.quitHeld) return { kind: 'waiting' };
  if (hadTrouble) return { kind: 'clear', text: t('saving-clear') };
  return { kind: 'none' };
}

/** The end screen's line about the session's record: "saved" and "counts" only after the store committed. */
export function recordLine(record: SaveState | null, countsAsDone: boolean): { text: string; alert: boolean } {
  if (!record) return { text: t('saving-record-saving'), alert: false };
  if (record.state === 'saved') {
    return {
      text: countsAsDone ? t('saving-record-counts') : t('saving-record-not-counted'),
      alert: false,
    };
  }
  return { text: record.message, alert: true };
}

/** The line under the "back feels" buttons after an answer. */
export function feelLine(state: SaveState | null): string {
  if (!state) return '';
  if (state.state === 'saved') return t('saving-feel-saved');
  if (state.state === 'waiting') return t('saving-feel-waiting');
  return t('saving-feel-refused', { problem: state.message });
}
