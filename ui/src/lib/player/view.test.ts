import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { Coach, Snapshot, StepView } from '../ipc';
import {
  actionForKey,
  announcement,
  breathCue,
  formatCountdown,
  formatElapsed,
  keepUnchanged,
  lightsOutOffered,
  lookFor,
  nextLabel,
  nextMoment,
  repLabel,
  runOn,
  secondsLeft,
  sideLabel,
  stepProgress,
  stepTitle,
  titleWithSide,
  type Look,
} from './view';

function step(partial: Partial<StepView>): StepView {
  return {
    index: 0,
    kind: 'reps',
    exerciseId: 'cat-cow',
    exerciseName: 'Cat-cow',
    side: 'none',
    rep: 1,
    reps: 8,
    round: 1,
    rounds: 1,
    durationMs: 8000,
    ...partial,
  };
}

describe('countdown', () => {
  const rows: [number, number, string][] = [
    [0, 0, '0'],
    [1, 1, '1'],
    [999, 1, '1'],
    [1000, 1, '1'],
    [1001, 2, '2'],
    [59_500, 60, '1:00'],
    [65_000, 65, '1:05'],
  ];
  for (const [ms, seconds, text] of rows) {
    it(`${ms} ms left shows ${text}`, () => {
      expect(secondsLeft(ms)).toBe(seconds);
      expect(formatCountdown(ms)).toBe(text);
    });
  }
  it('formats time taken', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(545_400)).toBe('9:05');
  });
});

describe('labels', () => {
  it('names steps by what they are', () => {
    expect(stepTitle(step({}))).toBe('Cat-cow');
    expect(stepTitle(step({ kind: 'rest', exerciseName: null, exerciseId: null }))).toBe('Rest');
    expect(stepTitle(step({ kind: 'switchSides' }))).toBe('Switch sides');
    expect(stepTitle(step({ kind: 'getReady' }))).toBe('Get ready: Cat-cow');
    expect(stepTitle(null)).toBe('');
  });
  it('says the side only when there is one', () => {
    expect(sideLabel(step({ side: 'left' }))).toBe('Left side');
    expect(sideLabel(step({ side: 'right' }))).toBe('Right side');
    expect(sideLabel(step({ side: 'none' }))).toBeNull();
  });
  it('counts reps, holds, breaths and rounds', () => {
    expect(repLabel(step({ rep: 3 }))).toBe('Rep 3 of 8');
    expect(repLabel(step({ kind: 'hold', rep: 2, reps: 5 }))).toBe('Hold 2 of 5');
    expect(repLabel(step({ kind: 'breathing', rep: 4, reps: 6 }))).toBe('Breath 4 of 6');
    expect(repLabel(step({ kind: 'hold', reps: 1, round: 2, rounds: 2 }))).toBe('Round 2 of 2');
    expect(repLabel(step({ rep: 1, reps: 5, round: 1, rounds: 2 }))).toBe('Rep 1 of 5 · round 1 of 2');
    expect(repLabel(step({ reps: 1 }))).toBeNull();
  });
  it('tells what comes next', () => {
    expect(nextLabel(step({ exerciseName: 'Open book', side: 'left' }))).toBe('Next: Open book, left side');
    expect(nextLabel(null)).toBe('Next: finish');
  });
});

describe('announcements', () => {
  it('announces a new exercise with its dose', () => {
    expect(announcement(null, step({}))).toBe('Cat-cow, 8 reps.');
    expect(
      announcement(step({}), step({ index: 9, kind: 'hold', exerciseId: 'knee-to-chest', exerciseName: 'Knee to chest', side: 'left', reps: 1, durationMs: 30_000 })),
    ).toBe('Knee to chest, left side, hold 30 seconds.');
  });
  it('stays quiet for the next rep of the same exercise and for the same step', () => {
    expect(announcement(step({ index: 1, rep: 1 }), step({ index: 2, rep: 2 }))).toBeNull();
    expect(announcement(step({ index: 2 }), step({ index: 2 }))).toBeNull();
  });
  it('announces the other side', () => {
    expect(announcement(step({ index: 1, side: 'left', reps: 1, kind: 'hold', durationMs: 20_000 }), step({ index: 3, side: 'right', reps: 1, kind: 'hold', durationMs: 20_000 }))).toBe(
      'Cat-cow, right side, hold 20 seconds.',
    );
  });
});

