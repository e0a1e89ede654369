import { describe, expect, it } from 'vitest';
import { parseTime, stepTime } from './boundary';

describe('the day-boundary field reads 24-hour times (issue 22, the "04:00 AM" time box)', () => {
  it.each([
    ['04:00', '04:00'],
    ['4', '04:00'],
    ['0530', '05:30'],
    ['5.30', '05:30'],
    ['04:00 AM', null],
    ['24:00', null],
    ['', null],
  ] as const)('%j → %j', (text, time) => {
    expect(parseTime(text)).toBe(time);
  });
});

describe('the arrow keys step the time', () => {
  it.each([
    ['04:00', 15, '06:00', '04:15'],
    ['04:00', -15, '06:00', '03:45'],
    ['05:50', 15, '06:00', '06:00'],
    ['00:00', -15, '06:00', '00:00'],
    ['00:10', -15, '06:00', '00:00'],
    ['nonsense', 15, '06:00', '00:00'],
  ] as const)('%s by %i (at most %s) → %s', (text, minutes, max, expected) => {
    expect(stepTime(text, minutes, '00:00', max)).toBe(expected);
  });
});
