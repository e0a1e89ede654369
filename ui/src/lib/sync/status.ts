// What the sync settings show, from the SyncStatus Rust sends: when things happened in words ("5 minutes ago")
// and as a local time, the other computers in order with names a person can tell apart, and which parts of the
// section to show. Rust decides everything about sync itself (what a pass did, what was skipped and why, whether
// the folder can be used); this module only words it. "Now" and the time zone are passed in, so the tests pin
// them and never read the machine's clock.
import type { SyncDevice, SyncSkipped, SyncStatus } from '../ipc';
import { intlLocale, t } from '../i18n/locale.svelte';

/**
 * Words and dates follow the language in force (Intl with its locale; English is British English). Times are
 * always 24-hour ("22:30"), as the reminder settings write them.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat }>();

function formatsFor(timeZone: string | undefined) {
  const locale = intlLocale();
  const key = `${locale} ${timeZone ?? ''}`;
  let found = formats.get(key);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    };
    formats.set(key, found);
  }
  return found;
}

/** The local calendar day of an instant as its parts, built from Intl's parts so no engine's punctuation leaks in. */
function localDay(ms: number, timeZone: string | undefined) {
  const parts = Object.fromEntries(
    formatsFor(timeZone)
      .day.formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { weekday: parts.weekday, day: parts.day, month: parts.month, year: parts.year };
}

/** Whole calendar days from the local day of `earlier` to that of `later` in `timeZone`. */
function calendarDaysBetween(earlier: number, later: number, timeZone: string | undefined): number {
  const ymd = (ms: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  };
  return Math.round((ymd(later) - ymd(earlier)) / (24 * HOUR));
}

/**
 * How long ago `instant` was, in words: "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago",
 * "2 weeks ago", "last month", "2 years ago". Null for an instant more than a minute after `now` (another
 * computer whose clock is ahead): "in 3 hours" would say something false, so only its local time is shown.
 */
export function relativeText(instant: number, now: number, timeZone?: string): string | null {
  const ago = now - instant;
  const relative = formatsFor(timeZone).relative;
  if (ago < -MINUTE) return null;
  if (ago < MINUTE) return t('sync-just-now');
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < 24 * HOUR) return relative.format(-Math.floor(ago / HOUR), 'hour');
  // From a day on, calendar days count: 30 hours ago at 04:00 is "yesterday" at 10:00, never "2 days ago".
  const days = Math.max(1, calendarDaysBetween(instant, now, timeZone));
  if (days < 7) return relative.format(-days, 'day');
  if (days < 31) return relative.format(-Math.floor(days / 7), 'week');
  if (days < 365) return relative.format(-Math.floor(days / 30), 'month');
  return relative.format(-Math.floor(days / 365), 'year');
}

/**
 * The local time of `instant`: "09:55" on the same day as `now`, "Tue 12 Jan, 22:40" in the same year, and
 * "Tue 12 Jan 2026, 22:40" otherwise.
 */
