import { afterEach, describe, expect, it } from 'vitest';
import type { DayState, HeatmapDay } from '../ipc';
import { setLanguage } from '../i18n/locale.svelte';
import { calendar, dayLabel, firstWeekday, LEGEND, parseDay, shortDay, STATES, summary, tableFirstDay, weekStart } from './heatmap';

function days(from: string, states: DayState[]): HeatmapDay[] {
  const [y, m, d] = from.split('-').map(Number);
  return states.map((state, i) => {
    const date = new Date(Date.UTC(y, m - 1, d + i));
    return { day: date.toISOString().slice(0, 10), state };
  });
}

describe('day names', () => {
  it.each([
    ['2025-03-03', 0, 'Mon 3 Mar 2025'],
    ['2025-03-09', 6, 'Sun 9 Mar 2025'],
    ['2024-02-29', 3, 'Thu 29 Feb 2024'],
    ['2024-12-31', 1, 'Tue 31 Dec 2024'],
  ])('%s is weekday %i, read as %s', (day, weekday, label) => {
    expect(parseDay(day).weekday).toBe(weekday);
    expect(dayLabel(day)).toBe(label);
  });
});

describe('every state has a word, and a symbol or a distinct look', () => {
  it.each(LEGEND)('%s', (state) => {
    expect(STATES[state].label.length).toBeGreaterThan(2);
  });
  it('the states a person acts on have symbols', () => {
    for (const state of ['done', 'rest', 'missed', 'pending'] as DayState[]) {
      expect(STATES[state].symbol).not.toBe('');
    }
  });
});

describe('calendar layout', () => {
  it('puts two whole weeks starting on a Monday into 2 columns of 7 rows', () => {
    const grid = calendar(days('2025-02-24', Array(14).fill('done')));
    expect(grid.weeks).toBe(2);
    expect(grid.rows).toHaveLength(7);
    expect(grid.rows[0][0]?.day).toBe('2025-02-24');
    expect(grid.rows[6][1]?.day).toBe('2025-03-09');
    expect(grid.rows[0][1]?.description).toBe('Mon 3 Mar 2025: done');
  });

  it('labels a column with the month its week starts in, once', () => {
    const grid = calendar(days('2025-02-17', Array(21).fill('missed')));
    expect(grid.months).toEqual(['Feb', '', 'Mar']);
  });

  it('drops the label of a partial first month that would print over the next one', () => {
    // 26 May 2025 is a Monday; the next week starts in June.
    const grid = calendar(days('2025-05-26', Array(14).fill('done')));
    expect(grid.months).toEqual(['', 'Jun']);
  });

  it('starts mid-week when the data does, leaving earlier weekdays empty', () => {
    const grid = calendar(days('2025-03-05', ['pending']));
    expect(grid.rows[0][0]).toBeNull();
    expect(grid.rows[2][0]?.state).toBe('pending');
    expect(grid.rows[2][0]?.symbol).toBe('•');
  });
});

describe('summary', () => {
  it.each([
    [['done', 'done', 'missed', 'rest', 'future', 'future', 'future'], 'Last week: 2 done, 1 rest day, 1 missed.'],
    [['done', 'done', 'done', 'done', 'done', 'done', 'pending'], 'Last week: 6 done, 0 missed.'],
    [[...Array(13).fill('done'), 'pending'], 'Last 2 weeks: 13 done, 0 missed.'],
  ] as [DayState[], string][])('%j → %s', (states, text) => {
    expect(summary(days('2025-03-03', states))).toBe(text);
  });
});

describe('the first day of the week (issue 22)', () => {
  afterEach(() => setLanguage('en'));

  // Both ways: the runtime's week info (Node has it; the window's WebKit may not) and the CLDR table beside it.
  it.each([
    ['en-GB', 1],
    ['en-US', 7],
    ['de', 1],
    ['de-AT', 1],
    ['pt-BR', 7],
    ['ja', 7],
    ['zh-CN', 1],
    ['fr', 1],
    ['ar-EG', 6],
  ] as const)('%s starts on ISO weekday %i', (locale, first) => {
    expect(firstWeekday(locale)).toBe(first);
    expect(tableFirstDay(locale)).toBe(first);
    expect(firstWeekday(locale, false)).toBe(first);
  });

  it('takes a region of its own over the language\'s usual one, and Monday where nothing is known', () => {
    expect(tableFirstDay('en-CA')).toBe(7);
    expect(tableFirstDay('pt-PT')).toBe(7);
    expect(tableFirstDay('es-MX')).toBe(7);
    expect(tableFirstDay('es')).toBe(1);
    expect(tableFirstDay('xx')).toBe(1);
  });

  it('follows the language in force: English (British) and German start on Monday', () => {
    expect(weekStart()).toBe(1);
    setLanguage('de');
    expect(weekStart()).toBe(1);
  });

  it('lays out a Sunday-first week: the Monday the data starts on is the second row', () => {
    const grid = calendar(days('2025-02-24', Array(14).fill('done')), 7);
    expect(grid.weeks).toBe(3);
    expect(grid.weekdays).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(grid.rows[0][0]).toBeNull();
    expect(grid.rows[1][0]?.day).toBe('2025-02-24');
    expect(grid.rows[0][1]?.day).toBe('2025-03-02');
    expect(grid.rows[0][2]?.day).toBe('2025-03-09');
    expect(grid.rows[1][2]).toBeNull();
  });

  it('lays out a Saturday-first week', () => {
    const grid = calendar(days('2025-02-24', Array(7).fill('done')), 6);
    expect(grid.weekdays[0]).toBe('Sat');
    expect(grid.rows[2][0]?.day).toBe('2025-02-24');
    expect(grid.rows[0][1]?.day).toBe('2025-03-01');
  });
});

describe('the calendar in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));

  it('names the days, months, states and summary in German', () => {
    setLanguage('de');
    const grid = calendar(days('2025-02-24', Array(14).fill('done')));
    expect(grid.weekdays[0]).toMatch(/^Mo\.?$/);
    expect(grid.rows[0][1]?.description).toBe('Mo., 3. März 2025: erledigt');
    expect(shortDay('2025-03-03')).toBe('3. März');
    expect(STATES.pending.label).toBe('heute, noch nicht erledigt');
    expect(summary(days('2025-03-03', ['done', 'done', 'missed', 'rest', 'future', 'future', 'future']))).toBe(
      'Letzte Woche: 2 erledigt, 1 Ruhetag, 1 verpasst.',
    );
  });
});
