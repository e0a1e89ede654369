import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { ExerciseCard } from '../ipc/library';
import type { Dose } from '../ipc/bindings/Dose';
import type { ExerciseKind } from '../ipc/bindings/ExerciseKind';
import { AREA_LABELS, describeDose, filterExercises, POSITION_LABELS, present, type ExerciseFilter } from './exercises';

function card(id: string, area: ExerciseCard['exercise']['area'], position: ExerciseCard['exercise']['position']): ExerciseCard {
  return {
    exercise: {
      id,
      name: id,
      area,
      position,
      kind: 'reps',
      summary: '',
      spoken: '',
      steps: [],
      breathing: '',
      cautions: [],
      avoidWith: [],
      dose: { rounds: 1, sides: 'none', pace: [] },
      illustration: id,
    },
    usedIn: [],
    defaultSecs: 60,
  };
}

const cards = [
  card('cat-cow', 'lowerBack', 'floor'),
  card('knee-to-chest', 'lowerBack', 'inBed'),
  card('open-book', 'upperBack', 'floor'),
  card('head-tilt', 'neck', 'seated'),
  card('abdominal-bracing', 'core', 'inBed'),
];

describe('filtering', () => {
  const rows: [ExerciseFilter, string[]][] = [
    [{ area: 'all', position: 'all' }, ['cat-cow', 'knee-to-chest', 'open-book', 'head-tilt', 'abdominal-bracing']],
    [{ area: 'lowerBack', position: 'all' }, ['cat-cow', 'knee-to-chest']],
    [{ area: 'all', position: 'inBed' }, ['knee-to-chest', 'abdominal-bracing']],
    [{ area: 'lowerBack', position: 'floor' }, ['cat-cow']],
    [{ area: 'neck', position: 'floor' }, []],
    [{ area: 'all', position: 'standing' }, []],
  ];
  test.each(rows)('%o shows %o', (filter, ids) => {
    expect(filterExercises(cards, filter).map((c) => c.exercise.id)).toEqual(ids);
  });

  test('only areas and positions that occur are offered, in label order', () => {
    expect(present(AREA_LABELS, ['core', 'lowerBack', 'core'])).toEqual(['lowerBack', 'core']);
    expect(present(POSITION_LABELS, ['seated', 'inBed'])).toEqual(['inBed', 'seated']);
  });
});

describe('doses in words', () => {
  const dose = (d: Partial<Dose>): Dose => ({ rounds: 1, sides: 'none', pace: [], ...d });
  const rows: [Dose, ExerciseKind, string][] = [
    [dose({ reps: 8 }), 'reps', '8 reps'],
    [dose({ reps: 5, holdSecs: 8 }), 'hold', '5 reps, hold 8 s'],
    [dose({ reps: 5, holdSecs: 5, sides: 'each' }), 'reps', '5 reps each side, hold 5 s'],
    [dose({ reps: 1, holdSecs: 30, rounds: 2, sides: 'each' }), 'hold', 'Hold 30 s each side, 2 rounds'],
    [dose({ holdSecs: 20 }), 'hold', 'Hold 20 s'],
    [dose({ reps: 4, holdSecs: 5, sides: 'alternate' }), 'reps', '4 reps each side, alternating, hold 5 s'],
    [dose({ reps: 6 }), 'breathing', '6 slow breaths'],
    [dose({ reps: 1 }), 'breathing', '1 slow breath'],
    [dose({}), 'transition', 'Once'],
    [dose({ reps: 1 }), 'reps', '1 rep'],
  ];
  test.each(rows)('%o (%s) reads %s', (d, kind, text) => {
    expect(describeDose(d, kind)).toBe(text);
  });
});

describe('doses and labels in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  const dose = (d: Partial<Dose>): Dose => ({ rounds: 1, sides: 'none', pace: [], ...d });
  const rows: [Dose, ExerciseKind, string][] = [
    [dose({ reps: 1 }), 'reps', '1 Wiederholung'],
    [dose({ reps: 4, holdSecs: 5, sides: 'alternate' }), 'reps', '4 Wiederholungen je Seite im Wechsel, 5 s halten'],
    [dose({ reps: 1, holdSecs: 30, rounds: 2, sides: 'each' }), 'hold', '30 s halten, je Seite, 2 Runden'],
    [dose({ reps: 6 }), 'breathing', '6 langsame Atemzüge'],
    [dose({}), 'transition', 'Einmal'],
  ];
  test.each(rows)('%o (%s) reads %s', (d, kind, text) => {
    setLanguage('de');
    expect(describeDose(d, kind)).toBe(text);
  });
  test('the filter labels follow the language at once', () => {
    expect(AREA_LABELS.lowerBack).toBe('Lower back');
    setLanguage('de');
    expect(AREA_LABELS.lowerBack).toBe('Unterer Rücken');
    expect(POSITION_LABELS.floor).toBe('Auf dem Boden');
    expect(Object.keys(AREA_LABELS)).toEqual(['lowerBack', 'upperBack', 'neck', 'core']);
  });
});
