import { describe, expect, it } from 'vitest';
import { EditQueue } from './queue';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('EditQueue', () => {
  it('runs tasks one after another in the order they were queued', async () => {
    const queue = new EditQueue();
    const log: string[] = [];
    let draft = '';
    const edit = (letter: string, ms: number) =>
      queue.run(async () => {
        const seen = draft;
        log.push(`start ${letter} on "${seen}"`);
        draft = await later(ms, seen + letter);
        return draft;
      });
    const results = await Promise.all([edit('a', 30), edit('b', 1), edit('c', 10)]);
    expect(results).toEqual(['a', 'ab', 'abc']);
    expect(log).toEqual(['start a on ""', 'start b on "a"', 'start c on "ab"']);
  });

  it('keeps going after a failed task, and the failure reaches its caller', async () => {
    const queue = new EditQueue();
    const failed = queue.run(() => Promise.reject(new Error('no such item')));
    const next = queue.run(() => Promise.resolve(2));
    await expect(failed).rejects.toThrow('no such item');
    await expect(next).resolves.toBe(2);
  });
});
