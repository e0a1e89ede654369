// The instants end-to-end tests run at. `ordinary` is where the regular run pins every file, so its result
// never depends on the real date; the others have bitten apps like this one, and CI runs the date-sensitive
// files at each of them too. Each is a local wall-clock time in an IANA zone (the app reads TZ first).
import { zoned } from './clock.mjs';

export const INSTANTS = {
  // A Wednesday mid-morning in mid-January: nothing near a day, week, month or year boundary, no DST.
  ordinary: { local: '2027-01-13 10:00', zone: 'UTC', about: 'a Wednesday mid-morning' },
  // Sunday 21:30 in Los Angeles is already Monday 05:30 in UTC, past the 04:00 day boundary there: a week that
  // starts on Monday has no day left to come, and anything that uses UTC for "today" is a day ahead.
  'sunday-evening': { local: '2027-01-10 21:30', zone: 'America/Los_Angeles', about: 'a Sunday evening, UTC already Monday' },
  // Berlin springs forward at 02:00 to 03:00 on 2027-03-28 (a Sunday): 03:30 CEST is the first hour after,
  // still the Saturday's routine day; a reminder minute computed with last night's offset is an hour off.
  'berlin-spring-forward': { local: '2027-03-28 03:30', zone: 'Europe/Berlin', about: 'the hour after the spring-forward change' },
  // New Year's Eve, ten minutes before midnight in New York: UTC is already in 2028 and past its day boundary.
  'new-years-eve': { local: '2027-12-31 23:50', zone: 'America/New_York', about: 'New Year\'s Eve, 23:50' },
  // Half past midnight on a Monday at UTC+14: the routine day is still Sunday, the calendar day is Monday, and
  // UTC is Sunday morning.
  'monday-0030-utc+14': { local: '2027-01-11 00:30', zone: 'Pacific/Kiritimati', about: '00:30 on a Monday at UTC+14' },
};

/** The instants CI runs the date-sensitive files at, besides the ordinary one. */
export const HOSTILE = ['sunday-evening', 'berlin-spring-forward', 'new-years-eve', 'monday-0030-utc+14'];

/** The date-sensitive files: they run at every hostile instant. */
export const DATE_SENSITIVE = ['e2e/progress.test.mjs', 'e2e/streak.test.mjs', 'e2e/reminders.test.mjs', 'e2e/player.test.mjs', 'e2e/sync-settings.test.mjs', 'e2e/dose.test.mjs'];

/** { name, at (ms), zone, about } of a named instant, or of 'YYYY-MM-DD HH:MM' in `zone`. */
export function instant(nameOrLocal, zone = 'UTC') {
  const known = INSTANTS[nameOrLocal];
  if (known) return { name: nameOrLocal, at: zoned(...known.local.split(' '), known.zone), zone: known.zone, about: known.about };
  const found = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(nameOrLocal);
  if (!found) {
    throw new Error(`unknown instant ${JSON.stringify(nameOrLocal)}: use one of ${Object.keys(INSTANTS).join(', ')} `
      + 'or "YYYY-MM-DD HH:MM" with --tz');
  }
  const [, date, hhmm] = found;
  return { name: `${date}T${hhmm.replace(':', '')}-${zone.replace(/\//g, '_')}`, at: zoned(date, hhmm, zone), zone, about: `${date} ${hhmm} ${zone}` };
}
