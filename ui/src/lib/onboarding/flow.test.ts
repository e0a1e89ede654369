import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { DayOfWeek, PlannedReminder } from '../ipc/onboarding';
import type { Condition } from '../ipc/safety';
import {
  ALL_DAYS,
  CONDITIONS,
  describeDays,
  describeReminder,
  draftFrom,
  emptyDraft,
  firstStep,
  missing,
  MORNING_CUES,
  PAIN_AREAS,
  nextStep,
  previousStep,
  STEPS,
  toAnswers,
  toggleCondition,
  toggleDay,
  toggleNone,
  type Draft,
  type Step,
} from './flow';

function draft(overrides: Partial<Draft>): Draft {
  return { ...emptyDraft(), ...overrides };
}

describe('steps', () => {
  test.each([
    [false, 'safety'],
    [true, 'area'],
  ] as const)('safety acknowledged %s opens on %s', (acknowledged, step) => {
    expect(firstStep(acknowledged)).toBe(step);
  });

  test.each([
    ['safety', 'area', null],
    ['area', 'health', 'safety'],
    ['health', 'sleep', 'area'],
    ['sleep', 'times', 'health'],
    ['times', 'plan', 'sleep'],
    ['plan', null, 'times'],
  ] as const)('%s goes on to %s and back to %s', (step, next, back) => {
    expect(nextStep(step)).toBe(next);
    expect(previousStep(step)).toBe(back);
  });

  test('there are six steps, safety first, the health question after the pain area, the plan last', () => {
    expect(STEPS).toEqual(['safety', 'area', 'health', 'sleep', 'times', 'plan']);
  });
});

describe('what each step needs', () => {
  const rows: [Step, Partial<Draft>, string | null][] = [
    ['safety', {}, null],
    ['area', {}, 'Choose where it hurts.'],
    ['area', { painArea: 'both' }, null],
    ['health', {}, 'Tick what applies to you, or “None of these”.'],
    ['health', { noneApply: true }, null],
    ['health', { conditions: ['pregnancy'] }, null],
    ['sleep', {}, 'Choose how you usually sleep.'],
    ['sleep', { sleepPosition: 'varies' }, null],
    ['times', {}, null],
    ['times', { bedtime: '' }, 'Enter your usual bedtime, like 23:00.'],
    ['times', { bedtime: '25:00' }, 'Enter your usual bedtime, like 23:00.'],
    ['times', { wakeTime: 'seven' }, 'Enter your usual wake time, like 07:00.'],
    // The fields are 24-hour text: "2230", "22.30" and "7" are times too.
    ['times', { bedtime: '2230', wakeTime: '7' }, null],
    ['times', { bedtime: '22.30' }, null],
    ['times', { days: [] }, 'Choose at least one day.'],
    ['plan', {}, null],
  ];
  test.each(rows)('%s with %o → %s', (step, overrides, expected) => {
    expect(missing(step, draft(overrides))).toBe(expected);
  });
});

describe('answers', () => {
  test('nothing is sent while a choice is missing', () => {
    expect(toAnswers(emptyDraft())).toBeNull();
    expect(toAnswers(draft({ painArea: 'lowerBack' }))).toBeNull();
    expect(toAnswers(draft({ painArea: 'lowerBack', sleepPosition: 'side', days: [] }))).toBeNull();
    // The health question must be answered, even with "None of these".
    expect(toAnswers(draft({ painArea: 'lowerBack', sleepPosition: 'side' }))).toBeNull();
  });

  test('a full draft becomes answers with the days in week order', () => {
    const answers = toAnswers(
      draft({
        painArea: 'upperBackNeck',
        sleepPosition: 'back',
        bedtime: '22:30',
        wakeTime: '06:45',
        days: ['sunday', 'monday'],
        morningCue: 'firstComputerUse',
        conditions: ['pregnancy', 'osteoporosis'],
      }),
    );
    expect(answers).toEqual({
      painArea: 'upperBackNeck',
      sleepPosition: 'back',
      bedtime: '22:30',
      wakeTime: '06:45',
      days: ['monday', 'sunday'],
      morningCue: 'firstComputerUse',
      conditions: ['pregnancy', 'osteoporosis'],
    });
    expect(toAnswers(draft({ painArea: 'both', sleepPosition: 'side', noneApply: true }))?.conditions).toEqual([]);
  });

  test('answers stored by Rust fill the draft again, with short times', () => {
    const back = draftFrom({
      painArea: 'both',
      sleepPosition: 'stomach',
      bedtime: '00:15:00',
      wakeTime: '07:30:00',
      days: ['friday', 'tuesday'],
      morningCue: 'afterWaking',
      conditions: ['worseBendingForward', 'osteoporosis'],
    });
    expect(back).toEqual({
      painArea: 'both',
      sleepPosition: 'stomach',
      bedtime: '00:15',
      wakeTime: '07:30',
      days: ['tuesday', 'friday'],
      morningCue: 'afterWaking',
      conditions: ['osteoporosis', 'worseBendingForward'],
      noneApply: false,
    });
  });
});

