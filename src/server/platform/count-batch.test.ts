import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '../db/client';
import { orgUnits } from '../modules/org-units/schema';
import { openTestDatabase } from '../testing/test-db';
import { batchedCounts } from './count-batch';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** The database, counting the statements it prepares (every statement, named or not, is prepared first). */
const counted = (db: Db) => {
  const sent = { statements: 0 };
  type Session = Db['_']['session'];
  const session = new Proxy(db._.session, {
    get: (target, key, receiver) =>
      key === 'prepareQuery'
        ? (...args: Parameters<Session['prepareQuery']>) => {
            sent.statements++;
            return target.prepareQuery(...args);
          }
        : Reflect.get(target, key, receiver),
  });
  const proxy = new Proxy(db, {
    get: (target, key, receiver) =>
      key === '_' ? { ...target._, session } : Reflect.get(target, key, receiver),
  });
  return { db: proxy, sent };
};

describe('batchedCounts', () => {
  it('answers the counts asked in one turn with one statement, each as a count of its own would', async () => {
    const { db, sent } = counted(handle.db);
    const count = batchedCounts(db);
    const [all, districts, none] = await Promise.all([
      count(orgUnits, undefined),
      count(orgUnits, eq(orgUnits.kind, 'district')),
      count(orgUnits, sql`false`),
    ]);
    expect(sent.statements).toBe(1);
    expect(all).toBe(await handle.db.$count(orgUnits));
    expect(districts).toBe(await handle.db.$count(orgUnits, eq(orgUnits.kind, 'district')));
    expect(none).toBe(0);
    expect(all).toBeGreaterThan(districts);
    // A later turn is a batch of its own.
    expect(await count(orgUnits, eq(orgUnits.kind, 'street'))).toBeGreaterThan(0);
    expect(sent.statements).toBe(2);
  });

  it('refuses every count of a batch when its statement fails', async () => {
    const count = batchedCounts(handle.db);
    const results = await Promise.allSettled([
      count(orgUnits, undefined),
      count(orgUnits, sql`no_such_column = 1`),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
