// Small formatting rules shared by the screens; plain functions so vitest can check them. Their words are the
// catalogue's, in the language in force.
import { intlLocale, t } from './i18n/locale.svelte';

/** "9 min", "1 min", "45 s": how long a routine takes, rounded the way a person reads it. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return t('duration-seconds', { seconds: Math.max(0, Math.round(totalSeconds)) });
  return t('duration-minutes', { minutes: Math.round(totalSeconds / 60) });
}

/** The weekdays in Limber's order (weeks start on Monday in the reminder and plan settings). */
const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEK)[number];

/**
 * A weekday's name in the language in force, from Intl: "Mon"/"Monday", "Mo."/"Montag". 2024-01-01 was a
 * Monday, so the day after it by the weekday's index is that weekday, in UTC so no zone moves it.
 */
export function weekdayName(day: Weekday, width: 'short' | 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day)));
  return new Intl.DateTimeFormat(intlLocale(), { weekday: width, timeZone: 'UTC' }).format(date);
}

/** Words joined as the language in force joins a list: "Mon, Wed and Fri", "Mo., Mi. und Fr.". */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A routine day such as "2025-03-03" with its year, in the language in force: "Mon 3 Mar 2025", "Mo., 3. März
 * 2025". English keeps Limber's spelling without commas, built from Intl's parts (the window's ICU writes
 * "Mon, 3 Mar 2025" where newer ones do not); every other language is written as Intl has it.
 */
export function dayWithYear(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const locale = intlLocale();
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale !== 'en-GB') return format.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return [part('weekday'), part('day'), part('month'), part('year')].join(' ');
}

/** A whole percentage in the language in force: "50%", "50 %". */
export function percentText(fraction: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