describe('the player in the language in force (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  const check = (language: string, say: () => string | null, expected: string | null) => {
    setLanguage(language);
    expect(say()).toBe(expected);
  };
  it.each<[string, () => string | null, string | null]>([
    ['en', () => titleWithSide(step({ exerciseName: 'Open book', side: 'left' })), 'Open book, left side'],
    ['en', () => titleWithSide(step({})), 'Cat-cow'],
    ['de', () => stepTitle(step({ kind: 'getReady' })), 'Mach dich bereit: Cat-cow'],
    ['de', () => stepTitle(step({ kind: 'getReady', exerciseName: null })), 'Mach dich bereit'],
    ['de', () => stepTitle(step({ kind: 'switchSides' })), 'Seite wechseln'],
    ['de', () => stepTitle(step({ kind: 'rest', exerciseName: null })), 'Pause'],
    ['de', () => stepTitle(step({ exerciseName: null })), 'Übung'],
    // German keeps the capital on a side of its own and writes it small inside a line.
    ['de', () => sideLabel(step({ side: 'right' })), 'Rechte Seite'],
    ['de', () => titleWithSide(step({ exerciseName: 'Open book', side: 'right' })), 'Open book, rechte Seite'],
    ['de', () => repLabel(step({ rep: 3 })), 'Wiederholung 3 von 8'],
    ['de', () => repLabel(step({ kind: 'hold', rep: 2, reps: 5 })), 'Halten 2 von 5'],
    ['de', () => repLabel(step({ kind: 'breathing', rep: 4, reps: 6 })), 'Atemzug 4 von 6'],
    ['de', () => repLabel(step({ kind: 'hold', reps: 1, round: 2, rounds: 2 })), 'Runde 2 von 2'],
    ['de', () => repLabel(step({ rep: 1, reps: 5, round: 1, rounds: 2 })), 'Wiederholung 1 von 5 · Runde 1 von 2'],
    ['de', () => nextLabel(step({ exerciseName: 'Open book', side: 'left' })), 'Als Nächstes: Open book, linke Seite'],
    ['de', () => nextLabel(null), 'Als Nächstes: Ende'],
    ['de', () => announcement(null, step({})), 'Cat-cow, 8 Wiederholungen.'],
    ['de', () => announcement(null, step({ kind: 'breathing', reps: 6 })), 'Cat-cow, 6 Atemzüge.'],
    ['de', () => announcement(null, step({ kind: 'hold', reps: 1, side: 'left', durationMs: 30_000 })), 'Cat-cow, linke Seite, 30 Sekunden halten.'],
    ['de', () => announcement(null, step({ kind: 'rest', exerciseName: null, reps: 1 })), 'Pause.'],
    // Plurals come from Fluent: one second is no longer "1 seconds".
    ['en', () => announcement(null, step({ kind: 'hold', reps: 1, durationMs: 1000 })), 'Cat-cow, hold 1 second.'],
    ['de', () => announcement(null, step({ kind: 'hold', reps: 1, durationMs: 1000 })), 'Cat-cow, 1 Sekunde halten.'],
    ['en', () => announcement(null, step({ kind: 'switchSides', reps: 1 })), 'Switch sides.'],
  ])('%s: %s', (language, say, expected) => check(language, say, expected));
});

describe('pacer, look and keys', () => {
  it('follows the breath of the phase', () => {
    expect(breathCue({ index: 0, count: 2, name: 'in', breath: 'in', hold: false, progress: 0, msLeft: 4000 })).toBe('in');
    expect(breathCue({ index: 1, count: 2, name: 'out', breath: 'out', hold: false, progress: 0, msLeft: 6000 })).toBe('out');
    expect(breathCue({ index: 0, count: 1, name: 'hold', breath: null, hold: true, progress: 0, msLeft: 6000 })).toBe('hold');
    expect(breathCue(null)).toBeNull();
  });
  it('dims the bedtime routine and brightens the morning', () => {
    expect(lookFor('bedtime')).toBe('night');
    expect(lookFor('morning')).toBe('morning');
    expect(lookFor('anytime')).toBe('system');
  });
  it('maps the documented keys', () => {
    expect(actionForKey(' ')).toBe('toggle');
    expect(actionForKey('ArrowRight')).toBe('skip');
    expect(actionForKey('ArrowLeft')).toBe('back');
    expect(actionForKey('Escape')).toBe('stop');
    expect(actionForKey('a')).toBeNull();
  });
});

