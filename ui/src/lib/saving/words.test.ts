import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import { bannerFor, feelLine, recordLine, waitingLine } from './words';
import type { DataStatus } from '../ipc';

const problem: DataStatus['problem'] = {
  kind: 'diskFull',
  folder: '/home/ana/.local/share/app.limber.desktop',
  canRead: true,
  title: "The disk that holds Limber's data is full.",
  advice: 'Nothing was lost.',
  detail: 'database or disk is full',
};

describe('the end screen never says saved or counts before the store committed (issue 15, fault 9)', () => {
  const check = (record: Parameters<typeof recordLine>[0], counts: boolean, expected: { text: string; alert: boolean }) =>
    expect(recordLine(record, counts)).toEqual(expected);
  it('follows the record', () => {
    check(null, true, { text: 'Saving…', alert: false });
    check({ state: 'saved' }, true, { text: 'Saved. This counts for today.', alert: false });
    check({ state: 'saved' }, false, {
      text: 'Saved. Not counted for today: less than most of the routine was done.',
      alert: false,
    });
    check({ state: 'waiting', message: 'The disk is full.' }, true, { text: 'The disk is full.', alert: true });
    check({ state: 'refused', message: 'No.' }, true, { text: 'No.', alert: true });
    for (const record of [null, { state: 'waiting', message: 'x' } as const]) {
      expect(recordLine(record, true).text).not.toMatch(/counts|Saved\./);
    }
  });
});

describe('the data banner', () => {
  const status = (over: Partial<DataStatus>): DataStatus => ({ problem: null, waiting: 0, quitHeld: false, ...over });
  it('shows a problem, waiting records, the all-clear once, or nothing', () => {
    expect(bannerFor(null, false)).toEqual({ kind: 'none' });
    expect(bannerFor(status({}), false)).toEqual({ kind: 'none' });
    expect(bannerFor(status({ problem }), false)).toEqual({ kind: 'problem' });
    expect(bannerFor(status({ waiting: 2 }), false)).toEqual({ kind: 'waiting' });
    expect(bannerFor(status({ quitHeld: true }), false)).toEqual({ kind: 'waiting' });
    expect(bannerFor(status({}), true).kind).toBe('clear');
  });
  it('counts what waits in words', () => {
    expect(waitingLine(0)).toBe('');
    expect(waitingLine(1)).toMatch(/^One thing you did is not saved yet/);
    expect(waitingLine(3)).toMatch(/^3 things you did are not saved yet/);
  });
  it('says where the feel answer stands', () => {
    expect(feelLine(null)).toBe('');
    expect(feelLine({ state: 'saved' })).toBe('Saved with this session.');
    expect(feelLine({ state: 'waiting', message: 'x' })).toMatch(/^Not saved yet/);
  });
});

describe('the saving words in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  it('says them in the language in force, with plurals from Fluent', () => {
    setLanguage('de');
    expect(waitingLine(1)).toBe('Eine Sache, die du gemacht hast, ist noch nicht gespeichert. Limber behält sie, solange es geöffnet bleibt.');
    expect(waitingLine(4)).toMatch(/^4 Dinge, die du gemacht hast, sind noch nicht gespeichert\./);
    expect(waitingLine(0)).toBe('');
    expect(recordLine(null, true).text).toBe('Wird gespeichert …');
    expect(recordLine({ state: 'saved' }, true).text).toBe('Gespeichert. Das zählt für heute.');
    expect(recordLine({ state: 'saved' }, false).text).toMatch(/^Gespeichert\. Zählt nicht für heute/);
    expect(feelLine({ state: 'saved' })).toBe('Mit dieser Routine gespeichert.');
    expect(feelLine({ state: 'refused', message: 'Die Festplatte ist voll.' })).toBe('Nicht gespeichert: Die Festplatte ist voll.');
    const clear = bannerFor({ problem: null, waiting: 0, quitHeld: false }, true);
    expect(clear).toEqual({ kind: 'clear', text: expect.stringMatching(/^Gespeichert\. Limber kann seine Daten wieder schreiben/) });
  });
  it('keeps the English words', () => {
    expect(feelLine({ state: 'refused', message: 'No space.' })).toBe('Not saved: No space.');
    expect(waitingLine(2)).toBe('2 things you did are not saved yet. Limber keeps them while it stays open.');
  });
});
