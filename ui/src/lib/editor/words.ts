// The editor's and the routine cards' sentences: the total length, and the history line under a card.
import type { RoutineHistory } from '../ipc/editor';
import { formatDuration } from '../format';
import { intlLocale, t } from '../i18n/locale.svelte';

/** "About 6 min · 3 exercises" — the total the core computed, as the editor shows it while you edit. */
export function totalLine(durationSecs: number, items: number): string {
  return t('editor-total', { duration: formatDuration(durationSecs), count: items });
}

/**
 * A short date for a routine day such as "2025-11-21" in the language in force ("Fri 21 Nov", "Fr., 21. Nov."):
 * a calendar date, never shifted by a time zone. English keeps Limber's one spelling, without a comma: the
 * window's ICU (72, CLDR 42, in WebKitGTK here) writes "Fri, 21 Nov" where newer ones (Node's) write
 * "Fri 21 Nov", so its parts are put together here; every other language is written as Intl has it.
 */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const locale = intlLocale();
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale !== 'en-GB') return format.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return [part('weekday'), part('day'), part('month')].join(' ');
}

/** The line under a routine card: "Done 3 times · last on Fri 21 Nov", "Started once, not finished", … */
export function historyLine(history: RoutineHistory | undefined): string {
  if (!history || history.sessions === 0) return t('history-not-done');
  if (history.completed === 0) return t('history-started', { count: history.sessions });
  if (!history.lastDone) return t('history-done', { count: history.completed });
  return t('history-done-last', { count: history.completed, day: shortDay(history.lastDone) });
}
