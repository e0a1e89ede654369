// Lays out the heatmap Rust computed as a calendar: one column per week, one row per weekday, with a word and a
// symbol for every state so that colour is never the only cue. Nothing here decides a state; it only arranges
// and names what Rust returned. Weeks start on the first day of the week of the language in force (issue 22),
// and every day, weekday and month is written by Intl in that language.
import type { DayState, HeatmapDay } from '../ipc';
import { intlLocale, t } from '../i18n/locale.svelte';

/** The catalogue message of each state's word, and a symbol drawn in the cell beside its colour. */
const STATE_WORDS: Record<DayState, { id: string; symbol: string }> = {
  done: { id: 'heatmap-done', symbol: '✓' },
  rest: { id: 'heatmap-rest', symbol: '' },
  missed: { id: 'heatmap-missed', symbol: '×' },
  pending: { id: 'heatmap-pending', symbol: '•' },
  unscheduled: { id: 'heatmap-unscheduled', symbol: '' },
  untracked: { id: 'heatmap-untracked', symbol: '' },
  future: { id: 'heatmap-future', symbol: '' },
};

/**
 * Each state's word and symbol in the language in force, read when used so a change of language shows at once.
 * A rest day's symbol is a letter, so it is the catalogue's too ("R").
 */
export const STATES = Object.fromEntries(
  (Object.keys(STATE_WORDS) as DayState[]).map((state) => [
    state,
    {
      get label() {
        return t(STATE_WORDS[state].id);
      },
      get symbol() {
        return state === 'rest' ? t('heatmap-rest-symbol') : STATE_WORDS[state].symbol;
      },
    },
  ]),
) as Record<DayState, { readonly label: string; readonly symbol: string }>;

/** The order the legend lists the states in. */
export const LEGEND: DayState[] = ['done', 'rest', 'missed', 'pending', 'unscheduled', 'untracked', 'future'];

/** ISO weekday numbers, as Intl.Locale's week info gives them: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Regions whose week starts on another day than Monday, from CLDR's weekData (firstDay), for the runtimes whose
 * Intl.Locale has no week info. Every region not named starts on Monday, as CLDR's world default does.
 */
const SUNDAY_REGIONS = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP ' + // i18n-ok: regions
    'PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW' // i18n-ok: regions
  ).split(' '),
);
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' ')); // i18n-ok: regions
/** The region a language without one is taken to mean, for the table (CLDR's likely subtags). */
const LIKELY_REGION: Record<string, string> = {
  en: 'US', de: 'DE', es: 'ES', fr: 'FR', pt: 'BR', it: 'IT', nl: 'NL', pl: 'PL', ja: 'JP', zh: 'CN', ar: 'EG',
  he: 'IL', ko: 'KR', fa: 'IR', hi: 'IN', th: 'TH',
};

/** The week info of a locale where the runtime has it: the getter (older engines) or the method (newer ones). */
function runtimeFirstDay(locale: string): number | undefined {
  try {
    const tagged = new Intl.Locale(locale) as Intl.Locale & {
      weekInfo?: { firstDay: number };
      getWeekInfo?: () => { firstDay: number };
    };
    const info = typeof tagged.getWeekInfo === 'function' ? tagged.getWeekInfo() : tagged.weekInfo;
    return info?.firstDay;
  } catch {
    return undefined;
  }
}

/** The first day of the week from the table above, by the locale's region (or the region its language implies). */
export function tableFirstDay(locale: string): IsoWeekday {
  const [language, ...rest] = locale.split(/[-_]/);
  const region = rest.find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part))?.toUpperCase() ?? LIKELY_REGION[language.toLowerCase()] ?? '001';
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

/**
 * The first day of the week in `locale`: Intl's own answer where the runtime has week info, else the table.
 * `useRuntime` is false only in tests of the table.
 */
export function firstWeekday(locale: string, useRuntime = true): IsoWeekday {
  const day = useRuntime ? runtimeFirstDay(locale) : undefined;
  return day !== undefined && day >= 1 && day <= 7 ? (day as IsoWeekday) : tableFirstDay(locale);
}

/** Parses "YYYY-MM-DD" as a calendar date (no time zone is involved: the day is already decided in Rust). */
export function parseDay(day: string): { year: number; month: number; date: number; weekday: number } {
  const [year, month, date] = day.split('-').map(Number);
  // A UTC date has no offset to shift it. 0 = Monday.
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
  return { year, month, date, weekday };
}

const utc = (day: string) => {
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date));
};

