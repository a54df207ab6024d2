import type { Db } from './client';

/** What one item of a batch came to: its value, or the error it alone is refused with. */
export type Settled<O> = { value: O } | { error: unknown };

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };
type Line<I, O> = { waiting: Waiting<I, O>[]; run: (items: I[]) => Promise<Settled<O>[]> };

const linesOf = new WeakMap<Db, Map<string, Line<unknown, unknown>>>();

/** The most items one statement takes: a batch holds a hot row's lock for all of them. */
const largestBatch = 50;

/**
 * Runs the work on one hot row (an activity's places) in turns, one batch at a time per `key` on this
 * handle: the first item runs at once, and those that arrive meanwhile wait and go together in the next
 * batch, in the order they arrived. Twenty connections queueing in PostgreSQL for one row lock cost it
 * three to four times the CPU of the same statements sent one after another, and a statement per item
 * costs a round trip and a lock each; here the waiters hold no connection and a batch is one statement.
 * Other app servers still queue in PostgreSQL, which keeps the rule correct: this only decides who asks
 * together. `run` answers every item of its batch, each with its value or its own refusal; a throw
 * refuses the whole batch.
 */
export function inBatches<I, O>(
  db: Db,
  key: string,
  item: I,
  run: (items: I[]) => Promise<Settled<O>[]>,
): Promise<O> {
  let lines = linesOf.get(db);
  if (!lines) {
    lines = new Map();
    linesOf.set(db, lines);
  }
  const running = lines.get(key) as Line<I, O> | undefined;
  return new Promise<O>((resolve, reject) => {
    if (running) {
      running.waiting.push({ item, resolve, reject });
      return;
    }
    const line: Line<I, O> = { waiting: [{ item, resolve, reject }], run };
    lines.set(key, line as Line<unknown, unknown>);
    void drain(line, () => lines.delete(key));
  });
}

/** `done` runs in the same step as the last look at the queue, so an item asked right after is never left waiting. */
async function drain<I, O>(line: Line<I, O>, done: () => void): Promise<void> {
  for (;;) {
    if (line.waiting.length === 0) {
      done();
      return;
    }
    const batch = line.waiting.splice(0, largestBatch);
    try {
      const results = await line.run(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const result = results[i];
        if ('value' in result) w.resolve(result.value);
        else w.reject(result.error);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
