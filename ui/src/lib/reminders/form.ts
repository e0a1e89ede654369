// The reminder settings form as plain data: one editable row per routine, the shared settings, and the
// conversions to and from what Rust stores. Times are typed as "HH:MM"; Rust validates again on save and
// computes every "next reminder" shown, so nothing here knows about calendars or time zones.
import type {
  DayOfWeek,
  Reminder,
  ReminderChoice,
  ReminderSetup,
  TimeRule,
} from '../ipc/schedule';
import type { TimeOfDay } from '../ipc/session';
import { t } from '../i18n/locale.svelte';
import { listText, weekdayName } from '../format';

export type RuleKind = TimeRule['kind'];

/** One routine's reminder, as the form edits it. */
export interface ReminderRow {
  routineId: string;
  name: string;
  timeOfDay: TimeOfDay;
  durationSecs: number;
  enabled: boolean;
  days: DayOfWeek[];
  kind: RuleKind;
  /** "HH:MM": the fixed time, the bedtime, or the hour after which first use counts. */
  time: string;
  /** Minutes before bedtime (bedtime rule only). */
  leadMinutes: number;
  /** Whether Rust has this reminder stored; suggestions that stay off are not saved. */
  stored: boolean;
}

/** The settings shared by every reminder. */
export interface SharedDraft {
  graceMinutes: number;
  snoozeMinutes: number;
  quietHours: boolean;
  quietStart: string;
  quietEnd: string;
}

const WEEK: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday with its names in the language in force (getters, so they follow a change of language). */
export type Day = { value: DayOfWeek; readonly short: string; readonly long: string };

export const DAYS: Day[] = WEEK.map((value) => ({
  value,
  get short() {
    return weekdayName(value, 'short');
  },
  get long() {
    return weekdayName(value, 'long');
  },
}));

const KIND_LABELS: Record<RuleKind, string> = {
  bedtime: 'reminders-kind-bedtime',
  fixed: 'reminders-kind-fixed',
  firstUseAfter: 'reminders-kind-first-use',
};

/** The ways a routine's reminder may be set: bedtime routines by bedtime, morning ones by first use. */
export function kindsFor(timeOfDay: TimeOfDay, current: RuleKind): { value: RuleKind; label: string }[] {
  const kinds: RuleKind[] =
    timeOfDay === 'bedtime'
      ? ['bedtime', 'fixed']
      : timeOfDay === 'morning'
        ? ['firstUseAfter', 'fixed']
        : ['fixed', 'firstUseAfter'];
  // A stored rule of another kind (set by hand or by an older version) stays selectable.
  if (!kinds.includes(current)) kinds.push(current);
  return kinds.map((value) => ({ value, label: t(KIND_LABELS[value]) }));
}

/** The label of the time field for a kind of rule: its visible words, and its full name with the routine's. */
export function timeLabel(kind: RuleKind, name?: string): string {
  if (name === undefined) {
    return kind === 'bedtime' ? t('reminders-time-bedtime') : kind === 'fixed' ? t('reminders-time-fixed') : t('reminders-time-after');
  }
  return kind === 'bedtime'
    ? t('reminders-time-bedtime-for', { name })
    : kind === 'fixed'
      ? t('reminders-time-fixed-for', { name })
      : t('reminders-time-after-for', { name });
}

/** "22:30:00" → "22:30". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/**
 * Reads a typed time: "22:30", "7:05", "0705" or "7" (hours only). Returns "HH:MM" or null when it is not a
 * time of day.
 */
