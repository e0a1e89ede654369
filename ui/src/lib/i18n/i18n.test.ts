import { afterEach, describe, expect, it, vi } from 'vitest';
import { Catalogue, LANGUAGES, LOADERS, allFileTexts, catalogue } from './catalogue';
import english from './languages/en';
import { intlLocale, languageName, locale, setLanguage, t } from './locale.svelte';
import { formatDuration } from '../format';
import { historyLine, shortDay } from '../editor/words';
import type { RoutineHistory } from '../ipc/editor';

afterEach(() => setLanguage('en'));

describe('the catalogue the UI reads (assets/locales, the files Rust embeds)', () => {
  it('has every language of languages.json, and each names itself', () => {
    expect(LANGUAGES.map((l) => l.tag)).toEqual(['en', 'de', 'es', 'fr', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-CN', 'en-XA']);
    expect(LANGUAGES.filter((l) => l.status === 'complete').map((l) => l.tag)).toEqual(['en', 'de', 'es', 'fr', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-CN']);
    for (const { tag } of LANGUAGES) expect(catalogue.has(tag, 'language-self'), tag).toBe(true);
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('pt-BR')).toBe('Português (Brasil)');
    expect(languageName('zh-CN')).toBe('简体中文');
  });

  it.each<[string, number, string]>([
    ['en', 1, '9 min · 1 exercise'],
    ['en', 3, '9 min · 3 exercises'],
    ['de', 1, '9 min · 1 Übung'],
    ['de', 4, '9 min · 4 Übungen'],
  ])('plurals by the library: %s, %i exercises', (tag, count, expected) => {
    expect(catalogue.text(tag, 'home-routine-meta', { duration: '9 min', count })).toBe(expected);
  });

  it('puts variables in without isolation marks (they would reach accessible names)', () => {
    expect(catalogue.text('de', 'home-start-label', { name: 'Abendruhe' })).toBe('Abendruhe starten');
    expect(catalogue.text('en', 'home-start-label', { name: 'Wind-down' })).toBe('Start Wind-down');
  });

  it('falls back to English for a missing message, and shows the id when English lacks it too', () => {
    const small = new Catalogue(
      { '/x/en/a.ftl': 'hello = Hello\nbye = Goodbye\n', '/x/de/a.ftl': 'hello = Hallo\n' },
      ['en', 'de'],
    );
    expect(small.text('de', 'hello')).toBe('Hallo');
    expect(small.text('de', 'bye')).toBe('Goodbye');
    expect(small.text('xx', 'bye')).toBe('Goodbye');
    expect(small.text('de', 'nowhere')).toBe('nowhere');
    // The real catalogue: a language Limber does not have reads English, Spanish its own words.
    expect(catalogue.text('xx', 'exercise-cat-cow-name')).toBe('Cat-cow');
    expect(catalogue.text('es', 'exercise-cat-cow-name')).toBe('Gato-vaca');
    expect(catalogue.text('es', 'nav-help')).toBe('Ayuda');
  });

  it('is bundled without comment lines, and with every message', async () => {
    const texts = await allFileTexts();
    const englishFiles = Object.entries(texts).filter(([path]) => path.includes('/en/'));
    expect(englishFiles.length).toBeGreaterThan(20);
    for (const [path, text] of Object.entries(texts)) {
      expect(text.split('\n').filter((line) => line.startsWith('#')), path).toEqual([]);
    }
    // The translator notes are gone, the messages they describe are not.
    expect(catalogue.text('en', 'nav-help')).toBe('Help');
    expect(catalogue.text('ja', 'nav-help')).not.toBe('nav-help');
  });

  it('has a module of its own for every language, each holding only that language\'s files', async () => {
    expect(Object.keys(LOADERS)).toEqual(LANGUAGES.map((l) => l.tag));
    for (const [tag, load] of Object.entries(LOADERS)) {
      const paths = Object.keys(await load());
      expect(paths.length, tag).toBe(Object.keys(english).length);
      for (const path of paths) expect(path, tag).toContain(`/locales/${tag}/`);
    }
  });

  it('loads a language other than English only when asked to, and reads English until then', async () => {
    const fresh = new Catalogue(english, LANGUAGES.map((l) => l.tag), LOADERS);
    expect(fresh.loaded('en')).toBe(true);
    expect(fresh.loaded('es')).toBe(false);
    expect(fresh.text('es', 'nav-help')).toBe('Help');
    const twice = [fresh.load('es'), fresh.load('es')];
    await Promise.all(twice);
    expect(fresh.loaded('es')).toBe(true);
    expect(fresh.text('es', 'nav-help')).toBe('Ayuda');
    // Japanese was not loaded along with it.
    expect(fresh.loaded('ja')).toBe(false);
    expect(fresh.text('ja', 'nav-help')).toBe('Help');
  });

  it('says a language whose words could not be loaded, reads English for it, and can try again', async () => {
    let attempts = 0;
    const flaky = new Catalogue({ '/x/en/a.ftl': 'hello = Hello\n' }, ['en', 'fr'], {
      fr: () => (++attempts === 1 ? Promise.reject(new Error('no chunk')) : Promise.resolve({ '/x/fr/a.ftl': 'hello = Bonjour\n' })),
    });
    await expect(flaky.load('fr')).rejects.toThrow('no chunk');
    expect(flaky.text('fr', 'hello')).toBe('Hello');
    await flaky.load('fr');
    expect(flaky.text('fr', 'hello')).toBe('Bonjour');
  });

  it('parses a language only when it is first asked for', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const small = new Catalogue(
        {
          '/x/en/a.ftl': 'hello = Hello\n',
          '/x/fr/a.ftl': 'hello = Bonjour\n',
          '/x/ja/a.ftl': 'hello = こんにちは\n',
          '/x/ja/b.ftl': 'hello = やあ\n',
        },
        ['en', 'fr', 'ja'],
      );
      expect(small.text('fr', 'hello')).toBe('Bonjour');
      // Japanese's second file defines a message again, which adding it reports: not yet parsed, not yet said.
      expect(errors).not.toHaveBeenCalled();
      expect(small.text('ja', 'hello')).toBe('こんにちは');
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toContain('/x/ja/b.ftl');
      // Parsed once: asked again, nothing is said again.
      expect(small.has('ja', 'hello')).toBe(true);
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      errors.mockRestore();
    }
  });

  it('makes the pseudo language longer than English and keeps its variables', () => {
    const english = catalogue.text('en', 'home-tagline');
    const pseudo = catalogue.text('en-XA', 'home-tagline');
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.3));
    expect(pseudo).toMatch(/^\[.*\]$/);
    expect(catalogue.text('en-XA', 'home-start-label', { name: 'Wind-down' })).toContain('Wind-down');
  });
});

