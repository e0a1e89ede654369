import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { LeftOut, SafetyGuide } from '../ipc/safety';
import { joinWords, leftOutItem, leftOutLine, levelsOf, unsuitableText } from './safety';

const level = (urgency: 'now' | 'soon') => ({
  id: urgency === 'now' ? 'get-help-now' : 'see-someone-soon',
  urgency,
  heading: urgency,
  action: '',
  signs: [],
});
const note = { id: 'n', text: 't' };
const guide: SafetyGuide = {
  version: 2,
  title: '',
  intro: '',
  // Out of order on purpose: the screen always shows the urgent level first.
  levels: [level('soon'), level('now')],
  stopRule: note,
  notMedicalAdvice: note,
  stiffMornings: note,
  journal: note,
};

const knee: LeftOut = { exerciseId: 'knee-to-chest', exerciseName: 'Knee-to-chest', conditions: ['osteoporosis', 'pregnancy'] };
const twist: LeftOut = { exerciseId: 'supine-knee-twist', exerciseName: 'Supine knee twist', conditions: ['pregnancy'] };

describe('levels', () => {
  test.each([
    [undefined, ['now', 'soon']],
    [['soon'] as const, ['soon']],
    [['now'] as const, ['now']],
    [['soon', 'now'] as const, ['now', 'soon']],
  ])('only %o shows %o', (only, expected) => {
    expect(levelsOf(guide, only).map((l) => l.urgency)).toEqual(expected);
  });
});

describe('left-out words', () => {
  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%o joins as %o', (words, expected) => {
    expect(joinWords(words)).toBe(expected);
  });

  test('each move names the conditions that rule it out', () => {
    expect(leftOutItem(knee)).toBe('Knee-to-chest (osteoporosis and pregnancy)');
    expect(leftOutLine([knee, twist])).toBe(
      'Left out for you: Knee-to-chest (osteoporosis and pregnancy), Supine knee twist (pregnancy).',
    );
    expect(leftOutLine([])).toBe('');
  });

  test('a routine with nothing left says why and who to ask', () => {
    const surgery: LeftOut = { ...twist, conditions: ['recentSpinalSurgeryOrFracture'] };
    expect(unsuitableText('Upper back and neck release', [surgery])).toBe(
      'Upper back and neck release is not in your plan: every move in it is left out because of recent spine ' +
        'surgery or fracture. Your surgeon or physiotherapist can tell you which moves suit you, and when.',
    );
    expect(unsuitableText('Upper back', [twist])).toMatch(/because of pregnancy\. A physiotherapist can suggest/);
  });
});

describe('in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  const item: LeftOut = { exerciseId: 'knee-to-chest', exerciseName: 'Knie zur Brust', conditions: ['osteoporosis', 'pregnancy'] };

  test('names the conditions and joins them the German way', () => {
    setLanguage('de');
    expect(leftOutLine([item])).toBe('Für dich weggelassen: Knie zur Brust (Osteoporose und Schwangerschaft).');
    expect(unsuitableText('Oberer Rücken', [{ ...item, conditions: ['pregnancy'] }])).toBe(
      'Oberer Rücken ist nicht in deinem Plan: Jede Bewegung darin ist wegen Schwangerschaft weggelassen. ' +
        'In der Physiotherapie kann man dir Bewegungen vorschlagen, die zu dir passen.',
    );
  });
});
