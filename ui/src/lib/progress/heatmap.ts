// Lays out the heatmap Rust computed as a calendar: one column per week, one row per weekday, with a word and a
// symbol for every state so that colour is never the only cue. Nothing here decides a state; it only arranges
// and names what Rust returned.
import type { DayState, HeatmapDay } from '../ipc';

/** The word a day's state is read as, and a symbol drawn in the cell beside its colour. */
export const STATES: Record<DayState, { label: string; symbol: string }> = {
  done: { label: 'done', symbol: '✓' },
  rest: { label: 'rest day', symbol: 'R' },
  missed: { label: 'missed', symbol: '×' },
  pending: { label: 'today, not done yet', symbol: '•' },
  unscheduled: { label: 'not scheduled', symbol: '' },
  untracked: { label: 'before you started', symbol: '' },
  future: { label: 'still to come', symbol: '' },
};

/** The order the legend lists the states in. */
export const LEGEND: DayState[] = ['done', 'rest', 'missed', 'pending', 'unscheduled', 'untracked', 'future'];

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Parses "YYYY-MM-DD" as a calendar date (no time zone is involved: the day is already decided in Rust). */
export function parseDay(day: string): { year: number; month: number; date: number; weekday: number } {
  const [year, month, date] = day.split('-').map(Number);
  // Zeller-free weekday: a UTC date has no offset to shift it. 0 = Monday.
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
  return { year, month, date, weekday };
}

/** "Mon 3 Mar 2025". */
export function dayLabel(day: string, withYear = true): string {
  const { year, month, date, weekday } = parseDay(day);
  const base = `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]}`;
  return withYear ? `${base} ${year}` : base;
}

/** A short date, "3 Mar". */
export function shortDay(day: string): string {
  const { month, date } = parseDay(day);
  return `${date} ${MONTHS[month - 1]}`;
}

export interface Cell {
  day: string;
  state: DayState;
  /** What a screen reader says: "Mon 3 Mar 2025: done". */
  description: string;
  symbol: string;
}

export interface Calendar {
  /** rows[weekday][week]; null where the data has no day (never, when Rust sends whole weeks). */
  rows: (Cell | null)[][];
  /** One label per week column: the month's name on the first week that starts in it, else "". */
  months: string[];
  weeks: number;
}

/** Arranges days (oldest first, starting on a Monday) into a weekday × week grid. */
export function calendar(days: HeatmapDay[]): Calendar {
  const first = days.length > 0 ? parseDay(days[0].day).weekday : 0;
  const weeks = Math.ceil((first + days.length) / 7);
  const rows: (Cell | null)[][] = WEEKDAYS.map(() => Array<Cell | null>(weeks).fill(null));
  const months: string[] = Array<string>(weeks).fill('');
  let lastMonth = -1;
  days.forEach((d, i) => {
    const index = first + i;
    const week = Math.floor(index / 7);
    const weekday = index % 7;
    const info = STATES[d.state];
    rows[weekday][week] = {
      day: d.day,
      state: d.state,
      description: `${dayLabel(d.day)}: ${info.label}`,
      symbol: info.symbol,
    };
    const { month } = parseDay(d.day);
    if (weekday === 0 || i === 0) {
      if (month !== lastMonth) {
        months[week] = MONTHS[month - 1];
        lastMonth = month;
      }
    }
  });
  // A month whose first labelled week is followed at once by the next month's label would print over it
  // ("MayJun"); the partial month at the very start loses its label instead.
  for (let week = 0; week + 1 < weeks; week += 1) {
    if (months[week] && months[week + 1]) months[week] = '';
  }
  return { rows, months, weeks };
}

/** Counts of each state, for the heatmap's one-sentence summary. */
export function tally(days: HeatmapDay[]): Record<DayState, number> {
  const counts = Object.fromEntries(LEGEND.map((s) => [s, 0])) as Record<DayState, number>;
  for (const d of days) counts[d.state] += 1;
  return counts;
}

/** "Last 26 weeks: 150 done, 4 rest days, 12 missed." */
export function summary(days: HeatmapDay[]): string {
  const t = tally(days);
  const weeks = Math.ceil(days.length / 7);
  const parts = [`${t.done} done`];
  if (t.rest > 0) parts.push(`${t.rest} rest ${t.rest === 1 ? 'day' : 'days'}`);
  parts.push(`${t.missed} missed`);
  return `Last ${weeks} weeks: ${parts.join(', ')}.`;
}
