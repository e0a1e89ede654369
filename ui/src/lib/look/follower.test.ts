import { describe, expect, it } from 'vitest';
import { LookFollower, MAX_DELAY_MS, schemeOf, type Timers } from './follower';
import type { LookView, Theme } from '../ipc';

function view(look: Theme, nextChangeInMs: number | null): LookView {
  return {
    appearance: { theme: 'light', nightAfterBedtime: true },
    look,
    afterBedtime: look === 'night',
    nextChangeInMs,
    nightFrom: '22:30',
    nightUntil: '04:00',
  };
}

/** Timers run by hand: the test says when time passes, and sees every timer that is set. */
class HandTimers implements Timers {
  pending = new Map<number, { run: () => void; ms: number }>();
  private next = 1;
  set(run: () => void, ms: number) {
    const id = this.next++;
    this.pending.set(id, { run, ms });
    return id;
  }
  clear(id: unknown) {
    this.pending.delete(id as number);
  }
  fireAll() {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const timer of due) timer.run();
  }
}

function setup(answers: LookView[]) {
  const applied: Theme[] = [];
  const timers = new HandTimers();
  let asked = 0;
  const follower = new LookFollower(
    async () => {
      const answer = answers[Math.min(asked, answers.length - 1)];
      asked += 1;
      return answer;
    },
    (theme) => applied.push(theme),
    timers,
  );
  return { follower, applied, timers, asked: () => asked };
}

describe('the look follower', () => {
  it('shows a look at once and sets one timer for its next change', () => {
    const { follower, applied, timers } = setup([]);
    follower.show(view('light', 60_000));
    expect(applied).toEqual(['light']);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([60_000]);
    // A new look (a save in the settings) replaces the timer rather than adding a second one.
    follower.show(view('dark', 5_000));
    expect(applied).toEqual(['light', 'dark']);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([5_000]);
  });

  it('asks Rust again only when the timer fires, and follows the answer', async () => {
    const { follower, applied, timers, asked } = setup([view('night', 330 * 60_000)]);
    follower.show(view('light', 60_000));
    expect(asked()).toBe(0);
    timers.fireAll();
    await Promise.resolve();
    await Promise.resolve();
    expect(asked()).toBe(1);
    expect(applied).toEqual(['light', 'night']);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([330 * 60_000]);
  });

  it('sets no timer when the hour cannot change the look', () => {
    const { follower, timers } = setup([]);
    follower.show(view('night', null));
    expect(timers.pending.size).toBe(0);
  });

  it('keeps a far change within what a browser timer takes', () => {
    const { follower, timers } = setup([]);
    follower.show(view('dark', MAX_DELAY_MS * 3));
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([MAX_DELAY_MS]);
  });

  it('keeps the look shown when Rust cannot answer', async () => {
    const applied: Theme[] = [];
    const follower = new LookFollower(() => Promise.reject(new Error('gone')), (t) => applied.push(t), new HandTimers());
    follower.show(view('dark', null));
    await follower.refresh();
    expect(applied).toEqual(['dark']);
    expect(follower.current?.look).toBe('dark');
  });

  it('tells subscribers about every look shown until they stop listening', () => {
    const { follower } = setup([]);
    const seen: Theme[] = [];
    const stop = follower.subscribe((v) => seen.push(v.look));
    follower.show(view('light', null));
    stop();
    follower.show(view('night', null));
    expect(seen).toEqual(['light']);
  });
});

describe('the look on the page', () => {
  const rows: [Theme, boolean, 'light' | 'dark'][] = [
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['night', false, 'dark'],
  ];
  for (const [theme, systemDark, expected] of rows) {
    it(`${theme} on a ${systemDark ? 'dark' : 'light'} desktop is a ${expected} scheme`, () =>
      expect(schemeOf(theme, systemDark)).toBe(expected));
  }
});
