import { describe, expect, it } from 'vitest';
import { countLine, fold, pickExercises, type PickerFilter } from './filter';
import type { ExerciseChoice } from '../ipc/editor';

const choice = (id: string, name: string, summary: string, area: ExerciseChoice['area'], position: ExerciseChoice['position']): ExerciseChoice => ({
  id,
  name,
  summary,
  area,
  position,
  kind: 'reps',
  defaultSecs: 60,
});

const all: ExerciseChoice[] = [
  choice('cat-cow', 'Cat-cow', 'Round and arch your back slowly on hands and knees.', 'lowerBack', 'floor'),
  choice('knee-to-chest', 'Knee-to-chest', 'Hug one knee to your chest.', 'lowerBack', 'inBed'),
  choice('head-tilt', 'Head tilt', 'Tilt your ear towards your shoulder.', 'neck', 'seated'),
  choice('plank', 'Plank', 'Hold a straight line on your forearms.', 'core', 'floor'),
  choice('ruecken', 'Rücken-Dehnung', 'Test entry with an accent.', 'upperBack', 'standing'),
];

function check(filter: Partial<PickerFilter>, expected: string[]) {
  const got = pickExercises(all, { query: '', area: 'all', position: 'all', ...filter }).map((c) => c.id);
  expect(got, JSON.stringify(filter)).toEqual(expected);
}

describe('pickExercises', () => {
  it.each<[Partial<PickerFilter>, string[]]>([
    [{}, ['cat-cow', 'knee-to-chest', 'head-tilt', 'plank', 'ruecken']],
    [{ query: 'cat' }, ['cat-cow']],
    [{ query: 'CAT COW' }, ['cat-cow']],
    [{ query: 'cat-cow' }, ['cat-cow']],
    [{ query: 'knee' }, ['cat-cow', 'knee-to-chest']],
    [{ query: 'knee chest' }, ['knee-to-chest']],
    [{ query: '  chest   knee ' }, ['knee-to-chest']],
    [{ query: 'rucken' }, ['ruecken']],
    [{ query: 'ücken' }, []],
    [{ query: 'hest' }, []],
    [{ query: 'zzz' }, []],
    [{ area: 'lowerBack' }, ['cat-cow', 'knee-to-chest']],
    [{ position: 'floor' }, ['cat-cow', 'plank']],
    [{ area: 'lowerBack', position: 'inBed' }, ['knee-to-chest']],
    [{ area: 'neck', position: 'floor' }, []],
    [{ query: 'hold', position: 'floor' }, ['plank']],
    [{ query: '<script>' }, []],
  ])('%j', (filter, expected) => check(filter, expected));
});

describe('fold', () => {
  it.each([
    ['Cat-cow', 'cat cow'],
    ['  Für den Rücken ', 'fur den rucken'],
    ['Knee-to-chest!', 'knee to chest'],
    ['', ''],
  ])('%s', (text, expected) => expect(fold(text)).toBe(expected));
});

describe('countLine', () => {
  it.each([
    [13, 13, '13 exercises'],
    [3, 13, '3 of 13 exercises'],
    [0, 13, 'No exercise matches; clear the search or a filter.'],
  ])('%i of %i', (shown, total, expected) => expect(countLine(shown, total)).toBe(expected));
});
