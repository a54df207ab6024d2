import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../modules/org-units/schema';
import { openTestDatabase } from '../testing/test-db';
import { type DatabaseHandle, type Db, prepared, preparedRows, queryRows } from './client';

let handle: DatabaseHandle;
let units: { id: string; name: string }[];
beforeAll(async () => {
  handle = await openTestDatabase();
  units = await queryRows(handle.db, sql`select id, name from org_units order by path limit 3`);
});
afterAll(() => handle.close());

const unitName = (db: Db, id: string) =>
  preparedRows<{ name: string }>(db, sql`select name from ${orgUnits} where ${orgUnits.id} = ${id}`);
const unitByBuilder = (db: Db, id: string) =>
  prepared(db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id)));

/** The statements this connection holds prepared for the two look-ups (one transaction: one connection). */
const preparedHere = (db: Db) =>
  queryRows<{ name: string; statement: string }>(
    db,
    sql`select name, statement from pg_prepared_statements
      where statement like ${'%"org_units"."id" = $1'} order by statement`,
  );

describe('prepared statements', () => {
  it('answer as the unprepared query does, with new values each time', async () => {
    expect(units.length).toBeGreaterThan(1);
    for (const unit of units) {
      expect(await unitName(handle.db, unit.id)).toEqual([{ name: unit.name }]);
      expect(await unitByBuilder(handle.db, unit.id)).toEqual([{ name: unit.name }]);
    }
    const ordered = await prepared(
      handle.db.select({ id: orgUnits.id }).from(orgUnits).orderBy(asc(orgUnits.path)).limit(3),
    );
    expect(ordered.map((row) => row.id)).toEqual(units.map((unit) => unit.id));
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'are prepared once per connection on PostgreSQL, one per text, whatever the values',
    async () => {
      await handle.db.transaction(async (tx) => {
        for (const unit of units) {
          await unitName(tx, unit.id);
          await unitByBuilder(tx, unit.id);
        }
        const held = await preparedHere(tx);
        expect(held).toHaveLength(2);
        expect(held.map((row) => row.statement)).toEqual([
          'select "name" from "org_units" where "org_units"."id" = $1',
          'select name from "org_units" where "org_units"."id" = $1',
        ]);
        expect(new Set(held.map((row) => row.name)).size).toBe(2);
      });
    },
  );
});
