import { describe, expect, test } from 'vitest';
import sources from '../../../../assets/content/SOURCES.md?raw';
import { figureIds } from '../figure/pose';
import {
  adviceIds,
  positionGuide,
  SETUP_ITEM_IDS,
  sleepGuide,
  tonightChecklist,
  WIND_DOWN_ITEM_IDS,
  windDown,
} from './content';

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
