import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import { isWords, said, say } from './words';

afterEach(() => setLanguage('en'));

describe('words from Rust', () => {
  it('says a sentence in the language in force, with its variables and plural', () => {
    const words = { id: 'error-not-found', args: { what: 'exercise', id: 'moonwalk' } };
    expect(say(words)).toBe('No exercise called "moonwalk".');
    setLanguage('de');
    expect(say(words)).toBe('Es gibt keine Übung namens „moonwalk“.');
    const advice = { id: 'problem-disk-full-advice', args: { readable: 'no' } };
    expect(say(advice)).toMatch(/^Es ist nichts verloren gegangen: Deine Daten liegen noch in diesem Ordner/);
  });

  it('says a part that is a sentence of its own in the same language', () => {
    const words = {
      id: 'sync-error-folder',
      args: { folder: '/media/usb', why: { id: 'sync-why-not-found', args: {} } },
    };
    expect(say(words)).toBe('Limber cannot use /media/usb as a sync folder: it does not exist.');
    setLanguage('de');
    expect(say(words)).toBe('Limber kann /media/usb nicht als Sync-Ordner verwenden: Er existiert nicht.');
  });

  it('recognises only the exact shape', () => {
    expect(isWords({ id: 'x', args: {} })).toBe(true);
    expect(isWords({ id: 'x', args: {}, name: 'y' })).toBe(false);
    expect(isWords({ id: 3, args: {} })).toBe(false);
    expect(isWords({ id: 'x', args: [] })).toBe(false);
    expect(isWords(null)).toBe(false);
    expect(isWords('x')).toBe(false);
  });

  it('says every sentence deep in a value and leaves the rest as it was', () => {
    const routine = { id: 'cat-cow', name: 'Cat-cow', tags: ['a'] };
    const view = {
      routine,
      record: { state: 'waiting', message: { id: 'problem-read-only-waiting', args: {} } },
      list: [{ id: 'session-not-saved', args: { detail: 'disk I/O error' } }, 4, null],
    };
    const out = said(view);
    expect(out.record.message).toMatch(/^Limber's data folder is read-only\./);
    expect(out.list).toEqual(['The session could not be saved: disk I/O error.', 4, null]);
    expect(out.routine).toBe(routine);
    expect(view.record.message).toEqual({ id: 'problem-read-only-waiting', args: {} });
    const plain = { a: 1, b: [1, 2] };
    expect(said(plain)).toBe(plain);
  });
});
