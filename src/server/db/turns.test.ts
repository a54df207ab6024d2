import { describe, expect, it } from 'vitest';
import type { Db } from './client';
import { inBatches, type Settled } from './turns';

/** A stand-in for a database handle: `inBatches` only keeps its lines per handle. */
const handle = () => ({}) as Db;

/** A batch runner that records each batch and answers when told to. */
function recorder() {
  const batches: number[][] = [];
  const release: (() => void)[] = [];
  const run = (items: number[]) =>
    new Promise<Settled<number>[]>((resolve) => {
      batches.push(items);
      release.push(() =>
        resolve(items.map((n) => (n < 0 ? { error: new Error(`refused ${n}`) } : { value: n * 10 }))),
      );
    });
  const next = async () => {
    await new Promise((r) => setImmediate(r));
    release.shift()?.();
  };
  return { batches, run, next };
}

describe('inBatches', () => {
  it('runs the first at once and those that arrive meanwhile together next, in the order they came', async () => {
    const db = handle();
    const { batches, run, next } = recorder();
    const first = inBatches(db, 'a', 1, run);
    const rest = [2, 3, 4].map((n) => inBatches(db, 'a', n, run));
    expect(batches).toEqual([[1]]);
    await next();
    expect(await first).toBe(10);
    await next();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('refuses only the item its answer refuses', async () => {
    const db = handle();
    const { run, next } = recorder();
    const answers = Promise.allSettled([5, -6, 7].map((n) => inBatches(db, 'a', n, run)));
    await next();
    await next();
    const outcomes = await answers;
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('refuses the whole batch when its run throws, and goes on with the next', async () => {
    const db = handle();
    let calls = 0;
    const run = async (items: number[]): Promise<Settled<number>[]> => {
      calls++;
      if (calls === 2) throw new Error('the statement failed');
      return items.map((n) => ({ value: n }));
    };
    const first = inBatches(db, 'a', 1, run);
    const failed = Promise.allSettled([2, 3].map((n) => inBatches(db, 'a', n, run)));
    expect(await first).toBe(1);
    expect((await failed).map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await inBatches(db, 'a', 4, run)).toBe(4);
  });

  it('runs an item asked the moment the last batch answered', async () => {
    const db = handle();
    const run = async (items: number[]): Promise<Settled<number>[]> => items.map((n) => ({ value: n }));
    const second = await inBatches(db, 'a', 1, run).then(() => inBatches(db, 'a', 2, run));
    expect(second).toBe(2);
  });

  it('keeps keys and handles apart', async () => {
    const db = handle();
    const { batches, run } = recorder();
    void inBatches(db, 'a', 1, run);
    void inBatches(db, 'b', 2, run);
    void inBatches(handle(), 'a', 3, run);
    expect(batches).toEqual([[1], [2], [3]]);
  });

  it('takes at most fifty at a time', async () => {
    const db = handle();
    const { batches, run, next } = recorder();
    const all = Promise.all(Array.from({ length: 121 }, (_, n) => inBatches(db, 'a', n, run)));
    for (let i = 0; i < 4; i++) await next();
    await all;
    expect(batches.map((b) => b.length)).toEqual([1, 50, 50, 20]);
  });
});