import { figureFrame, figureMoves, PACER_MIN, pacerScale, STEP_FADE, STEP_PX, steppedProgress, stepsFor } from './view';
import { ease } from '../figure/pose';

describe('figure frames', () => {
  const catCow = ['cat', 'cow'];
  const phase = (name: string, breath: 'in' | 'out' | null = null, hold = false) => ({ name, breath, hold });
  it('moves into the pose the phase is named after', () => {
    expect(figureFrame(catCow, phase('cow', 'in'), 0.25)).toEqual({ pose: 0, progress: 0.25 });
    expect(figureFrame(catCow, phase('cat', 'out'), 0.5)).toEqual({ pose: 1, progress: 0.5 });
  });
  it('uses the breath when no pose has the phase name', () => {
    expect(figureFrame(['rest', 'belly'], phase('in', 'in'), 0.4)).toEqual({ pose: 0, progress: 0.4 });
    expect(figureFrame(['rest', 'belly'], phase('out', 'out'), 0.4)).toEqual({ pose: 1, progress: 0.4 });
  });
  it('holds the last pose and stays still without poses', () => {
    expect(figureFrame(['lying', 'hug'], phase('hold', null, true), 0.7)).toEqual({ pose: 1, progress: 0 });
    expect(figureFrame(['rest'], phase('hold', null, true), 0.7)).toEqual({ pose: 0, progress: 0 });
    expect(figureFrame(catCow, null, 0.7)).toEqual({ pose: 0, progress: 0 });
  });
  it('clamps progress', () => {
    expect(figureFrame(catCow, phase('cow'), 1.7)).toEqual({ pose: 0, progress: 1 });
  });
});

describe('whether the figure moves', () => {
  const phase = (name: string, breath: 'in' | 'out' | null = null, hold = false) => ({ name, breath, hold });
  const rows: [string[], ReturnType<typeof phase> | null, boolean][] = [
    [['cat', 'cow'], phase('cow', 'in'), true],
    [['rest', 'belly'], phase('in', 'in'), true],
    [['rest', 'belly'], phase('out', 'out'), true],
    [['lying', 'hug'], phase('hold', null, true), false],
    [['rest'], phase('in', 'in'), false],
    [['cat', 'cow'], null, false],
  ];
  for (const [names, p, expected] of rows) {
    it(`${names.join('/')} in ${p?.name ?? 'no phase'}: ${expected}`, () => expect(figureMoves(names, p)).toBe(expected));
  }
});

describe('breathing pacer', () => {
  const rows: ['in' | 'out', number, boolean, number][] = [
    ['in', 0, false, PACER_MIN],
    ['in', 0.5, false, (PACER_MIN + 1) / 2],
    ['in', 1, false, 1],
    ['out', 0, false, 1],
    ['out', 1, false, PACER_MIN],
    ['in', 0.2, true, 1], // reduced motion: the size the breath ends at
    ['out', 0.2, true, PACER_MIN],
    ['in', 1.5, false, 1],
  ];
  for (const [breath, progress, still, expected] of rows) {
    it(`${breath} at ${progress}${still ? ', still' : ''}: ${expected}`, () =>
      expect(pacerScale(breath, progress, still)).toBeCloseTo(expected, 9));
  }
});

