import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe('formatDuration', () => {
  const rows: [number, string][] = [
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [89, '1 min'],
    [90, '2 min'],
    [545, '9 min'],
  ];
  for (const [input, expected] of rows) {
    it(`${input} s reads as ${expected}`, () => expect(formatDuration(input)).toBe(expected));
  }
});
