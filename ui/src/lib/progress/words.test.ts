import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { RedFlag, RestToday, SleepEffect, StreakSummary, WindDownEffect } from '../ipc';
import {
  completionText,
  insightReady,
  insightText,
  sleepInsightText,
  redFlagReason,
  restText,
  scheduleText,
  weeklyText,
} from './words';

describe('schedule', () => {
  it.each([
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], 'Every day'],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'Weekdays'],
    [['monday', 'wednesday', 'friday'], 'Mon, Wed, Fri'],
    [[], 'No days scheduled'],
  ] as const)('%j → %s', (days, text) => {
    expect(scheduleText([...days])).toBe(text);
  });
});

function summary(completion: StreakSummary['completion'], weekly: StreakSummary['weekly'] = null): StreakSummary {
  return { streak: { current: 0, best: 0 }, completion, weekly, heatmap: [] };
}

describe('completion and weekly goal', () => {
  it.each([
    [summary({ done: 0, missed: 0, rest: 0, rate: null }), 'None has passed yet'],
    [summary({ done: 27, missed: 3, rest: 0, rate: 0.9 }), '27 of 30 done (90%)'],
    [summary({ done: 1, missed: 0, rest: 2, rate: 1 }), '1 of 1 done (100%), 2 rest days'],
  ])('%#', (s, text) => {
    expect(completionText(s)).toBe(text);
  });
  it.each([
    [summary({ done: 0, missed: 0, rest: 0, rate: null }), null],
    [summary({ done: 0, missed: 0, rest: 0, rate: null }, { goal: 5, thisWeek: 3, current: 0, best: 2 }), '3 of 5 days this week'],
    [summary({ done: 0, missed: 0, rest: 0, rate: null }, { goal: 5, thisWeek: 5, current: 4, best: 4 }), '5 of 5 days this week · goal met 4 weeks running'],
  ])('%#', (s, text) => {
    expect(weeklyText(s)).toBe(text);
  });
});

describe('rest days', () => {
  it.each([
    [{ kind: 'available', left: 2 }, '2 rest days left this month. A rest day keeps your streak without adding to it.'],
    [{ kind: 'available', left: 1 }, '1 rest day left this month. A rest day keeps your streak without adding to it.'],
    [{ kind: 'marked' }, 'Today is a rest day. Your streak is kept.'],
    [{ kind: 'limitReached', limit: 2 }, "This month's 2 rest days are used."],
    [{ kind: 'done' }, ''],
  ] as [RestToday, string][])('%j', (rest, text) => {
    expect(restText(rest)).toBe(text);
  });
});

describe('insight wording', () => {
  const compared = (withAvg: number, withoutAvg: number): WindDownEffect => ({
    kind: 'compared',
    withWindDown: { mornings: 12, averagePain: withAvg },
    withoutWindDown: { mornings: 6, averagePain: withoutAvg },
    difference: withoutAvg - withAvg,
  });
  it.each([
    [compared(3.1, 4.0), 'Morning pain after a wind-down: 3.1 on average (12 mornings). Without one: 4.0 (6 mornings). On average 0.9 points lower after a wind-down.'],
    [compared(4.0, 3.5), 'Morning pain after a wind-down: 4.0 on average (12 mornings). Without one: 3.5 (6 mornings). On average 0.5 points higher after a wind-down.'],
    [compared(3.0, 3.1), 'Morning pain after a wind-down: 3.0 on average (12 mornings). Without one: 3.1 (6 mornings). About the same either way.'],
  ])('%#', (effect, text) => {
    expect(insightReady(effect)).toBe(true);
    expect(insightText(effect, 90)).toBe(text);
  });
  it('is not ready without enough mornings, and says how many are needed', () => {
    const effect: WindDownEffect = { kind: 'notEnoughData', withWindDown: 3, withoutWindDown: 1, needed: 5 };
    expect(insightReady(effect)).toBe(false);
    expect(insightText(effect, 90)).toContain('So far: 3 with, 1 without (last 90 days).');
  });
  it('never words a cause or a cure', () => {
    const text = insightText(compared(2, 5), 90).toLowerCase();
    for (const word of ['cure', 'heal', 'treat', 'because', 'causes', 'reduces']) expect(text).not.toContain(word);
  });
});

