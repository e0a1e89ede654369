import { describe, expect, it } from 'vitest';
import { added, dropTarget, moved, moveLine, removed } from './order';

describe('item keys follow the core edits', () => {
  it.each<[string, number[]]>([
    ['add at end', added([1, 2, 3], 9, null)],
    ['add first', added([1, 2, 3], 9, 0)],
    ['add middle', added([1, 2, 3], 9, 2)],
    ['remove first', removed([1, 2, 3], 0)],
    ['remove last', removed([1, 2, 3], 2)],
    ['move first to last', moved([1, 2, 3], 0, 2)],
    ['move last to first', moved([1, 2, 3], 2, 0)],
    ['move up', moved([1, 2, 3], 1, 0)],
    ['move in place', moved([1, 2, 3], 1, 1)],
  ])('%s', (name, got) => {
    const expected: Record<string, number[]> = {
      'add at end': [1, 2, 3, 9],
      'add first': [9, 1, 2, 3],
      'add middle': [1, 2, 9, 3],
      'remove first': [2, 3],
      'remove last': [1, 2],
      'move first to last': [2, 3, 1],
      'move last to first': [3, 1, 2],
      'move up': [2, 1, 3],
      'move in place': [1, 2, 3],
    };
    expect(got).toEqual(expected[name]);
  });
});

describe('dropTarget', () => {
  it.each<[number, number, number, number | null]>([
    [0, 2, 3, 2],
    [2, 0, 3, 0],
    [1, 1, 3, null],
    [-1, 0, 3, null],
    [0, 3, 3, null],
  ])('from %i over %i of %i', (from, over, count, expected) => expect(dropTarget(from, over, count)).toBe(expected));
});

describe('moveLine', () => {
  it('counts from one', () => expect(moveLine('Plank', 1, 3)).toBe('Plank is now 2 of 3.'));
});
