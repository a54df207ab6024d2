import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../modules/org-units/schema';
import { counted } from '../testing/statement-counter';
import { openTestDatabase } from '../testing/test-db';
import { type DatabaseHandle, queryRows } from './client';
import { batchedRow } from './row-batch';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const kinds = sql`select count(*)::int as units, count(*) filter (where kind = 'street')::int as streets,
  json_build_object('district', count(*) filter (where kind = 'district')) as nested from ${orgUnits}`;

describe('batchedRow', () => {
  it('answers the rows asked in one turn with one statement, each as its own statement would', async () => {
    const { db, sent } = counted(handle.db);
    const [all, withCte, none] = await Promise.all([
      batchedRow<{ units: number; streets: number; nested: { district: number } }>(db, kinds),
      batchedRow<{ n: number }>(db, sql`with u as (select 1 as one) select count(*)::int as n from u`),
      batchedRow<{ n: number }>(db, sql`select count(*)::int as n from ${orgUnits} where false`),
    ]);
    expect(sent.statements).toBe(1);
    const [alone] = await queryRows<{ units: number; streets: number; nested: { district: number } }>(
      handle.db,
      kinds,
    );
    expect(all).toEqual(alone);
    expect(all.units).toBeGreaterThan(all.streets);
    expect(withCte).toEqual({ n: 1 });
    expect(none).toEqual({ n: 0 });
    // A later turn is a statement of its own.
    expect(await batchedRow<{ n: number }>(db, sql`select 2 as n`)).toEqual({ n: 2 });
    expect(sent.statements).toBe(2);
  });

  it('refuses every row of a batch when its statement fails', async () => {
    const results = await Promise.allSettled([
      batchedRow(handle.db, sql`select 1 as n`),
      batchedRow(handle.db, sql`select no_such_column from ${orgUnits}`),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
