// The sentences the progress screen shows, as plain functions so vitest can read them. Every number comes from
// Rust; these only choose words. The wording never makes a medical claim: it describes the user's own entries.
import type {
  Dashboard,
  RedFlag,
  RestToday,
  RoutineProgress,
  SleepEffect,
  StreakSummary,
  WindDownEffect,
} from '../ipc';
import { dayLabel, shortDay } from './heatmap';

type DayName = RoutineProgress['scheduledDays'][number];

const SHORT: Record<DayName, string> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

/** "Every day", "Weekdays", "Mon, Wed, Fri", "No days scheduled". */
export function scheduleText(days: DayName[]): string {
  if (days.length === 7) return 'Every day';
  if (days.length === 0) return 'No days scheduled';
  const weekdays: DayName[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  if (days.length === 5 && weekdays.every((d) => days.includes(d))) return 'Weekdays';
  return days.map((d) => SHORT[d]).join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "the one record", "the 14 records": what the record log brought back after a recovery. */
export function theRecords(n: number): string {
  return n === 1 ? 'the one record' : `the ${n} records`;
}

/** A 0–1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "12 days" for the current streak. Streaks count scheduled days done. */
export function streakText(n: number): string {
  return plural(n, 'day');
}

/** "27 of 30 done (90%)" under the heading "Last 30 scheduled days", or a gentle line when none has passed. */
export function completionText(summary: StreakSummary): string {
  const c = summary.completion;
  if (c.rate === null) return 'None has passed yet';
  const rest = c.rest > 0 ? `, ${plural(c.rest, 'rest day')}` : '';
  return `${c.done} of ${c.done + c.missed} done (${percent(c.rate)})${rest}`;
}

/** "3 of 5 days this week · goal met 4 weeks running". */
export function weeklyText(summary: StreakSummary): string | null {
  const w = summary.weekly;
  if (!w) return null;
  const run = w.current > 0 ? ` · goal met ${plural(w.current, 'week')} running` : '';
  return `${w.thisWeek} of ${w.goal} days this week${run}`;
}

/** How today looks, in words. */
export function todayText(routine: RoutineProgress): string {
  switch (routine.today) {
    case 'done':
      return 'Done today';
    case 'rest':
      return 'Rest day today';
    case 'pending':
      return 'Not done yet today';
    case 'unscheduled':
      return 'Not scheduled today';
    default:
      return '';
  }
}

/** The line under the rest-day button, or why there is no button. */
export function restText(rest: RestToday): string {
  switch (rest.kind) {
    case 'available':
      return `${plural(rest.left, 'rest day')} left this month. A rest day keeps your streak without adding to it.`;
    case 'marked':
      return 'Today is a rest day. Your streak is kept.';
    case 'done':
      return '';
    case 'notScheduled':
      return '';
    case 'limitReached':
      return `This month's ${plural(rest.limit, 'rest day')} ${rest.limit === 1 ? 'is' : 'are'} used.`;
  }
}

/** The habit-strength trend as one sentence, for the sparkline's text alternative. */
export function trendText(routine: RoutineProgress): string {
  const points = routine.score.trend;
  if (points.length === 0) return 'No habit strength yet.';
  const first = points[0];
  const now = percent(routine.score.today);
  if (points.length === 1) return `Habit strength ${now}.`;
  return `Habit strength ${now}, from ${percent(first.score)} on ${shortDay(first.day)}.`;
}

/** Whether the insight has enough mornings on both sides to show. */
export function insightReady(effect: WindDownEffect): effect is Extract<WindDownEffect, { kind: 'compared' }> {
  return effect.kind === 'compared';
}

function oneDecimal(n: number): string {
  return n.toFixed(1);
}

/** The insight in plain words: averages and counts, never a cause. */
export function insightText(effect: WindDownEffect, days: number): string {
  if (effect.kind === 'notEnoughData') {
    return (
      `After ${effect.needed} mornings with a wind-down the evening before and ${effect.needed} without, ` +
      `you will see how your morning pain compares. So far: ${effect.withWindDown} with, ` +
      `${effect.withoutWindDown} without (last ${days} days).`
    );
  }
  const w = effect.withWindDown;
  const wo = effect.withoutWindDown;
  const diff = effect.difference;
  let comparison: string;
  if (Math.abs(diff) < 0.25) comparison = 'About the same either way.';
  else if (diff > 0) comparison = `On average ${oneDecimal(diff)} points lower after a wind-down.`;
  else comparison = `On average ${oneDecimal(-diff)} points higher after a wind-down.`;
  return (
    `Morning pain after a wind-down: ${oneDecimal(w.averagePain)} on average (${plural(w.mornings, 'morning')}). ` +
    `Without one: ${oneDecimal(wo.averagePain)} (${plural(wo.mornings, 'morning')}). ${comparison}`
  );
}

/** The sleep insight in plain words (issue 18): how nights after a wind-down were rated, with the counts. */
export function sleepInsightText(effect: SleepEffect, days: number): string {
  if (effect.kind === 'notEnoughData') {
    return (
      `After ${effect.needed} check-ins following a wind-down and ${effect.needed} without, you will see how ` +
      `you rated your sleep after each. So far: ${effect.withWindDown} with, ${effect.withoutWindDown} without ` +
      `(last ${days} days).`
    );
  }
  const w = effect.withWindDown;
  const wo = effect.withoutWindDown;
  const diff = effect.difference;
  let comparison: string;
  if (Math.abs(diff) < 0.25) comparison = 'About the same either way.';
  else if (diff > 0) comparison = `On average ${oneDecimal(diff)} points better after a wind-down.`;
  else comparison = `On average ${oneDecimal(-diff)} points worse after a wind-down.`;
  return (
    `Sleep after a wind-down: rated ${oneDecimal(w.averageQuality)} of 5 on average ` +
    `(${plural(w.mornings, 'night')}). Without one: ${oneDecimal(wo.averageQuality)} ` +
    `(${plural(wo.mornings, 'night')}). ${comparison}`
  );
}

/** The note under the insight: what these numbers are and are not. */
export const INSIGHT_CAVEAT =
  'These averages describe your own check-ins; they are not a medical finding. Sleep, stress and the day before ' +
  'play a part too.';

/** Why the red-flag card is showing, from the numbers Rust found in the person's own entries. */
export function redFlagReason(flag: RedFlag): string {
  const avg = (w: { average: number | null }) => (w.average === null ? '–' : w.average.toFixed(1));
  switch (flag.rule) {
    case 'sustainedHighPain':
      return (
        `You rated your back pain 7 or more on ${plural(flag.mornings, 'morning')} in a row ` +
        `(${shortDay(flag.from)} to ${shortDay(flag.to)}).`
      );
    case 'risingPain': {
      const [a, , c] = flag.weeks;
      return (
        `Your average morning pain has gone up each week for three weeks, from ${avg(a)} ` +
        `(week of ${shortDay(a.from)}) to ${avg(c)} (week of ${shortDay(c.from)}).`
      );
    }
    case 'steadyPain': {
      const first = flag.weeks[0];
      const last = flag.weeks[flag.weeks.length - 1];
      return (
        `Your average morning pain has stayed at 4 or more every week for ${flag.weeks.length} weeks: ` +
        `${avg(first)} in the week of ${shortDay(first.from)}, ${avg(last)} in the week of ${shortDay(last.from)}.`
      );
    }
  }
}

/** The heading of the dashboard. */
export function todayHeading(d: Dashboard): string {
  return `Today is ${dayLabel(d.today, false)}`;
}
