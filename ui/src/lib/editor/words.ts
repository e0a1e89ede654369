// The editor's and the routine cards' sentences: the total length, and the history line under a card.
import type { RoutineHistory } from '../ipc/editor';
import { formatDuration } from '../format';

/** "About 6 min · 3 exercises" — the total the core computed, as the editor shows it while you edit. */
export function totalLine(durationSecs: number, items: number): string {
  const exercises = items === 1 ? '1 exercise' : `${items} exercises`;
  return `About ${formatDuration(durationSecs)} · ${exercises}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Fri 21 Nov" for a routine day such as "2025-11-21" (a calendar date, never shifted by a time zone). */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]}`;
}

/** The line under a routine card: "Done 3 times · last on Fri 21 Nov", "Started once, not finished", … */
export function historyLine(history: RoutineHistory | undefined): string {
  if (!history || history.sessions === 0) return 'Not done yet';
  if (history.completed === 0) {
    return history.sessions === 1 ? 'Started once, not finished yet' : `Started ${history.sessions} times, not finished yet`;
  }
  const times = history.completed === 1 ? 'Done once' : `Done ${history.completed} times`;
  return history.lastDone ? `${times} · last on ${shortDay(history.lastDone)}` : times;
}