export function localTimeText(instant: number, now: number, timeZone?: string): string {
  const time = formatsFor(timeZone).time.format(new Date(instant));
  const day = localDay(instant, timeZone);
  const today = localDay(now, timeZone);
  if (day.year === today.year && day.month === today.month && day.day === today.day) return time;
  if (intlLocale() !== 'en-GB') {
    // Other languages are written as Intl has them ("Di., 12. Jan., 22:40").
    const sameYear = day.year === today.year;
    return new Intl.DateTimeFormat(intlLocale(), {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: sameYear ? undefined : 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(instant));
  }
  // English keeps Limber's spelling without a comma after the weekday, built from Intl's parts.
  const date = `${day.weekday} ${day.day} ${day.month}`;
  return day.year === today.year ? `${date}, ${time}` : `${date} ${day.year}, ${time}`;
}

/** A moment as the section shows it: the words, and the instant for a `<time datetime>`. */
export type When = { text: string; datetime: string };

/**
 * "5 minutes ago (09:55)", "yesterday (Tue 12 Jan, 22:40)", or only the local time for an instant ahead of
 * `now`. Null for no instant, or one that cannot be read (each caller says "not yet" in its own words).
 */
export function whenText(rfc3339: string | null, now: number, timeZone?: string): When | null {
  if (rfc3339 === null) return null;
  const instant = Date.parse(rfc3339);
  if (!Number.isFinite(instant)) return null;
  const local = localTimeText(instant, now, timeZone);
  const words = relativeText(instant, now, timeZone);
  const text = words === null ? local : t('sync-when', { ago: words, time: local });
  return { text, datetime: new Date(instant).toISOString() };
}

/** "no changes", "1 change", "1,204 changes" (the count formatted by the catalogue's NUMBER, Intl's). */
export function changesText(count: number): string {
  return t('sync-changes', { count });
}

/** A computer's own name, or words for one whose file gives none. */
function plainName(name: string): string {
  const trimmed = name.trim();
  return trimmed === '' ? t('sync-unnamed') : trimmed;
}

/**
 * The name each other computer is shown and removed by. Two computers with the same host name (two laptops
 * called "ubuntu", or one named like this computer) get the start of their id, as `limber sync` prints it, so
 * "Remove ubuntu (3f2a…)" says which one goes.
 */
export function deviceLabels(devices: readonly SyncDevice[], thisName: string): Map<string, string> {
  const counts = new Map<string, number>();
  for (const device of devices) {
    const name = plainName(device.name).toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const own = plainName(thisName).toLowerCase();
  return new Map(
    devices.map((device) => {
      const name = plainName(device.name);
      const key = name.toLowerCase();
      const clash = (counts.get(key) ?? 0) > 1 || key === own || device.name.trim() === '' || name === t('sync-unnamed');
      return [device.id, clash ? `${name} (${device.id.slice(0, 4)}…)` : name];
    }),
  );
}

/**
 * The other computers newest first (by their last change; those with none last), then by name and id, so the
 * list keeps one order between two looks even when Rust sends them in another.
 */
export function devicesInOrder(devices: readonly SyncDevice[]): SyncDevice[] {
  const time = (d: SyncDevice) => {
    const t = d.lastChange === null ? NaN : Date.parse(d.lastChange);
    return Number.isFinite(t) ? t : -Infinity;
  };
  return [...devices].sort(
    (a, b) => time(b) - time(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** One other computer as its row shows it. */
export type DeviceRow = {
  id: string;
  label: string;
  changes: string;
  /** Its last change, or null when its file holds none yet. */
  lastChange: When | null;
  /** The remove button's name, which says which computer it removes. */
  removeName: string;
};

/** What the sync settings show. */
export type SyncView =
  | { on: false; problem: string | null }
  | {
      on: true;
      folder: string;
      /** Null until a pass could use the folder. */
      lastSynced: When | null;
      problem: string | null;
      thisComputer: string;
      written: string;
      devices: DeviceRow[];
      skipped: SyncSkipped[];
    };

/**
 * This computer's name, with the start of its id when another computer in the folder has the same name (two
 * machines both called "ubuntu"), so the person can tell which of the two is this one.
 */
function thisComputerLabel(status: SyncStatus): string {
  const name = plainName(status.deviceName);
  const clash = status.deviceName.trim() === '' || name === t('sync-unnamed') || status.devices.some((d) => plainName(d.name).toLowerCase() === name.toLowerCase());
  // The id is empty until this computer's first pass.
  return clash && status.deviceId !== '' ? `${name} (${status.deviceId.slice(0, 4)}…)` : name;
}

/** The section's content for `status` at `now` in `timeZone` (the system's zone when not given). */
export function syncView(status: SyncStatus, now: number, timeZone?: string): SyncView {
  const problem = status.problem?.trim() ? status.problem.trim() : null;
  if (status.folder === null) return { on: false, problem };
  const labels = deviceLabels(status.devices, status.deviceName);
  return {
    on: true,
    folder: status.folder,
    lastSynced: whenText(status.lastSynced, now, timeZone),
    problem,
    thisComputer: thisComputerLabel(status),
    written: status.written === 0 ? t('sync-written-none') : t('sync-written', { changes: changesText(status.written) }),
    devices: devicesInOrder(status.devices).map((device) => {
      const label = labels.get(device.id) ?? plainName(device.name);
      return {
        id: device.id,
        label,
        changes: changesText(device.changes),
        lastChange: whenText(device.lastChange, now, timeZone),
        removeName: t('sync-remove', { name: label }),
      };
    }),
    skipped: status.skipped,
  };
}
