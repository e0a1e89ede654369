import { describe, expect, it } from 'vitest';
import type { ReminderChoice, ReminderSetup } from '../ipc/schedule';
import {
  kindsFor,
  nightNote,
  parseTime,
  problems,
  reminderFromRow,
  rowFromChoice,
  setupFrom,
  sharedFromSetup,
  withDay,
  withKind,
  type ReminderRow,
  type SharedDraft,
} from './form';

const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

function choice(overrides: Partial<ReminderChoice> = {}): ReminderChoice {
  return {
    routineId: 'bedtime-wind-down',
    name: 'Bedtime wind-down',
    timeOfDay: 'bedtime',
    durationSecs: 540,
    reminder: {
      routineId: 'bedtime-wind-down',
      enabled: true,
      days: [...EVERY_DAY],
      time: { kind: 'bedtime', bedtime: '22:30:00', leadMinutes: 30 },
    },
    stored: true,
    ...overrides,
  };
}

const shared: SharedDraft = {
  graceMinutes: 120,
  snoozeMinutes: 10,
  quietHours: false,
  quietStart: '22:30',
  quietEnd: '07:00',
};

describe('parseTime', () => {
  const rows: [string, string | null][] = [
    ['22:30', '22:30'],
    ['7:05', '07:05'],
    ['0705', '07:05'],
    ['7', '07:00'],
    [' 21.15 ', '21:15'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['12:60', null],
    ['noon', null],
    ['', null],
    ['1:2', null],
    ['22:30:00', null],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => expect(parseTime(input)).toBe(expected));
  }
});

describe('kindsFor', () => {
  const rows: [Parameters<typeof kindsFor>[0], Parameters<typeof kindsFor>[1], string[]][] = [
    ['bedtime', 'bedtime', ['bedtime', 'fixed']],
    ['morning', 'fixed', ['firstUseAfter', 'fixed']],
    ['anytime', 'fixed', ['fixed', 'firstUseAfter']],
    ['morning', 'bedtime', ['firstUseAfter', 'fixed', 'bedtime']],
  ];
  for (const [timeOfDay, current, expected] of rows) {
    it(`offers ${expected.join(', ')} for a ${timeOfDay} routine set to ${current}`, () =>
      expect(kindsFor(timeOfDay, current).map((k) => k.value)).toEqual(expected));
  }
});

describe('rows round-trip to what Rust stores', () => {
  const rules: ReminderChoice['reminder']['time'][] = [
    { kind: 'bedtime', bedtime: '00:15:00', leadMinutes: 45 },
    { kind: 'fixed', time: '07:05:00' },
    { kind: 'firstUseAfter', notBefore: '06:30:00' },
  ];
  for (const time of rules) {
    it(`keeps a ${time.kind} rule`, () => {
      const stored = choice({ reminder: { ...choice().reminder, time } });
      expect(reminderFromRow(rowFromChoice(stored))).toEqual(stored.reminder);
    });
  }

  it('keeps days in week order whatever order they were ticked in', () => {
    let row: ReminderRow = { ...rowFromChoice(choice()), days: [] };
    row = withDay(row, 'sunday', true);
    row = withDay(row, 'monday', true);
    row = withDay(row, 'monday', true);
    expect(reminderFromRow(row).days).toEqual(['monday', 'sunday']);
    expect(reminderFromRow(withDay(row, 'sunday', false)).days).toEqual(['monday']);
  });

  it('gives a bedtime rule a lead when switched to it', () => {
    const fixed = { ...rowFromChoice(choice()), kind: 'fixed' as const, leadMinutes: 0 };
    expect(withKind(fixed, 'bedtime').leadMinutes).toBe(30);
    expect(withKind({ ...fixed, leadMinutes: 45 }, 'bedtime').leadMinutes).toBe(45);
  });
});

describe('setupFrom', () => {
  it('saves reminders that are on or stored, and leaves untouched suggestions out', () => {
    const rows = [
      rowFromChoice(choice()),
      { ...rowFromChoice(choice({ routineId: 'a', stored: false })), enabled: false },
      { ...rowFromChoice(choice({ routineId: 'b', stored: true })), enabled: false },
      { ...rowFromChoice(choice({ routineId: 'c', stored: false })), enabled: true },
    ];
    expect(setupFrom(rows, shared).reminders.map((r) => [r.routineId, r.enabled])).toEqual([
      ['bedtime-wind-down', true],
      ['b', false],
      ['c', true],
    ]);
  });

  it('writes quiet hours only when they are on', () => {
    expect(setupFrom([], shared).quietHours).toBeNull();
    expect(setupFrom([], { ...shared, quietHours: true, quietStart: '22:00', quietEnd: '7:00' }).quietHours).toEqual({
      start: '22:00:00',
      end: '07:00:00',
    });
  });

  it('reads back the shared settings it wrote', () => {
    const setup: ReminderSetup = {
      reminders: [],
      graceMinutes: 90,
      snoozeMinutes: 15,
      quietHours: { start: '23:00:00', end: '06:30:00' },
    };
    expect(sharedFromSetup(setup)).toEqual({
      graceMinutes: 90,
      snoozeMinutes: 15,
      quietHours: true,
      quietStart: '23:00',
      quietEnd: '06:30',
    });
  });
});

