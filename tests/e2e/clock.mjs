// The pinned clock of an end-to-end run, and the calendar arithmetic tests use to compute what they expect.
//
// tests/run-e2e.mjs starts each test file under libfaketime with the wall clock moved to a named instant (see
// instants.mjs) and passes that instant in LIMBER_E2E_NOW and its zone in TZ. The test's node process, the app,
// its WebKit processes and limber-tray all inherit the same offset ("+N" seconds from real time), so they
// share one fake clock that then runs on in real time; timers and sleeps stay real (the monotonic clock is not
// faked). Tests compute their expectations from the pinned instant and this zone, never from the machine's
// own date: a test that needs "the time now" during the run uses `now()`, which is that shared fake clock.
import assert from 'node:assert/strict';

const DAY_MS = 24 * 3600 * 1000;

/** The routine day starts at 04:00 unless the settings say otherwise (a 00:40 wind-down counts for the evening). */
export const DAY_BOUNDARY_HOUR = 4;

/**
 * The instant this file was pinned at: { at (ms since the epoch), zone (IANA), name }. Throws with the way to
 * run the file when it was started without a pinned clock.
 */
export function pinned() {
  const at = Date.parse(process.env.LIMBER_E2E_NOW ?? '');
  if (!Number.isFinite(at)) {
    throw new Error('this test file needs a pinned clock: run it through tests/run-e2e.mjs '
      + '(e.g. `cd tests && node run-e2e.mjs e2e/progress.test.mjs`, or `--at sunday-evening`); see the README, "Running one test"');
  }
  const zone = (process.env.TZ ?? 'UTC').replace(/^:/, '');
  return { at, zone, name: process.env.LIMBER_E2E_INSTANT ?? 'pinned' };
}

/** The shared fake clock now (ms since the epoch): the pinned instant plus the real time since the file started. */
export function now() {
  return Date.now();
}

/**
 * Checks that this process runs on the pinned clock: it reads a time a little after the pinned instant (the
 * file started there), not the machine's date. `slackMs` is how long the file may have run so far.
 */
export function assertOnPinnedClock(slackMs = 30 * 60 * 1000) {
  const { at, name } = pinned();
  const t = Date.now();
  assert.ok(t >= at - 5000 && t <= at + slackMs,
    `node's clock reads ${new Date(t).toISOString()}, not the pinned instant ${name} (${new Date(at).toISOString()}) `
    + 'plus the run so far: is libfaketime preloaded?');
}

const partsFormat = new Map();

/**
 * The local wall-clock reading of instant `ms` in `zone`: { date: 'YYYY-MM-DD', year, month, day, hour, minute,
 * second, weekday (0 = Monday), hhmm: 'HH:MM' }.
 */
export function local(ms, zone = pinned().zone) {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short',
    });
    partsFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdayOf(date),
    hhmm: `${parts.hour}:${parts.minute}`,
  };
}

/** The zone's offset from UTC at instant `ms`, in seconds (east positive). */
export function offsetSeconds(ms, zone = pinned().zone) {
  const l = local(ms, zone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 1000);
}

/**
 * The instant a local wall-clock time 'YYYY-MM-DD' + 'HH:MM' happens in `zone` (the earlier one when a clock
 * goes back; a time skipped by a clock going forward is refused, so a seed never lands on a time that was not).
 */
export function zoned(date, hhmm, zone = pinned().zone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets around that time; keep the earliest instant that reads back as the wanted wall time.
  const candidates = [naive - DAY_MS / 2, naive, naive + DAY_MS / 2]
    .map((probe) => naive - offsetSeconds(probe, zone) * 1000)
    .filter((ms) => { const l = local(ms, zone); return l.date === date && l.hhmm === hhmm; })
    .sort((a, b) => a - b);
  if (candidates.length === 0) throw new Error(`${date} ${hhmm} does not exist in ${zone}`);
  return candidates[0];
}

/** 'YYYY-MM-DD' plus n days (calendar arithmetic, no zone involved). */
export function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The weekday of a calendar date, 0 = Monday … 6 = Sunday (the app's weeks start on Monday). */
export function weekdayOf(day) {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The routine day instant `ms` belongs to: the local date, or the day before until the boundary hour. */
export function routineDay(ms, zone = pinned().zone, boundaryHour = DAY_BOUNDARY_HOUR) {
  const l = local(ms, zone);
  return l.hour < boundaryHour ? addDays(l.date, -1) : l.date;
}

/** The seven days of the Monday-first week that holds `day`. */
export function weekOf(day) {
  const monday = addDays(day, -weekdayOf(day));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 3 Mar", or "Mon 3 Mar 2025" with the year, as the UI writes a day. */
export function dayLabel(day, withYear = false) {
  const [y, m, d] = day.split('-').map(Number);
  const base = `${WEEKDAYS[weekdayOf(day)]} ${d} ${MONTHS[m - 1]}`;
  return withYear ? `${base} ${y}` : base;
}
