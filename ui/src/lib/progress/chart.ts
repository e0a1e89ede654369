// Turns the pain chart Rust computed into the arrays uPlot draws, and into words and a table for people who do
// not see the chart. Averages here only describe what is drawn; every day's values and marks come from Rust.
// The words are the catalogue's and the dates and numbers Intl's, in the language in force.
import type { PainDay } from '../ipc';
import { intlLocale, t } from '../i18n/locale.svelte';
import { dayLabel, monthName } from './heatmap';
import { oneDecimal } from './words';

/** Where on the 0–10 scale the routine marks sit: above the top, so they never hide a value. */
export const WIND_DOWN_MARK = 11.2;
export const MORNING_MARK = 10.6;

export interface ChartData {
  /** Unix seconds at noon UTC of each day (noon keeps every day on its own date in any zone). */
  xs: number[];
  pain: (number | null)[];
  stiffness: (number | null)[];
  windDown: (number | null)[];
  morning: (number | null)[];
}

export function dayToSeconds(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12) / 1000;
}

export function chartData(days: PainDay[]): ChartData {
  return {
    xs: days.map((d) => dayToSeconds(d.day)),
    pain: days.map((d) => d.pain),
    stiffness: days.map((d) => d.stiffness),
    windDown: days.map((d) => (d.windDownBefore ? WIND_DOWN_MARK : null)),
    morning: days.map((d) => (d.morningRoutine ? MORNING_MARK : null)),
  };
}

/** The fewest days the chart spans, so that a first check-in is drawn as a point in a short fortnight. */
export const MIN_CHART_DAYS = 14;

/**
 * The days worth drawing: from the first day with a check-in or a routine (but at least the last
 * {@link MIN_CHART_DAYS} days) to today. Leading empty days would only squeeze the data into the right edge.
 */
export function drawnDays(days: PainDay[]): PainDay[] {
  const first = days.findIndex((d) => d.pain !== null || d.stiffness !== null || d.windDownBefore || d.morningRoutine);
  const start = first < 0 ? days.length : first;
  return days.slice(Math.max(0, Math.min(start, days.length - MIN_CHART_DAYS)));
}

/** Days with a check-in, newest first. */
export function checkIns(days: PainDay[]): PainDay[] {
  return days.filter((d) => d.pain !== null || d.stiffness !== null).reverse();
}

function average(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((a, b) => a + b, 0) / present.length;
}

/** The chart in words: how many check-ins, the latest, and the last 30 days' averages. */
export function chartSummary(days: PainDay[]): string {
  const entries = checkIns(days);
  if (entries.length === 0) return t('chart-none');
  const latest = entries[0];
  const parts = [
    t('chart-count', { count: entries.length }),
    t('chart-latest', { day: dayLabel(latest.day, false), pain: latest.pain ?? '–', stiffness: latest.stiffness ?? '–' }),
  ];
  const recent = days.slice(-30);
  const pain = average(recent.map((d) => d.pain));
  const stiffness = average(recent.map((d) => d.stiffness));
  if (pain !== null || stiffness !== null) {
    parts.push(
      t('chart-average', {
        pain: pain === null ? '–' : oneDecimal(pain),
        stiffness: stiffness === null ? '–' : oneDecimal(stiffness),
      }),
    );
  }
  return parts.join(' ');
}

/** The x axis's tick labels: "9 Nov" ("9. Nov.") over a few weeks, the month's name over longer spans. */
export function tickLabels(ticks: number[], spanDays: number): string[] {
  const dayMonth = new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return ticks.map((tick) => {
    const d = new Date(tick * 1000);
    if (spanDays > 62) return monthName(d.getUTCMonth() + 1);
    // English keeps Limber's "9 Nov" with no punctuation, whatever the window's ICU writes.
    if (intlLocale() !== 'en-GB') return dayMonth.format(d);
    const parts = dayMonth.formatToParts(d);
    return ['day', 'month'].map((type) => parts.find((p) => p.type === type)?.value ?? '').join(' ');
  });
}

/** The x range with half a day to spare at each end, so the first and last dots are not cut in half. */
export function xRange(xs: number[]): [number, number] {
  if (xs.length === 0) return [0, 1];
  return [xs[0] - 43200, xs[xs.length - 1] + 43200];
}

/** Where on the 1–5 sleep scale the wind-down mark sits: above the top, so it never hides a rating. */
export const SLEEP_WIND_DOWN_MARK = 5.6;

export interface SleepData {
  xs: number[];
  sleep: (number | null)[];
  windDown: (number | null)[];
}

/** The sleep chart's arrays: each morning's rating of the night before, and the wind-downs before them. */
export function sleepData(days: PainDay[]): SleepData {
  return {
    xs: days.map((d) => dayToSeconds(d.day)),
    sleep: days.map((d) => d.sleepQuality),
    windDown: days.map((d) => (d.windDownBefore ? SLEEP_WIND_DOWN_MARK : null)),
  };
}

/** The sleep chart's days: from the first rated night or wind-down (at least {@link MIN_CHART_DAYS}) to today. */
export function drawnSleepDays(days: PainDay[]): PainDay[] {
  const first = days.findIndex((d) => d.sleepQuality !== null || d.windDownBefore);
  const start = first < 0 ? days.length : first;
  return days.slice(Math.max(0, Math.min(start, days.length - MIN_CHART_DAYS)));
}

/** The sleep chart in words: how many nights were rated, the latest, and the last 30 days' average. */
export function sleepSummary(days: PainDay[]): string {
  const rated = days.filter((d) => d.sleepQuality !== null).reverse();
  if (rated.length === 0) return t('sleep-none');
  const latest = rated[0];
  const parts = [
    t('sleep-count', { count: rated.length }),
    t('sleep-latest', { day: dayLabel(latest.day, false), quality: latest.sleepQuality ?? '–' }),
  ];
  const recent = average(days.slice(-30).map((d) => d.sleepQuality));
  if (recent !== null) parts.push(t('sleep-average', { average: oneDecimal(recent) }));
  return parts.join(' ');
}
