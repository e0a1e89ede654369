import { describe, expect, it } from 'vitest';
import { defaultHint, LARGEST, parseCount, type Count } from './count';

const bad: Count = { ok: false, message: 'Type a whole number, or leave it empty for the default.' };

describe('parseCount', () => {
  it.each<[string, Count]>([
    ['', { ok: true, value: null }],
    ['   ', { ok: true, value: null }],
    ['0', { ok: true, value: 0 }],
    ['30', { ok: true, value: 30 }],
    [' 45 ', { ok: true, value: 45 }],
    ['007', { ok: true, value: 7 }],
    ['9999', { ok: true, value: 9999 }],
    ['99999999999999999999', { ok: true, value: LARGEST }],
    ['-5', bad],
    ['2.5', bad],
    ['1e3', bad],
    ['thirty', bad],
    ['30s', bad],
    ['٣', bad],
  ])('%j', (text, expected) => expect(parseCount(text)).toEqual(expected));
});

describe('defaultHint', () => {
  it.each<[number | null | undefined, string]>([
    [30, 'default 30'],
    [0, 'default 0'],
    [null, ''],
    [undefined, ''],
  ])('%j', (value, expected) => expect(defaultHint(value)).toBe(expected));
});
