import { describe, expect, it } from 'vitest';
import { historyLine, shortDay, totalLine } from './words';
import type { RoutineHistory } from '../ipc/editor';

const h = (sessions: number, completed: number, lastDone: string | null): RoutineHistory => ({
  id: 'mine',
  custom: true,
  basedOn: null,
  sessions,
  completed,
  lastDone,
});

describe('historyLine', () => {
  it.each<[RoutineHistory | undefined, string]>([
    [undefined, 'Not done yet'],
    [h(0, 0, null), 'Not done yet'],
    [h(1, 0, null), 'Started once, not finished yet'],
    [h(3, 0, null), 'Started 3 times, not finished yet'],
    [h(1, 1, '2025-11-21'), 'Done once · last on Fri 21 Nov'],
    [h(5, 4, '2026-03-01'), 'Done 4 times · last on Sun 1 Mar'],
  ])('%j', (history, expected) => expect(historyLine(history)).toBe(expected));
});

describe('shortDay', () => {
  it.each([
    ['2025-11-21', 'Fri 21 Nov'],
    ['2024-02-29', 'Thu 29 Feb'],
    ['2025-01-05', 'Sun 5 Jan'],
    ['garbage', 'garbage'],
  ])('%s', (day, expected) => expect(shortDay(day)).toBe(expected));
});

describe('totalLine', () => {
  it.each([
    [45, 1, 'About 45 s · 1 exercise'],
    [370, 3, 'About 6 min · 3 exercises'],
    [5, 0, 'About 5 s · 0 exercises'],
  ])('%i s, %i items', (secs, items, expected) => expect(totalLine(secs, items)).toBe(expected));
});
