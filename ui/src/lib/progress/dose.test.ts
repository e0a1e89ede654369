import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { DoseEra } from '../ipc';
import { eraSessions, eraTitle } from './dose';

function era(since: string | null, how: string, sessions: string[]): DoseEra {
  return { since, how, doses: ['Knee-to-chest: hold 25 s'], sessions };
}

describe('dose history words', () => {
  it.each([
    [era(null, 'Starting dose', []), 'Starting dose'],
    [era('2026-12-06', 'Step up you accepted', []), 'Step up you accepted, Sun 6 Dec'],
    [era('2027-01-01', 'Change undone', []), 'Change undone, Fri 1 Jan'],
  ])('title %#', (e, text) => {
    expect(eraTitle(e)).toBe(text);
  });

  it.each([
    [[], 'No sessions yet'],
    [['2026-12-06'], '1 session: 6 Dec'],
    [['2026-12-01', '2026-12-02', '2026-12-05', '2026-12-06'], '4 sessions: 1 Dec, 2 Dec, 5 Dec, 6 Dec'],
    [['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-05'], '5 sessions: 30 Nov to 5 Dec'],
  ])('sessions %#', (sessions, text) => {
    expect(eraSessions(era(null, 'Starting dose', sessions))).toBe(text);
  });
});

describe('dose history words in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  it('writes sessions with a German plural, dates and list', () => {
    setLanguage('de');
    expect(eraSessions(era(null, 'Startumfang', ['2026-12-05', '2026-12-06']))).toBe('2 Einheiten: 5. Dez., 6. Dez.');
    expect(eraSessions(era(null, 'Startumfang', []))).toBe('Noch keine Einheiten');
    expect(eraTitle(era('2026-12-06', 'Gesteigert', []))).toBe('Gesteigert, So., 6. Dez.');
  });
});
