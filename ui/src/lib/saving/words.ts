// The words of the data banner and the end screen's save line, kept out of the components so they are tested.
import type { DataStatus, SaveState } from '../ipc';

/** How many things wait to be written, in words. */
export function waitingLine(waiting: number): string {
  if (waiting <= 0) return '';
  return waiting === 1
    ? 'One thing you did is not saved yet. Limber keeps it while it stays open.'
    : `${waiting} things you did are not saved yet. Limber keeps them while it stays open.`;
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
  if (hadTrouble) return { kind: 'clear', text: 'Saved. Limber can write its data again, and everything that waited is on disk now.' };
  return { kind: 'none' };
}

/** The end screen's line about the session's record: "saved" and "counts" only after the store committed. */
export function recordLine(record: SaveState | null, countsAsDone: boolean): { text: string; alert: boolean } {
  if (!record) return { text: 'Saving…', alert: false };
  if (record.state === 'saved') {
    return {
      text: countsAsDone
        ? 'Saved. This counts for today.'
        : 'Saved. Not counted for today: less than most of the routine was done.',
      alert: false,
    };
  }
  return { text: record.message, alert: true };
}

/** The line under the "back feels" buttons after an answer. */
export function feelLine(state: SaveState | null): string {
  if (!state) return '';
  if (state.state === 'saved') return 'Saved with this session.';
  if (state.state === 'waiting') return 'Not saved yet: Limber keeps your answer and saves it with the session.';
  return `Not saved: ${state.message}`;
}
