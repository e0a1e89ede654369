// The words of the dose panel, as plain functions so vitest can read them. Rust decides what to offer and says
// why; these only name the dose history's stretches and the sessions in each.
import type { DoseEra } from '../ipc';
import { dayLabel, shortDay } from './heatmap';
import { plural } from './words';

/** "Starting dose" or "Step up you accepted, Mon 7 Dec". */
export function eraTitle(era: DoseEra): string {
  return era.since === null ? era.how : `${era.how}, ${dayLabel(era.since, false)}`;
}

/** "2 sessions: 5 Dec, 6 Dec", "No sessions yet", or the first and last of many. */
export function eraSessions(era: DoseEra): string {
  const n = era.sessions.length;
  if (n === 0) return 'No sessions yet';
  const days = n <= 4 ? era.sessions.map(shortDay).join(', ') : `${shortDay(era.sessions[0])} to ${shortDay(era.sessions[n - 1])}`;
  return `${plural(n, 'session')}: ${days}`;
}
