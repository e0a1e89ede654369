import { expect, it } from 'vitest';
import { sizeText } from './data';

it.each([
  [0, '0 bytes'],
  [1, '1 byte'],
  [1023, '1023 bytes'],
  [1024, '1.0 KB'],
  [4300, '4.2 KB'],
  [3 * 1024 * 1024 + 100_000, '3.1 MB'],
])('%i bytes → %s', (bytes, text) => {
  expect(sizeText(bytes)).toBe(text);
});
