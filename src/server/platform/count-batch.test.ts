import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client';
import { orgUnits } from '../modules/org-units/schema';
import { counted } from '../testing/statement-counter';
import { openTestDatabase } from '../testing/test-db';
import { batchedCounts } from './count-batch';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

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