describe('steps of a move', () => {
  const rows: [travel: number, fade: number, pxPerUnit: number, expected: number][] = [
    [0, 0, 2, 1], // nothing moves: one step
    [10, 0, 2, Math.ceil(20 / STEP_PX)], // 20 px in STEP_PX steps
    [10.1, 0, 2, Math.ceil(20.2 / STEP_PX)],
    [1, 1, 2, 1 / STEP_FADE], // a fade of one needs more steps than a 2 px move
    [100, 0, 0, 1], // no size known yet
    [Infinity, 0, 1, 1],
  ];
  for (const [travel, fade, pxPerUnit, expected] of rows) {
    it(`${travel} units at ${pxPerUnit} px, fade ${fade}: ${expected}`, () =>
      expect(stepsFor({ travel, fade }, pxPerUnit)).toBe(Math.round(expected)));
  }
  it(`steps are ${STEP_PX} px`, () => expect(stepsFor({ travel: STEP_PX * 7, fade: 0 }, 1)).toBe(7));

  it('lands exactly on the start and the end of the move', () => {
    expect(steppedProgress(0, 5)).toBe(0);
    expect(steppedProgress(1, 5)).toBe(1);
    expect(steppedProgress(0.02, 5)).toBe(0);
    expect(steppedProgress(0.98, 5)).toBeCloseTo(1, 9);
  });
  it('takes equal steps of the eased move, and only as many as asked', () => {
    const seen = new Set<string>();
    for (let t = 0; t <= 1; t += 0.001) {
      const eased = ease(steppedProgress(t, 8)) * 8;
      expect(eased).toBeCloseTo(Math.round(eased), 6);
      seen.add(eased.toFixed(6));
    }
    expect(seen.size).toBe(9);
  });
  it('never goes backwards', () => {
    for (let t = 0; t < 1; t += 0.01) expect(steppedProgress(t + 0.01, 12)).toBeGreaterThanOrEqual(steppedProgress(t, 12));
  });
  it('treats fewer than one step as one', () => {
    expect(steppedProgress(0.7, 0)).toBe(1);
  });
});

describe('lights out', () => {
  const check = (look: Look, audio: { sound: boolean; coach: Coach } | null, expected: boolean) =>
    expect(lightsOutOffered(look, audio), `${look} ${JSON.stringify(audio)}`).toBe(expected);
  const rows: [Look, { sound: boolean; coach: Coach } | null, boolean][] = [
    ['night', { sound: true, coach: 'cues' }, true],
    ['night', { sound: true, coach: 'full' }, true],
    // Without the voice a dark screen leaves nothing to follow.
    ['night', { sound: true, coach: 'off' }, false],
    ['night', { sound: false, coach: 'full' }, false],
    ['night', null, false],
    // Only the bedtime routine's night look goes dark.
    ['morning', { sound: true, coach: 'full' }, false],
    ['system', { sound: true, coach: 'cues' }, false],
  ];
  it.each(rows)('%s with %j: %s', (look, audio, expected) => check(look, audio, expected));
  it('is not offered in a language the voice coach does not speak (tones only)', () => {
    expect(lightsOutOffered('night', { sound: true, coach: 'full' }, false)).toBe(false);
    expect(lightsOutOffered('night', { sound: true, coach: 'full' }, true)).toBe(true);
  });
});

import { RING_PARTS, countdownPlaces, countdownShape, ringParts } from './view';

describe('the countdown digits', () => {
  it('cuts the text into digit places and separators', () => {
    expect(countdownPlaces('1:05')).toEqual([
      { digit: true, value: '1' },
      { digit: false, value: ':' },
      { digit: true, value: '0' },
      { digit: true, value: '5' },
    ]);
    expect(countdownPlaces('9')).toEqual([{ digit: true, value: '9' }]);
    expect(countdownPlaces('')).toEqual([]);
  });
  it('keeps its shape from one second to the next, and changes it only when the places change', () => {
    expect(countdownShape('12')).toBe(countdownShape('11'));
    expect(countdownShape('1:05')).toBe(countdownShape('1:04'));
    expect(countdownShape('10')).not.toBe(countdownShape('9'));
    expect(countdownShape('1:00')).not.toBe(countdownShape('59'));
    expect(countdownShape('10:00')).not.toBe(countdownShape('9:59'));
  });
});