describe('the language in force', () => {
  it('changes what t says at once', () => {
    expect(t('nav-today')).toBe('Today');
    setLanguage('de');
    expect(locale.current).toBe('de');
    expect(t('nav-today')).toBe('Heute');
    expect(formatDuration(545)).toBe('9 Min.');
    expect(formatDuration(45)).toBe('45 Sek.');
    setLanguage('en');
    expect(formatDuration(545)).toBe('9 min');
  });

  const h = (sessions: number, completed: number, lastDone: string | null): RoutineHistory => ({
    id: 'mine',
    custom: true,
    basedOn: null,
    sessions,
    completed,
    lastDone,
  });

  it.each<[RoutineHistory | undefined, string]>([
    [undefined, 'Noch nicht gemacht'],
    [h(1, 0, null), 'Einmal begonnen, noch nicht beendet'],
    [h(3, 0, null), '3-mal begonnen, noch nicht beendet'],
    [h(2, 1, null), 'Einmal gemacht'],
    [h(1, 1, '2025-11-21'), 'Einmal gemacht · zuletzt am Fr., 21. Nov.'],
    [h(5, 4, '2026-03-01'), '4-mal gemacht · zuletzt am So., 1. März'],
  ])('the history line in German: %j', (history, expected) => {
    setLanguage('de');
    expect(historyLine(history)).toBe(expected);
  });

  it('formats dates with Intl in the language in force', () => {
    expect(shortDay('2025-11-21')).toBe('Fri 21 Nov');
    setLanguage('de');
    expect(intlLocale()).toBe('de');
    expect(shortDay('2025-11-21')).toBe('Fr., 21. Nov.');
    setLanguage('en-XA');
    expect(intlLocale()).toBe('en-GB');
  });
});
