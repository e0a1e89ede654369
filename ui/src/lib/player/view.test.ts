import { describe, expect, it } from 'vitest';
import type { StepView } from '../ipc';
import {
  actionForKey,
  announcement,
  breathCue,
  formatCountdown,
  formatElapsed,
  lookFor,
  nextLabel,
  repLabel,
  secondsLeft,
  sideLabel,
  stepTitle,
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

import { figureFrame } from './view';

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