describe('the countdown ring', () => {
  const rows: [number, number][] = [
    [0, 0],
    [-0.5, 0],
    [Number.NaN, 0],
    [0.001, 0],
    [0.25, RING_PARTS / 4],
    [0.5, RING_PARTS / 2],
    [0.75, (RING_PARTS * 3) / 4],
    [1, RING_PARTS],
    [1.5, RING_PARTS],
    [0.9999, RING_PARTS],
  ];
  for (const [fraction, expected] of rows) {
    it(`${fraction} of the step fills ${expected} parts`, () => expect(ringParts(fraction)).toBe(expected));
  }
  it('fills exactly one more part for each part of the turn', () => {
    for (let part = 0; part <= RING_PARTS; part += 1) expect(ringParts(part / RING_PARTS)).toBe(part);
  });
  it('changes only when the arc moves by a part', () => {
    expect(ringParts(0.5 + 0.3 / RING_PARTS)).toBe(ringParts(0.5));
    expect(ringParts(0.5 + 1 / RING_PARTS)).not.toBe(ringParts(0.5));
  });
  it('fills by the whole seconds the countdown shows, so it moves with the digits and not between them', () => {
    const at = (stepMsLeft: number) => stepProgress({ stepMsLeft, stepDurationMs: 10_000 });
    expect(at(10_000)).toBe(0);
    expect(at(9_001)).toBe(0);
    expect(at(9_000)).toBeCloseTo(0.1, 9);
    expect(at(8_500)).toBeCloseTo(0.1, 9);
    expect(at(8_001)).toBeCloseTo(0.1, 9);
    expect(at(1)).toBeCloseTo(0.9, 9);
    expect(at(0)).toBe(1);
    // Time added mid-step: more left than the step's length never fills below nothing.
    expect(at(12_000)).toBe(0);
    expect(stepProgress({ stepMsLeft: 500, stepDurationMs: 0 })).toBe(0);
  });
});

describe('keepUnchanged: a new update keeps what did not change', () => {
  const before = {
    routineId: 'bedtime-wind-down',
    snapshot: {
      stepMsLeft: 9000,
      step: step({ index: 3 }),
      next: step({ index: 4, rep: 2 }),
      phase: { name: 'in', breath: 'in', hold: false, progress: 0.2, msLeft: 4000 },
    },
    outcome: null,
    tags: ['a', 'b'],
  };
  const copy = () => JSON.parse(JSON.stringify(before)) as typeof before;

  it('returns the previous view itself when nothing changed', () => {
    expect(keepUnchanged(before, copy())).toBe(before);
  });
  it('keeps the unchanged step as the same object and takes the changed parts', () => {
    const next = copy();
    next.snapshot.stepMsLeft = 8000;
    next.snapshot.phase.progress = 0.4;
    const kept = keepUnchanged(before, next);
    expect(kept).not.toBe(before);
    expect(kept).toEqual(next);
    expect(kept.snapshot.step).toBe(before.snapshot.step);
    expect(kept.snapshot.next).toBe(before.snapshot.next);
    expect(kept.tags).toBe(before.tags);
    expect(kept.snapshot.phase).not.toBe(before.snapshot.phase);
    expect(kept.snapshot.phase.progress).toBe(0.4);
  });
  it('takes a new step whole when any of its fields changed', () => {
    const next = copy();
    next.snapshot.step.rep = 2;
    const kept = keepUnchanged(before, next);
    expect(kept.snapshot.step).not.toBe(before.snapshot.step);
    expect(kept.snapshot.step.rep).toBe(2);
  });
  it('handles nulls, missing and added fields, and arrays of another length', () => {
    expect(keepUnchanged(null, before)).toBe(before);
    expect(keepUnchanged(before, null)).toBeNull();
    const next = copy() as Record<string, unknown>;
    next.outcome = { kind: 'completed' };
    delete next.routineId;
    next.tags = ['a', 'b', 'c'];
    const kept = keepUnchanged(before as Record<string, unknown>, next);
    expect(kept).toEqual(next);
    expect('routineId' in kept).toBe(false);
    expect(kept.tags).toEqual(['a', 'b', 'c']);
    expect(keepUnchanged(['a'], ['a'])).toEqual(['a']);
    expect(keepUnchanged({ a: [1, 2] }, { a: [1] })).toEqual({ a: [1] });
  });
  it('treats a number that became NaN, or an object that became an array, as changed', () => {
    expect(keepUnchanged({ x: 1 }, { x: Number.NaN }).x).toBeNaN();
    const same = { x: Number.NaN };
    expect(keepUnchanged(same, { x: Number.NaN })).toBe(same);
    expect(keepUnchanged<unknown>({ 0: 'a' }, ['a'])).toEqual(['a']);
  });
});