describe('sleep insight wording (issue 18)', () => {
  const compared = (withAvg: number, withoutAvg: number): SleepEffect => ({
    kind: 'compared',
    withWindDown: { mornings: 12, averageQuality: withAvg },
    withoutWindDown: { mornings: 1, averageQuality: withoutAvg },
    difference: withAvg - withoutAvg,
  });
  it.each([
    [compared(4.2, 3.0), 'Sleep after a wind-down: rated 4.2 of 5 on average (12 nights). Without one: 3.0 (1 night). On average 1.2 points better after a wind-down.'],
    [compared(2.5, 3.5), 'Sleep after a wind-down: rated 2.5 of 5 on average (12 nights). Without one: 3.5 (1 night). On average 1.0 points worse after a wind-down.'],
    [compared(3.0, 3.1), 'Sleep after a wind-down: rated 3.0 of 5 on average (12 nights). Without one: 3.1 (1 night). About the same either way.'],
    [
      { kind: 'notEnoughData', withWindDown: 2, withoutWindDown: 0, needed: 5 },
      'After 5 check-ins following a wind-down and 5 without, you will see how you rated your sleep after each. So far: 2 with, 0 without (last 90 days).',
    ],
  ] as [SleepEffect, string][])('%#', (effect, text) => {
    expect(sleepInsightText(effect, 90)).toBe(text);
  });
  it('never words a cause or a cure', () => {
    const text = sleepInsightText(compared(4, 2), 90).toLowerCase();
    for (const word of ['cure', 'heal', 'treat', 'because', 'causes', 'improves']) expect(text).not.toContain(word);
  });
});

describe('red flags', () => {
  it.each([
    [{ rule: 'sustainedHighPain', from: '2025-03-01', to: '2025-03-03', mornings: 3 }, 'You rated your back pain 7 or more on 3 mornings in a row (1 Mar to 3 Mar).'],
    [
      {
        rule: 'risingPain',
        weeks: [
          { from: '2025-02-10', to: '2025-02-16', entries: 5, average: 2.5 },
          { from: '2025-02-17', to: '2025-02-23', entries: 5, average: 3.4 },
          { from: '2025-02-24', to: '2025-03-02', entries: 4, average: 4.75 },
        ],
      },
      'Your average morning pain has gone up each week for three weeks, from 2.5 (week of 10 Feb) to 4.8 (week of 24 Feb).',
    ],
    // Issue 20: steady moderate pain for weeks now raises the notice too.
    [
      {
        rule: 'steadyPain',
        weeks: [
          { from: '2025-02-03', to: '2025-02-09', entries: 3, average: 5 },
          { from: '2025-02-10', to: '2025-02-16', entries: 4, average: 4.5 },
          { from: '2025-02-17', to: '2025-02-23', entries: 3, average: 4 },
          { from: '2025-02-24', to: '2025-03-02', entries: 7, average: 4.25 },
        ],
      },
      'Your average morning pain has stayed at 4 or more every week for 4 weeks: 5.0 in the week of 3 Feb, 4.3 in the week of 24 Feb.',
    ],
  ] as [RedFlag, string][])('%#', (flag, text) => {
    expect(redFlagReason(flag)).toBe(text);
  });
});

describe('in German (issue 22): the catalogue\'s words, Fluent\'s plurals, Intl\'s numbers and dates', () => {
  afterEach(() => setLanguage('en'));

  it('writes streaks, completion, the weekly goal and rest days with German plurals', () => {
    setLanguage('de');
    expect(scheduleText(['monday', 'wednesday', 'friday'])).toMatch(/^Mo\.?, Mi\.? und Fr\.?$/);
    expect(scheduleText(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Werktags');
    expect(completionText(summary({ done: 27, missed: 3, rest: 1, rate: 0.9 }))).toBe('27 von 30 erledigt (90\u00a0%), 1 Ruhetag');
    expect(weeklyText(summary({ done: 0, missed: 0, rest: 0, rate: null }, { goal: 5, thisWeek: 5, current: 1, best: 4 }))).toBe(
      '5 von 5 Tagen diese Woche · Ziel 1 Woche in Folge erreicht',
    );
    expect(restText({ kind: 'limitReached', limit: 2 })).toBe('Deine 2 Ruhetage für diesen Monat sind aufgebraucht.');
  });

  it('writes averages with a decimal comma and dates the German way', () => {
    setLanguage('de');
    const effect: WindDownEffect = {
      kind: 'compared',
      withWindDown: { mornings: 1, averagePain: 3.1 },
      withoutWindDown: { mornings: 6, averagePain: 4 },
      difference: 0.9,
    };
    expect(insightText(effect, 90)).toBe(
      'Schmerzen am Morgen nach einer Abendroutine: im Schnitt 3,1 (1 Morgen). Ohne: 4,0 (6 Morgen). ' +
        'Im Schnitt 0,9 Punkte niedriger nach einer Abendroutine.',
    );
    expect(redFlagReason({ rule: 'sustainedHighPain', from: '2025-03-01', to: '2025-03-03', mornings: 3 })).toBe(
      'Du hast deine Rückenschmerzen an 3 Morgen hintereinander mit 7 oder mehr bewertet (1. März bis 3. März).',
    );
  });
});