describe('problems', () => {
  const row = rowFromChoice(choice());
  const rows: [string, ReminderRow[], SharedDraft, string[]][] = [
    ['a valid form', [row], shared, []],
    ['a bad time', [{ ...row, time: '25:00' }], shared, ['Bedtime wind-down: "25:00" is not a time; type it like 22:30.']],
    ['a bad time on a reminder that is off', [{ ...row, enabled: false, time: 'x' }], shared, []],
    ['no days', [{ ...row, days: [] }], shared, ['Bedtime wind-down: choose at least one day.']],
    [
      'a negative lead',
      [{ ...row, leadMinutes: -5 }],
      shared,
      ['Bedtime wind-down: minutes before bedtime must be a whole number from 0 to 720.'],
    ],
    ['no snooze', [row], { ...shared, snoozeMinutes: 0 }, ['Snooze length must be a whole number of minutes from 1 to 120.']],
    [
      'a grace of half a minute',
      [row],
      { ...shared, graceMinutes: 0.5 },
      ['How late a reminder may come must be a whole number of minutes from 0 to 720.'],
    ],
    [
      'empty quiet hours',
      [row],
      { ...shared, quietHours: true, quietStart: '22:00', quietEnd: '22:00' },
      ['Quiet hours must start and end at different times.'],
    ],
    [
      'quiet hours that are off are not checked',
      [row],
      { ...shared, quietHours: false, quietStart: 'late', quietEnd: 'early' },
      [],
    ],
  ];
  for (const [name, input, sharedDraft, expected] of rows) {
    it(name, () => expect(problems(input, sharedDraft)).toEqual(expected));
  }
});

describe('nightNote (issue 15, fault 1: a time after midnight belongs to the night before)', () => {
  const row = (overrides: Partial<ReminderRow>): ReminderRow => ({
    ...rowFromChoice(choice()),
    kind: 'fixed',
    time: '00:30',
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    ...overrides,
  });
  const rows: [string, Partial<ReminderRow>, string, string | null][] = [
    [
      'weeknights',
      {},
      '04:00:00',
      '00:30 is after midnight, so it counts for the night before: Monday, Tuesday, Wednesday, Thursday and Friday nights, that is Tuesday, Wednesday, Thursday, Friday and Saturday at 00:30.',
    ],
    [
      'Sunday night is Monday morning',
      { days: ['sunday'] },
      '04:00:00',
      '00:30 is after midnight, so it counts for the night before: Sunday night, that is Monday at 00:30.',
    ],
    [
      'every night',
      { days: [...EVERY_DAY] },
      '04:00:00',
      '00:30 is after midnight, so it counts for the night before: every night, at 00:30 the morning after.',
    ],
    [
      'first use',
      { kind: 'firstUseAfter', time: '1:15', days: ['saturday'] },
      '04:00:00',
      '01:15 is after midnight, so it counts for the night before: Saturday night, that is Sunday on first use after 01:15.',
    ],
    ['at the boundary it is the new day', { time: '04:00' }, '04:00:00', null],
    ['a later boundary moves the line', { time: '05:00', days: ['friday'] }, '06:00:00', '05:00 is after midnight, so it counts for the night before: Friday night, that is Saturday at 05:00.'],
    ['a midnight boundary never says it', {}, '00:00:00', null],
    ['an evening time says nothing', { time: '22:30' }, '04:00:00', null],
    ['bedtime rows name their evenings already', { kind: 'bedtime', time: '00:30' }, '04:00:00', null],
    ['"0" reads as midnight', { time: '0' }, '04:00:00', '00:00 is after midnight, so it counts for the night before: Monday, Tuesday, Wednesday, Thursday and Friday nights, that is Tuesday, Wednesday, Thursday, Friday and Saturday at 00:00.'],
    ['not a time', { time: 'soon' }, '04:00:00', null],
    ['switched off', { enabled: false }, '04:00:00', null],
  ];
  for (const [name, overrides, boundary, expected] of rows) {
    it(name, () => {
      expect(nightNote(row(overrides), boundary)).toBe(expected);
    });
  }
});