describe('the page counts on between two views from Rust', () => {
  // A 20 s step of four 5 s phases, 3.2 s into its first phase, 30 s into a 100 s routine.
  function at(intoStep: number): Snapshot {
    const phase = Math.min(3, Math.floor(intoStep / 5000));
    const intoPhase = intoStep - phase * 5000;
    return {
      state: 'running',
      step: step({ durationMs: 20_000 }),
      stepMsLeft: 20_000 - intoStep,
      stepDurationMs: 20_000,
      phase: { index: phase, count: 4, name: 'in', breath: 'in', hold: false, progress: intoPhase / 5000, msLeft: 5000 - intoPhase },
      routineProgress: (30_000 + intoStep) / 100_000,
      next: null,
      activeMs: 0,
      pausedMs: 0,
    };
  }

  it('runs the step, the phase and the routine on as Rust would, up to the end of the phase', () => {
    for (const elapsed of [0, 1, 250, 800, 1000, 1799.5]) {
      const ran = runOn(at(3200), 100_000, elapsed, true);
      const rust = at(3200 + elapsed);
      expect(ran.stepMsLeft).toBeCloseTo(rust.stepMsLeft, 6);
      expect(ran.phase?.msLeft).toBeCloseTo(rust.phase!.msLeft, 6);
      expect(ran.phase?.progress).toBeCloseTo(rust.phase!.progress, 9);
      expect(ran.routineProgress).toBeCloseTo(rust.routineProgress, 9);
      expect(ran.phase?.index).toBe(0);
    }
    // The phase's end is Rust's to report: the page stops there and waits for the view.
    const stopped = runOn(at(3200), 100_000, 9000, true);
    expect(stopped.stepMsLeft).toBe(15_000);
    expect(stopped.phase).toMatchObject({ index: 0, msLeft: 0, progress: 1 });
  });

  it('runs nothing on while paused or before any time passed, and keeps the very object', () => {
    const snapshot = at(3200);
    expect(runOn(snapshot, 100_000, 5000, false)).toBe(snapshot);
    expect(runOn(snapshot, 100_000, 0, true)).toBe(snapshot);
    expect(runOn(snapshot, 100_000, Number.NaN, true)).toBe(snapshot);
  });

  it('runs a step on past its last phase when that phase is already over, to the end of the step', () => {
    const held: Snapshot = { ...at(3200), phase: { ...at(3200).phase!, index: 3, progress: 1, msLeft: 0 } };
    const ran = runOn(held, 100_000, 4000, true);
    expect(ran.stepMsLeft).toBe(12_800);
    expect(ran.phase).toEqual(held.phase);
    expect(runOn(held, 100_000, 60_000, true).stepMsLeft).toBe(0);
  });

  it('changes the screen at the whole seconds of the countdown, and at the half seconds while something moves', () => {
    // 16.8 s left in the step, 1.8 s in the phase.
    expect(nextMoment(at(3200), false)).toBe(800);
    expect(nextMoment(at(3200), true)).toBe(300);
    expect(nextMoment(at(3500), true)).toBe(500);
    expect(nextMoment(at(3000), false)).toBe(1000);
    // The phase ends at the next whole second: Rust's view comes then, and the page adds no moment of its own.
    expect(nextMoment(at(4000), false)).toBeNull();
    expect(nextMoment(at(4200), false)).toBeNull();
    expect(nextMoment(at(4200), true)).toBe(300);
    expect(nextMoment(at(4600), true)).toBeNull();
    // Nor at the end of the step, nor once it is over.
    const lastPhase = at(19_400);
    expect(nextMoment(lastPhase, false)).toBeNull();
    expect(nextMoment({ ...lastPhase, phase: null }, true)).toBe(100);
    expect(nextMoment({ ...lastPhase, phase: null }, false)).toBeNull();
    expect(nextMoment({ ...lastPhase, phase: null, stepMsLeft: 0 }, true)).toBeNull();
    expect(nextMoment({ ...lastPhase, phase: null, stepMsLeft: 2400 }, false)).toBe(400);
  });

  it('counts a step down second by second from one view, on time, with no moment at the end', () => {
    // Rust's view 5.5 s before the end of a step with no phases and a still figure: the page's own moments.
    const sent: Snapshot = { ...at(14_500), phase: null };
    const shown: string[] = [];
    let elapsed = 0;
    for (;;) {
      const wait = nextMoment(runOn(sent, 100_000, elapsed, true), false);
      if (wait === null) break;
      elapsed += wait;
      shown.push(`${elapsed}:${formatCountdown(runOn(sent, 100_000, elapsed, true).stepMsLeft)}`);
    }
    expect(shown).toEqual(['500:5', '1500:4', '2500:3', '3500:2', '4500:1']);
  });
});
