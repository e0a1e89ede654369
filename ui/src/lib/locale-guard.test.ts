import { describe, expect, it } from 'vitest';
import { isValidLocale, usableLanguages } from './locale-guard';

describe('locale guard', () => {
  it('rejects the POSIX locale names WebKitGTK passes through', () => {
    expect(isValidLocale('C')).toBe(false);
    expect(isValidLocale('')).toBe(false);
    expect(isValidLocale(undefined)).toBe(false);
  });
  it('accepts real language tags', () => {
    expect(isValidLocale('en-GB')).toBe(true);
    expect(isValidLocale('de')).toBe(true);
  });
  it('keeps the usable languages and falls back to English', () => {
    expect(usableLanguages(['C', 'fr-FR'])).toEqual(['fr-FR']);
    expect(usableLanguages(['C'])).toEqual(['en-US']);
    expect(usableLanguages([])).toEqual(['en-US']);
  });
});
