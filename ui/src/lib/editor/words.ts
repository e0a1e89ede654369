// The editor's and the routine cards' sentences: the total length, and the history line under a card.
import type { RoutineHistory } from '../ipc/editor';
import { formatDuration } from '../format';
import { intlLocale, t } from '../i18n/locale.svelte';

/** "About 6 min · 3 exercises" — the total the core computed, as the editor shows it while you edit. */
export function totalLine(durationSecs: number, items: number): string {
  const exercises = items === 1 ? '1 exercise' : `${items} exercises`;
  return `About ${formatDuration(durationSecs)} · ${exercises}`;
}

/**
 * A short date for a routine day such as "2025-11-21" in the language in force ("Fri 21 Nov", "Fr., 21. Nov."):
 * a calendar date, never shifted by a time zone.
 */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const format = new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The line under a routine card: "Done 3 times · last on Fri 21 Nov", "Started once, not finished", … */
export function historyLine(history: RoutineHistory | undefined): string {
  if (!history || history.sessions === 0) return t('history-not-done');
  if (history.completed === 0) return t('history-started', { count: history.sessions });
  if (!history.lastDone) return t('history-done', { count: history.completed });
  return t('history-done-last', { count: history.completed, day: shortDay(history.lastDone) });
}
