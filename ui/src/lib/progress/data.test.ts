import { expect, it } from 'vitest';
import { backupAgeWarning, sizeText } from './data';

it.each([
  [0, '0 bytes'],
  [1, '1 byte'],
  // Numbers are Intl's, in the language in force: four digits are grouped, as counts of changes always were.
  [1023, '1,023 bytes'],
  [1024, '1.0 KB'],
  [4300, '4.2 KB'],
  [3 * 1024 * 1024 + 100_000, '3.1 MB'],
])('%i bytes → %s', (bytes, text) => {
  expect(sizeText(bytes)).toBe(text);
});

// Issue 15, fault 3: a newest backup older than a week is said on screen, with why it matters.
it.each([
  [null, null],
  [0, null],
  [6, null],
  [7, null],
  [8, '8 days'],
  [400, '400 days'],
])('newest backup %s days old → warns about %s', (age, expected) => {
  const warning = backupAgeWarning({ newestAgeDays: age, warnAfterDays: 7 });
  if (expected === null) {
    expect(warning).toBeNull();
  } else {
    expect(warning).toContain(`Your newest backup is ${expected} old.`);
    expect(warning).toContain(`as it was ${expected} ago`);
    expect(warning).toContain('would be lost');
  }
});

it('follows the threshold Rust gives', () => {
  expect(backupAgeWarning({ newestAgeDays: 3, warnAfterDays: 2 })).toContain('3 days old');
  expect(backupAgeWarning({ newestAgeDays: 3, warnAfterDays: 3 })).toBeNull();
});
