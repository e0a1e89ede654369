// The words of the dose panel, as plain functions so vitest can read them. Rust decides what to offer and says
// why; these only name the dose history's stretches and the sessions in each, in the language in force.
import type { DoseEra } from '../ipc';
import { t } from '../i18n/locale.svelte';
import { dayLabel, shortDay } from './heatmap';
import { shortList } from './words';

/** "Starting dose" or "Step up you accepted, Mon 7 Dec". */
export function eraTitle(era: DoseEra): string {
  return era.since === null ? era.how : t('dose-era-since', { how: era.how, day: dayLabel(era.since, false) });
}

/** "2 sessions: 5 Dec, 6 Dec", "No sessions yet", or the first and last of many. */
export function eraSessions(era: DoseEra): string {
  const n = era.sessions.length;
  if (n === 0) return t('dose-sessions-none');
  const days =
    n <= 4
      ? shortList(era.sessions.map(shortDay))
      : t('dose-sessions-range', { first: shortDay(era.sessions[0]), last: shortDay(era.sessions[n - 1]) });
  return t('dose-sessions', { count: n, days });
}
