import { describe, expect, it } from 'vitest';
import { fieldId, itemField, messagesFor, problemCountLine, shownFields, unplaced } from './problems';
import type { Problem } from '../ipc/editor';

const p = (field: string | null, message: string): Problem => ({ file: 'mine.limber-routine.json', item: 'mine', field, message });

const problems = [
  p('name', 'name must not contain < or >'),
  p('items[2].holdSecs', 'hold must be 1–600 s'),
  p('items[2].holdSecs', 'Cat-cow has no hold to change'),
  p('items', 'a routine needs at least one exercise'),
  p('items[7].reps', 'reps must be 1–100'),
  p(null, 'bad JSON'),
];

describe('problems by field', () => {
  it.each([
    ['name', ['name must not contain < or >']],
    ['items[2].holdSecs', ['hold must be 1–600 s', 'Cat-cow has no hold to change']],
    ['items[2].reps', []],
    ['description', []],
  ])('%s', (path, expected) => expect(messagesFor(problems, path)).toEqual(expected));

  it('puts problems without a field on screen at the top', () => {
    expect(unplaced(problems, shownFields(3))).toEqual([
      'a routine needs at least one exercise',
      'reps must be 1–100',
      'bad JSON',
    ]);
  });

  it.each([
    [0, 'name', true],
    [0, 'items[0].reps', false],
    [3, 'items[2].restAfterSecs', true],
    [3, 'items[3].restAfterSecs', false],
    [3, 'items[2].paceSecs', true],
    [3, 'items[3].paceSecs', false],
    [3, 'id', false],
  ])('shownFields(%i) has %s: %s', (count, path, expected) => expect(shownFields(count).has(path)).toBe(expected));
});

describe('field ids', () => {
  it.each([
    ['name', 'field-name'],
    ['items[2].holdSecs', 'field-items-2-holdSecs'],
    ['items[10].restAfterSecs', 'field-items-10-restAfterSecs'],
  ])('%s', (path, expected) => expect(fieldId(path)).toBe(expected));
  it('item fields', () => expect(itemField(4, 'rounds')).toBe('items[4].rounds'));
});

describe('problemCountLine', () => {
  it.each([
    [0, ''],
    [1, '1 thing to fix before saving.'],
    [4, '4 things to fix before saving.'],
  ])('%i', (n, expected) => expect(problemCountLine(n)).toBe(expected));
});