/**
 * A day written by Intl in the language in force. English keeps Limber's spelling without commas ("Mon 3 Mar
 * 2025"): the window's ICU writes "Mon, 3 Mar 2025" where newer ones do not, so its parts are put together.
 */
function written(day: string, options: Intl.DateTimeFormatOptions, order: Intl.DateTimeFormatPartTypes[]): string {
  const locale = intlLocale();
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const date = utc(day);
  if (locale !== 'en-GB') return format.format(date);
  const parts = format.formatToParts(date);
  return order.map((type) => parts.find((p) => p.type === type)?.value ?? '').join(' ');
}

/** "Mon 3 Mar 2025" ("Mo., 3. März 2025"), or without the year "Mon 3 Mar". */
export function dayLabel(day: string, withYear = true): string {
  return withYear
    ? written(day, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, ['weekday', 'day', 'month', 'year'])
    : written(day, { weekday: 'short', day: 'numeric', month: 'short' }, ['weekday', 'day', 'month']);
}

/** A short date, "3 Mar" ("3. März"). */
export function shortDay(day: string): string {
  return written(day, { day: 'numeric', month: 'short' }, ['day', 'month']);
}

/** A month's short name in the language in force: "Mar", "März". `month` is 1–12. */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, 15)));
}

/** The short names of the weekdays in calendar row order, from `first`: ["Mon", …, "Sun"], ["So", "Mo", …]. */
export function weekdayNames(first: IsoWeekday): string[] {
  const format = new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: ISO weekday n falls on 2024-01-n.
  return Array.from({ length: 7 }, (_, row) => format.format(new Date(Date.UTC(2024, 0, ((first - 1 + row) % 7) + 1))));
}

/** The first day of the week in the language in force. */
export function weekStart(): IsoWeekday {
  return firstWeekday(intlLocale());
}

export interface Cell {
  day: string;
  state: DayState;
  /** What a screen reader says: "Mon 3 Mar 2025: done". */
  description: string;
  symbol: string;
}

export interface Calendar {
  /** rows[row][week], the rows in week order from `first`; null where the data has no day. */
  rows: (Cell | null)[][];
  /** The weekday names of the rows. */
  weekdays: string[];
  /** One label per week column: the month's name on the first week that starts in it, else "". */
  months: string[];
  weeks: number;
}

/**
 * Arranges days (oldest first, in whole Monday-to-Sunday weeks as Rust sends them) into a weekday × week grid
 * whose weeks start on `first`; where that is not Monday, the first and last columns are partly empty.
 */
export function calendar(days: HeatmapDay[], first: IsoWeekday = weekStart()): Calendar {
  // The row of a day: how many days after the week's first day it falls.
  const rowOf = (weekday: number) => (weekday + 1 - first + 7) % 7;
  const lead = days.length > 0 ? rowOf(parseDay(days[0].day).weekday) : 0;
  const weeks = Math.ceil((lead + days.length) / 7);
  const rows: (Cell | null)[][] = Array.from({ length: 7 }, () => Array<Cell | null>(weeks).fill(null));
  const months: string[] = Array<string>(weeks).fill('');
  let lastMonth = -1;
  days.forEach((d, i) => {
    const index = lead + i;
    const week = Math.floor(index / 7);
    const row = index % 7;
    const info = STATES[d.state];
    rows[row][week] = {
      day: d.day,
      state: d.state,
      description: t('heatmap-day', { day: dayLabel(d.day), state: info.label }),
      symbol: info.symbol,
    };
    const { month } = parseDay(d.day);
    if (row === 0 || i === 0) {
      if (month !== lastMonth) {
        months[week] = monthName(month);
        lastMonth = month;
      }
    }
  });
  // A month whose first labelled week is followed at once by the next month's label would print over it
  // ("MayJun"); the partial month at the very start loses its label instead.
  for (let week = 0; week + 1 < weeks; week += 1) {
    if (months[week] && months[week + 1]) months[week] = '';
  }
  return { rows, weekdays: weekdayNames(first), months, weeks };
}

/** Counts of each state, for the heatmap's one-sentence summary. */
export function tally(days: HeatmapDay[]): Record<DayState, number> {
  const counts = Object.fromEntries(LEGEND.map((s) => [s, 0])) as Record<DayState, number>;
  for (const d of days) counts[d.state] += 1;
  return counts;
}

/** "Last 26 weeks: 150 done, 4 rest days, 12 missed." */
export function summary(days: HeatmapDay[]): string {
  const counts = tally(days);
  return t('heatmap-summary', { weeks: Math.ceil(days.length / 7), done: counts.done, rest: counts.rest, missed: counts.missed });
}
