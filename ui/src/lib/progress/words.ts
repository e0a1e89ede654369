// The sentences the progress screen shows, as plain functions so vitest can read them. Every number comes from
// Rust; these only choose words, which are the catalogue's in the language in force (plurals by Fluent, numbers,
// dates and weekday names by Intl). The wording never makes a medical claim: it describes the user's own entries.
import type {
  Dashboard,
  RedFlag,
  RestToday,
  RoutineProgress,
  SleepEffect,
  StreakSummary,
  WindDownEffect,
} from '../ipc';
import { percentText, weekdayName } from '../format';
import { intlLocale, t } from '../i18n/locale.svelte';
import { dayLabel, shortDay } from './heatmap';

type DayName = RoutineProgress['scheduledDays'][number];

/** Items in a row, as the language in force writes a short list: "Mon, Wed, Fri". */
export function shortList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { style: 'short', type: 'unit' }).format(items);
}

/** "Every day", "Weekdays", "Mon, Wed, Fri", "No days scheduled". */
export function scheduleText(days: DayName[]): string {
  if (days.length === 7) return t('progress-schedule-every-day');
  if (days.length === 0) return t('progress-schedule-none');
  const weekdays: DayName[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  if (days.length === 5 && weekdays.every((d) => days.includes(d))) return t('progress-schedule-weekdays');
  return shortList(days.map((d) => weekdayName(d, 'short')));
}

/** A 0–1 share as a whole percentage, "90%" ("90 %"). */
export function percent(share: number): string {
  return percentText(share);
}

/** A number with one decimal, as the language in force writes it: "3.5", "3,5". */
export function oneDecimal(n: number): string {
  return new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** "12 days" for the current streak. Streaks count scheduled days done. */
export function streakText(n: number): string {
  return t('progress-streak-days', { count: n });
}

/** "27 of 30 done (90%)" under the heading "Last 30 scheduled days", or a gentle line when none has passed. */
export function completionText(summary: StreakSummary): string {
  const c = summary.completion;
  if (c.rate === null) return t('progress-completion-none');
  return t('progress-completion', { done: c.done, total: c.done + c.missed, percent: percent(c.rate), rest: c.rest });
}

/** "3 of 5 days this week · goal met 4 weeks running". */
export function weeklyText(summary: StreakSummary): string | null {
  const w = summary.weekly;
  if (!w) return null;
  return t('progress-weekly', { done: w.thisWeek, goal: w.goal, weeks: w.current });
}

/** How today looks, in words. */
export function todayText(routine: RoutineProgress): string {
  switch (routine.today) {
    case 'done':
      return t('progress-today-done');
    case 'rest':
      return t('progress-today-rest');
    case 'pending':
      return t('progress-today-pending');
    case 'unscheduled':
      return t('progress-today-unscheduled');
    default:
      return '';
  }
}

/** The line under the rest-day button, or why there is no button. */
export function restText(rest: RestToday): string {
  switch (rest.kind) {
    case 'available':
      return t('progress-rest-available', { left: rest.left });
    case 'marked':
      return t('progress-rest-marked');
    case 'done':
      return '';
    case 'notScheduled':
      return '';
    case 'limitReached':
      return t('progress-rest-limit', { limit: rest.limit });
  }
}

/** The habit-strength trend as one sentence, for the sparkline's text alternative. */
export function trendText(routine: RoutineProgress): string {
  const points = routine.score.trend;
  if (points.length === 0) return t('progress-trend-none');
  const first = points[0];
  const now = percent(routine.score.today);
  if (points.length === 1) return t('progress-trend-one', { now });
  return t('progress-trend', { now, first: percent(first.score), day: shortDay(first.day) });
}

/** Whether the insight has enough mornings on both sides to show. */
export function insightReady(effect: WindDownEffect): effect is Extract<WindDownEffect, { kind: 'compared' }> {
  return effect.kind === 'compared';
}

/** The insight in plain words: averages and counts, never a cause. */
export function insightText(effect: WindDownEffect, days: number): string {
  if (effect.kind === 'notEnoughData') {
    return t('progress-insight-waiting', {
      needed: effect.needed,
      withCount: effect.withWindDown,
      withoutCount: effect.withoutWindDown,
      days,
    });
  }
  const diff = effect.difference;
  let comparison: string;
  if (Math.abs(diff) < 0.25) comparison = t('progress-insight-same');
  else if (diff > 0) comparison = t('progress-insight-lower', { diff: oneDecimal(diff) });
  else comparison = t('progress-insight-higher', { diff: oneDecimal(-diff) });
  return t('progress-insight', {
    with: oneDecimal(effect.withWindDown.averagePain),
    withCount: effect.withWindDown.mornings,
    without: oneDecimal(effect.withoutWindDown.averagePain),
    withoutCount: effect.withoutWindDown.mornings,
    comparison,
  });
}

/** The sleep insight in plain words (issue 18): how nights after a wind-down were rated, with the counts. */
export function sleepInsightText(effect: SleepEffect, days: number): string {
  if (effect.kind === 'notEnoughData') {
    return t('progress-sleep-waiting', {
      needed: effect.needed,
      withCount: effect.withWindDown,
      withoutCount: effect.withoutWindDown,
      days,
    });
  }
  const diff = effect.difference;
  let comparison: string;
  if (Math.abs(diff) < 0.25) comparison = t('progress-insight-same');
  else if (diff > 0) comparison = t('progress-sleep-better', { diff: oneDecimal(diff) });
  else comparison = t('progress-sleep-worse', { diff: oneDecimal(-diff) });
  return t('progress-sleep-insight', {
    with: oneDecimal(effect.withWindDown.averageQuality),
    withCount: effect.withWindDown.mornings,
    without: oneDecimal(effect.withoutWindDown.averageQuality),
    withoutCount: effect.withoutWindDown.mornings,
    comparison,
  });
}

/** The note under the insight: what these numbers are and are not. */
export function insightCaveat(): string {
  return t('progress-insight-caveat');
}

/** Why the red-flag card is showing, from the numbers Rust found in the person's own entries. */
export function redFlagReason(flag: RedFlag): string {
  const avg = (w: { average: number | null }) => (w.average === null ? '–' : oneDecimal(w.average));
  switch (flag.rule) {
    case 'sustainedHighPain':
      return t('progress-flag-sustained', { mornings: flag.mornings, from: shortDay(flag.from), to: shortDay(flag.to) });
    case 'risingPain': {
      const [a, , c] = flag.weeks;
      return t('progress-flag-rising', { first: avg(a), firstWeek: shortDay(a.from), last: avg(c), lastWeek: shortDay(c.from) });
    }
    case 'steadyPain': {
      const first = flag.weeks[0];
      const last = flag.weeks[flag.weeks.length - 1];
      return t('progress-flag-steady', {
        weeks: flag.weeks.length,
        first: avg(first),
        firstWeek: shortDay(first.from),
        last: avg(last),
        lastWeek: shortDay(last.from),
      });
    }
  }
}

/** The heading of the dashboard. */
export function todayHeading(d: Dashboard): string {
  return t('progress-today-is', { day: dayLabel(d.today, false) });
}
