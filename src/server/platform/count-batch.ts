import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, preparedRows } from '../db/client';

/** How many rows of `table` match `where`: one of the counts a to-do list asks for. */
export type CountRows = (table: PgTable, where: SQL | undefined) => Promise<number>;

type Pending = { query: SQL; resolve(count: number): void; reject(error: unknown): void };

/**
 * Counts asked for in the same turn of the event loop, answered by one statement:
 * `select (select count(*) from a where …), (select count(*) from b where …), …`. The home page asks
 * every module for its to-do counts at once; one statement answers them all instead of one each,
 * which is what a signed-in request costs most (a round trip per statement, see bench/README.md).
 */
export function batchedCounts(db: Db): CountRows {
  let pending: Pending[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const [row] = await preparedRows<Record<string, number>>(
        db,
        sql`select ${sql.join(
          batch.map((p, i) => sql`(${p.query})::int as ${sql.identifier(`c${i}`)}`),
          sql`, `,
        )}`,
      );
      for (const [i, p] of batch.entries()) p.resolve(Number(row[`c${i}`]));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return (table, where) =>
    new Promise<number>((resolve, reject) => {
      if (pending.length === 0) queueMicrotask(() => void flush());
      pending.push({
        query: sql`select count(*) from ${table}${where ? sql` where ${where}` : sql``}`,
        resolve,
        reject,
      });
    });
}
