import { afterEach, describe, expect, it } from 'vitest';
import { historyLine, shortDay, totalLine } from './words';
import { countLine } from './filter';
import { problemCountLine } from './problems';
import { moveLine } from './order';
import { defaultHint, parseCount } from './count';
import { setLanguage } from '../i18n/locale.svelte';
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

describe('the editor words in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  const check = (say: () => string, expected: string) => {
    setLanguage('de');
    expect(say()).toBe(expected);
  };
  it.each<[() => string, string]>([
    [() => totalLine(45, 1), 'Etwa 45 Sek. · 1 Übung'],
    [() => totalLine(370, 3), 'Etwa 6 Min. · 3 Übungen'],
    [() => countLine(13, 13), '13 Übungen'],
    [() => countLine(3, 13), '3 von 13 Übungen'],
    [() => countLine(0, 13), 'Keine Übung passt; leere die Suche oder einen Filter.'],
    [() => problemCountLine(1), 'Vor dem Speichern ist noch 1 Sache zu beheben.'],
    [() => problemCountLine(4), 'Vor dem Speichern sind noch 4 Sachen zu beheben.'],
    [() => moveLine('Plank', 1, 3), 'Plank ist jetzt an Stelle 2 von 3.'],
    [() => defaultHint(30), 'Standard 30'],
    [() => (parseCount('3x') as { message: string }).message, 'Gib eine ganze Zahl ein oder lass das Feld leer für den Standardwert.'],
  ])('%s', (say, expected) => check(say, expected));

  it('keeps the English words, with plurals from Fluent', () => {
    expect(countLine(1, 1)).toBe('1 exercise');
    expect(problemCountLine(1)).toBe('1 thing to fix before saving.');
    expect(problemCountLine(2)).toBe('2 things to fix before saving.');
    expect(moveLine('Plank', 1, 3)).toBe('Plank is now 2 of 3.');
    expect(defaultHint(30)).toBe('default 30');
  });
});