describe('the health question', () => {
  test.each([
    [{}, 'pregnancy', { conditions: ['pregnancy'], noneApply: false }],
    [{ conditions: ['pregnancy'] }, 'pregnancy', { conditions: [], noneApply: false }],
    [{ conditions: ['worseBendingForward'] }, 'osteoporosis', { conditions: ['osteoporosis', 'worseBendingForward'], noneApply: false }],
    [{ noneApply: true }, 'osteoporosis', { conditions: ['osteoporosis'], noneApply: false }],
  ] as [Partial<Draft>, Condition, Pick<Draft, 'conditions' | 'noneApply'>][])(
    '%o, ticking %s, gives %o',
    (overrides, condition, expected) => {
      expect(toggleCondition(draft(overrides), condition)).toEqual(expected);
    },
  );

  test('"None of these" clears the ticks, and unticking it keeps nothing ticked', () => {
    expect(toggleNone(draft({ conditions: ['pregnancy'] }))).toEqual({ conditions: [], noneApply: true });
    expect(toggleNone(draft({ noneApply: true }))).toEqual({ conditions: [], noneApply: false });
  });

  test('a plan stored before the question existed reads as "None of these"', () => {
    const back = draftFrom({
      painArea: 'both',
      sleepPosition: 'side',
      bedtime: '23:00:00',
      wakeTime: '07:00:00',
      days: ['monday'],
      morningCue: 'afterWaking',
      conditions: [],
    });
    expect(back.noneApply).toBe(true);
  });
});

describe('times', () => {
  test('typed times are sent as HH:MM', () => {
    const answers = toAnswers(
      draft({ painArea: 'lowerBack', sleepPosition: 'side', noneApply: true, bedtime: '2230', wakeTime: '6.45' }),
    );
    expect([answers?.bedtime, answers?.wakeTime]).toEqual(['22:30', '06:45']);
  });
});

describe('days', () => {
  const rows: [DayOfWeek[], string][] = [
    [[...ALL_DAYS], 'every day'],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'on weekdays'],
    [['sunday', 'saturday'], 'at weekends'],
    [['wednesday'], 'on Wed'],
    [['friday', 'monday', 'wednesday'], 'on Mon, Wed and Fri'],
    [[], 'on no days'],
  ];
  test.each(rows)('%o reads %s', (days, text) => {
    expect(describeDays(days)).toBe(text);
  });

  test.each([
    [['monday', 'friday'], 'wednesday', ['monday', 'wednesday', 'friday']],
    [['monday', 'friday'], 'monday', ['friday']],
    [[], 'sunday', ['sunday']],
  ] as [DayOfWeek[], DayOfWeek, DayOfWeek[]][])('toggling %o with %s gives %o', (days, day, expected) => {
    expect(toggleDay(days, day)).toEqual(expected);
  });
});

describe('reminders', () => {
  const rows: [PlannedReminder, string][] = [
    [
      { time: { kind: 'bedtime', bedtime: '23:00:00', leadMinutes: 30 }, days: [...ALL_DAYS], at: '22:30:00' },
      'Reminder at 22:30 (30 min before bedtime), every day.',
    ],
    [
      { time: { kind: 'fixed', time: '07:15:00' }, days: ['saturday', 'sunday'], at: '07:15:00' },
      'Reminder at 07:15, at weekends.',
    ],
    [
      { time: { kind: 'firstUseAfter', notBefore: '07:00:00' }, days: ['monday'], at: '07:00:00' },
      'Reminder when you first use the computer after 07:00, on Mon.',
    ],
  ];
  test.each(rows)('%o reads %s', (reminder, text) => {
    expect(describeReminder(reminder)).toBe(text);
  });
});

describe('the first run in the language in force (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  const check = (language: string, say: () => unknown, expected: unknown) => {
    setLanguage(language);
    expect(say()).toEqual(expected);
  };
  test.each<[string, () => unknown, unknown]>([
    ['en', () => PAIN_AREAS.map((a) => a.label), ['Lower back', 'Upper back and neck', 'Both']],
    ['de', () => PAIN_AREAS.map((a) => a.label), ['Unterer Rücken', 'Oberer Rücken und Nacken', 'Beides']],
    ['de', () => PAIN_AREAS[2].hint, 'Ein bisschen von beidem.'],
    ['en', () => CONDITIONS[2].label, 'I am pregnant'],
    ['de', () => CONDITIONS[2].label, 'Ich bin schwanger'],
    ['de', () => CONDITIONS[3].hint, 'Die Knie-zur-Brust-Dehnung wird weggelassen.'],
    ['de', () => MORNING_CUES.map((c) => c.label), ['15 Minuten nach dem Aufwachen', 'Wenn ich den Computer zum ersten Mal benutze']],
    ['de', () => missing('area', draft({})), 'Wähle, wo es wehtut.'],
    // The quoted answer is the checkbox's own name, taken from the catalogue.
    ['de', () => missing('health', draft({})), 'Kreuze an, was auf dich zutrifft, oder „Nichts davon“.'],
    ['de', () => missing('times', draft({ bedtime: '25:00' })), 'Gib deine übliche Schlafenszeit ein, zum Beispiel 23:00.'],
    ['de', () => missing('times', draft({ days: [] })), 'Wähle mindestens einen Tag.'],
  ])('%s: %s', (language, say, expected) => check(language, say, expected));

  test('every choice has a label and a hint in each complete language, none of them an id', () => {
    for (const language of ['en', 'de']) {
      setLanguage(language);
      for (const option of [...PAIN_AREAS, ...CONDITIONS]) {
        expect(option.label).not.toMatch(/^welcome-/);
        expect(option.hint).not.toMatch(/^welcome-/);
      }
    }
  });
});
