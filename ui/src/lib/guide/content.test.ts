import { afterEach, describe, expect, test } from 'vitest';
import sources from '../../../../assets/content/SOURCES.md?raw';
import { figureIds } from '../figure/pose';
import {
  adviceIds,
  positionGuide,
  SETUP_ITEM_IDS,
  sleepGuide,
  sleepGuideIn,
  sleepGuideSource,
  tonightChecklist,
  WIND_DOWN_ITEM_IDS,
  windDown,
  windDownIn,
  windDownSource,
} from './content';
import { Catalogue, catalogue as shipped, allFileTexts } from '../i18n/catalogue';
import { setLanguage } from '../i18n/locale.svelte';

/** The ids in the first column of the sources tables (not the column headings). */
const sourcedIds = new Set(
  [...sources.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]).filter((id) => id !== 'id' && id !== 'topic'),
);

describe('sources', () => {
  test('every advice item shown in the app has a row in SOURCES.md', () => {
    const unsourced = adviceIds().filter((id) => !sourcedIds.has(id));
    expect(unsourced).toEqual([]);
  });

  // The other direction (no row names something Limber does not show) needs every id, exercises and
  // routines included: crates/limber-core/tests/content_sources.rs checks it.
});

describe('ids', () => {
  test('the wind-down ids are stable strings the player stores', () => {
    expect(WIND_DOWN_ITEM_IDS).toEqual([
      'usual-bedtime',
      'ready-for-bed',
      'screens-down',
      'bed-for-sleep',
      'no-late-caffeine',
      'light-evening',
      'no-hard-exercise',
      'cool-dark-room',
      'warm-shower',
    ]);
  });

  test('wind-down and setup ids never collide, so a list of ticks is unambiguous', () => {
    expect(SETUP_ITEM_IDS.filter((id) => WIND_DOWN_ITEM_IDS.includes(id))).toEqual([]);
  });

  test('ids are kebab-case and unique within each list', () => {
    const lists = [
      windDown.items.map((i) => i.id),
      sleepGuide.mattress.items.map((i) => i.id),
      ...sleepGuide.positions.map((p) => [...p.setup.map((s) => s.id), p.headPillow.id, p.note.id]),
      ...sleepGuide.positions.map((p) => p.tonight.map((t) => t.id)),
    ];
    for (const ids of lists) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('sleep setup', () => {
  test.each([
    ['side', 'sleep-side', ['side-knee-pillow', 'side-hug-pillow', 'side-head-pillow']],
    ['back', 'sleep-back', ['back-knee-pillow', 'back-towel-roll', 'back-head-pillow']],
    ['stomach', 'sleep-stomach', ['stomach-pelvis-pillow', 'stomach-head-pillow', 'stomach-body-pillow']],
  ] as const)('%s has figure %s and tonight %o', (position, figure, tonight) => {
    const guide = positionGuide(position)!;
    expect(guide.figure).toBe(figure);
    expect(figureIds()).toContain(figure);
    expect(tonightChecklist(position).map((i) => i.id)).toEqual(tonight);
    expect(guide.headPillow.what).toMatch(/pillow/i);
    expect(guide.setup.length).toBeGreaterThan(0);
  });

  test.each([
    ['varies', ['varies-knee-pillow', 'varies-head-pillow']],
    [null, ['side-knee-pillow', 'side-hug-pillow', 'side-head-pillow']],
  ] as const)('%s gets tonight %o', (position, ids) => {
    expect(positionGuide(position)).toBeNull();
    expect(tonightChecklist(position).map((i) => i.id)).toEqual(ids);
  });

  test('the mattress section covers wear, the 6–8 year check, firmness, testing, toppers and other causes', () => {
    const text = sleepGuide.mattress.items.map((m) => `${m.title} ${m.text}`).join(' ');
    for (const fact of [/sag/i, /6 to 8 years/, /medium-firm/i, /few minutes/, /topper/i, /only cause/i]) {
      expect(text).toMatch(fact);
    }
  });
});

describe('wind-down habits', () => {
  // Issue 20: the seeds' sleep-hygiene points that were missing.
  test('the checklist covers screens and work in bed, hard exercise late and a warm shower', () => {
    const text = windDown.items.map((i) => `${i.label} ${i.detail ?? ''}`).join(' ');
    for (const fact of [/no TV, work or reading in bed/i, /no hard exercise/i, /warm bath or shower/i, /caffeine/i]) {
      expect(text).toMatch(fact);
    }
  });
});

// Issue 22: the guide's words come from the catalogue in the language in force, by ids made from the items'
// ids, and keep the JSON's English for a message the language lacks.
describe('the guide in the language in force', () => {
  afterEach(() => setLanguage('en'));

  test('English is the JSON itself', () => {
    expect(sleepGuideIn('en')).toBe(sleepGuideSource);
    expect(windDownIn('en')).toBe(windDownSource);
    expect(sleepGuide.title).toBe('Sleep setup');
  });

  test('German comes from de/content-*.ftl, and the module follows a change of language at once', () => {
    setLanguage('de');
    expect(sleepGuide.title).toBe('Gut gebettet');
    expect(positionGuide('side')!.name).toBe('Auf der Seite');
    expect(positionGuide('side')!.headPillow.what).toBe('Ein dickeres Kopfkissen');
    expect(tonightChecklist('back').map((i) => i.label)).toEqual([
      'Kissen unter meinen Knien',
      'Gerolltes Handtuch unter meinem unteren Rücken, wenn dort eine Lücke ist',
      'Ein mittelhohes Kopfkissen',
    ]);
    expect(windDown.items[0]).toEqual({
      id: 'usual-bedtime',
      label: 'Es ist ungefähr meine übliche Schlafenszeit',
      detail: 'Jeden Abend dieselbe Zeit, auch am Wochenende, hilft deinem Körper zu wissen, wann er schlafen soll.',
    });
    // Ids and figures are the same in every language: ticks stored in one language read in another.
    expect(tonightChecklist('back').map((i) => i.id)).toEqual(['back-knee-pillow', 'back-towel-roll', 'back-head-pillow']);
    expect(positionGuide('stomach')!.figure).toBe('sleep-stomach');
    setLanguage('en');
    expect(sleepGuide.title).toBe('Sleep setup');
    expect(tonightChecklist('back')[0].label).toBe('Pillow under my knees');
  });

  test('every German text differs from the English, so none was left untranslated', () => {
    const english = JSON.stringify(sleepGuideSource);
    const german = sleepGuideIn('de');
    for (const item of german.mattress.items) expect(english).not.toContain(`"${item.text}"`);
    for (const item of windDownIn('de').items) expect(JSON.stringify(windDownSource)).not.toContain(`"${item.label}"`);
  });

  test('a message the language lacks keeps the JSON English', () => {
    const words = new Catalogue(
      { '/x/en/a.ftl': 'sleep-title = Sleep setup\n', '/x/de/a.ftl': 'sleep-title = Schlaf\nwind-down-title = Vorher\n' },
      ['en', 'de'],
    );
    const guide = sleepGuideIn('de', words);
    expect(guide.title).toBe('Schlaf');
    expect(guide.intro).toBe(sleepGuideSource.intro);
    expect(guide.positions[0].tonight[0].label).toBe(sleepGuideSource.positions[0].tonight[0].label);
    const evening = windDownIn('de', words);
    expect(evening.title).toBe('Vorher');
    expect(evening.items).toEqual(windDownSource.items);
    // A language Limber does not have at all.
    expect(sleepGuideIn('xx').title).toBe('Sleep setup');
  });

  test('the back-translations are never loaded as a language', async () => {
    // de/back/content-safety.ftl has English texts under the same ids as de/content-safety.ftl: Vite's glob
    // takes only assets/locales/<tag>/*.ftl, so the German stays German and there is no "back" language.
    expect(shipped.text('de', 'safety-sign-chest-pain')).toBe('Schmerzen in der Brust zusammen mit den Rückenschmerzen.');
    expect(shipped.has('back', 'safety-sign-chest-pain')).toBe(false);
    const paths = Object.keys(await allFileTexts());
    expect(paths.filter((path) => path.includes('/back/'))).toEqual([]);
    expect(paths.some((path) => path.endsWith('/de/content-safety.ftl'))).toBe(true);
  });
});
