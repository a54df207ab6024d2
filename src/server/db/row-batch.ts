import { type SQL, sql } from 'drizzle-orm';
import { type Db, preparedRows } from './client';

type Pending = { query: SQL; resolve(row: unknown): void; reject(error: unknown): void };
const pendingOn = new WeakMap<Db, Pending[]>();

/**
 * The one row `query` answers, as JSON (`row_to_json`: numbers and JSON columns keep their types), in
 * one statement with every other `batchedRow` asked on the same handle in the same turn of the event
 * loop: `select (select row_to_json(t) from (q0) t), (… q1 …), …`. A unit's figures come from three
 * modules at once; one statement answers them instead of one each, and a statement is what a request
 * costs most here (a socket write each, `bench/README.md`). They share one snapshot, and one failing
 * fails them all. The statement is prepared as `preparedRows` does.
 */
export function batchedRow<T>(db: Db, query: SQL): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let pending = pendingOn.get(db);
    if (!pending) {
      pending = [];
      pendingOn.set(db, pending);
      queueMicrotask(() => void flush(db));
    }
    pending.push({ query, resolve: resolve as (row: unknown) => void, reject });
  });
}

async function flush(db: Db) {
  const batch = pendingOn.get(db) ?? [];
  pendingOn.delete(db);
  try {
    const [row] = await preparedRows<Record<string, unknown>>(
      db,
      sql`select ${sql.join(
        batch.map((p, i) => sql`(select row_to_json(t) from (${p.query}) t) as ${sql.identifier(`r${i}`)}`),
        sql`, `,
      )}`,
    );
    for (const [i, p] of batch.entries()) p.resolve(row[`r${i}`]);
  } catch (error) {
    for (const p of batch) p.reject(error);
  }
}