export function parseTime(text: string): string | null {
  const trimmed = text.trim().replace('.', ':');
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function timeOf(rule: TimeRule): string {
  switch (rule.kind) {
    case 'fixed':
      return hhmm(rule.time);
    case 'bedtime':
      return hhmm(rule.bedtime);
    case 'firstUseAfter':
      return hhmm(rule.notBefore);
  }
}

export function rowFromChoice(choice: ReminderChoice): ReminderRow {
  const rule = choice.reminder.time;
  return {
    routineId: choice.routineId,
    name: choice.name,
    timeOfDay: choice.timeOfDay,
    durationSecs: choice.durationSecs,
    enabled: choice.reminder.enabled,
    days: [...choice.reminder.days],
    kind: rule.kind,
    time: timeOf(rule),
    leadMinutes: rule.kind === 'bedtime' ? rule.leadMinutes : 30,
    stored: choice.stored,
  };
}

export function sharedFromSetup(setup: ReminderSetup): SharedDraft {
  return {
    graceMinutes: setup.graceMinutes,
    snoozeMinutes: setup.snoozeMinutes,
    quietHours: setup.quietHours !== null,
    quietStart: setup.quietHours ? hhmm(setup.quietHours.start) : '22:30',
    quietEnd: setup.quietHours ? hhmm(setup.quietHours.end) : '07:00',
  };
}

/** Every problem with the form, as sentences naming the field; empty when it can be saved. */
export function problems(rows: ReminderRow[], shared: SharedDraft): string[] {
  const found: string[] = [];
  for (const row of rows) {
    if (!row.enabled) continue;
    if (parseTime(row.time) === null) {
      found.push(t('reminders-problem-time', { name: row.name, text: row.time }));
    }
    if (row.days.length === 0) found.push(t('reminders-problem-days', { name: row.name }));
    if (row.kind === 'bedtime' && !(Number.isInteger(row.leadMinutes) && row.leadMinutes >= 0 && row.leadMinutes <= 720)) {
      found.push(t('reminders-problem-lead', { name: row.name }));
    }
  }
  if (!(Number.isInteger(shared.snoozeMinutes) && shared.snoozeMinutes >= 1 && shared.snoozeMinutes <= 120)) {
    found.push(t('reminders-problem-snooze'));
  }
  if (!(Number.isInteger(shared.graceMinutes) && shared.graceMinutes >= 0 && shared.graceMinutes <= 720)) {
    found.push(t('reminders-problem-grace'));
  }
  if (shared.quietHours) {
    const start = parseTime(shared.quietStart);
    const end = parseTime(shared.quietEnd);
    if (start === null) found.push(t('reminders-problem-quiet-start', { text: shared.quietStart }));
    if (end === null) found.push(t('reminders-problem-quiet-end', { text: shared.quietEnd }));
    if (start !== null && start === end) found.push(t('reminders-problem-quiet-same'));
  }
  return found;
}

function seconds(time: string): string {
  return `${parseTime(time) ?? '00:00'}:00`;
}

export function reminderFromRow(row: ReminderRow): Reminder {
  const time: TimeRule =
    row.kind === 'bedtime'
      ? { kind: 'bedtime', bedtime: seconds(row.time), leadMinutes: row.leadMinutes }
      : row.kind === 'fixed'
        ? { kind: 'fixed', time: seconds(row.time) }
        : { kind: 'firstUseAfter', notBefore: seconds(row.time) };
  // Days are kept in week order, whatever order they were ticked in.
  const days = DAYS.map((d) => d.value).filter((day) => row.days.includes(day));
  return { routineId: row.routineId, enabled: row.enabled, days, time };
}

/** What is sent to Rust: reminders that are on or already stored (a suggestion left off is not saved). */
export function setupFrom(rows: ReminderRow[], shared: SharedDraft): ReminderSetup {
  return {
    reminders: rows.filter((row) => row.enabled || row.stored).map(reminderFromRow),
    graceMinutes: shared.graceMinutes,
    snoozeMinutes: shared.snoozeMinutes,
    quietHours: shared.quietHours
      ? { start: seconds(shared.quietStart), end: seconds(shared.quietEnd) }
      : null,
  };
}

/** Switches a row to another kind of rule, keeping the typed time. */
export function withKind(row: ReminderRow, kind: RuleKind): ReminderRow {
  return { ...row, kind, leadMinutes: kind === 'bedtime' && row.leadMinutes <= 0 ? 30 : row.leadMinutes };
}

/** Ticks or unticks a day. */
export function withDay(row: ReminderRow, day: DayOfWeek, on: boolean): ReminderRow {
  const days = on ? [...new Set([...row.days, day])] : row.days.filter((d) => d !== day);
  return { ...row, days };
}

/**
 * For a set time (or a first-use time) after midnight and before the day boundary that Rust sends (04:00 unless
 * the person moved it), the sentence that says which nights it belongs to, so nobody has to guess: "00:30 is
 * after midnight, so it counts for the night before: Monday and Friday nights, that is Tuesday and Saturday at
 * 00:30." Null for other rows. The rule itself lives in Rust; this only words it while the person types, in the
 * language in force (the lists of days are Intl's).
 */
export function nightNote(row: ReminderRow, dayBoundary: string): string | null {
  if (!row.enabled || row.kind === 'bedtime') return null;
  const time = parseTime(row.time);
  const boundary = parseTime(hhmm(dayBoundary));
  if (time === null || boundary === null || time >= boundary || row.days.length === 0) return null;
  const order = DAYS.map((d) => d.value);
  const ticked = order.filter((day) => row.days.includes(day));
  const at = row.kind === 'fixed' ? t('reminders-night-at-fixed', { time }) : t('reminders-night-at-first-use', { time });
  if (ticked.length === DAYS.length) return t('reminders-night-every', { time, at });
  const nights = ticked.map((day) => DAYS[order.indexOf(day)].long);
  const mornings = ticked.map((day) => DAYS[(order.indexOf(day) + 1) % DAYS.length].long);
  return t('reminders-night-some', { time, at, count: nights.length, nights: listText(nights), mornings: listText(mornings) });
}
