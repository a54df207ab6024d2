import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../modules/org-units/schema';
import { openTestDatabase } from '../testing/test-db';
import {
  type DatabaseHandle,
  type Db,
  onOneConnection,
  prepared,
  preparedRows,
  queryRows,
  statement,
} from './client';

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

const unitByStatement = statement((db) =>
  db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, sql.placeholder('id'))),
);

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

  it('built once with placeholders, answer for each value, on the database and in a transaction', async () => {
    for (const unit of units) {
      expect(await unitByStatement(handle.db, { id: unit.id })).toEqual([unit]);
    }
    await handle.db.transaction(async (tx) => {
      for (const unit of units) expect(await unitByStatement(tx, { id: unit.id })).toEqual([unit]);
    });
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'are prepared once per connection on PostgreSQL, one per text, whatever the values',
    async () => {
      await handle.db.transaction(async (tx) => {
        for (const unit of units) {
          await unitName(tx, unit.id);
          await unitByBuilder(tx, unit.id);
        }
        // The connection may hold others' statements too (the pool lends it on); these two texts, once each.
        const held = (await preparedHere(tx)).filter((row) => !row.statement.startsWith('select "id"'));
        expect(held.map((row) => row.statement)).toEqual([
          'select "name" from "org_units" where "org_units"."id" = $1',
          'select name from "org_units" where "org_units"."id" = $1',
        ]);
        expect(new Set(held.map((row) => row.name)).size).toBe(2);
      });
    },
  );

  it.runIf(process.env.TEST_DATABASE_URL)('built once are prepared once on PostgreSQL as well', async () => {
    await handle.db.transaction(async (tx) => {
      for (const unit of units) await unitByStatement(tx, { id: unit.id });
      const text = 'select "id", "name" from "org_units" where "org_units"."id" = $1';
      expect((await preparedHere(tx)).filter((row) => row.statement === text)).toHaveLength(1);
    });
  });
});

const backend = (db: Db) => queryRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`);

describe('one connection', () => {
  it('runs every statement of the work, its transactions too, on one connection and answers its result', async () => {
    const pids = await onOneConnection(handle.db, async (db) => {
      const first = await backend(db);
      // Other work on the pool meanwhile must not take this connection's turn.
      const [, , inTransaction] = await Promise.all([
        backend(handle.db),
        backend(handle.db),
        db.transaction((tx) => backend(tx)),
      ]);
      const last = await backend(db);
      return [first, inTransaction, last].map(([row]) => row.pid);
    });
    expect(new Set(pids).size).toBe(1);
  });

  it('gives the connection back when the work fails', async () => {
    await expect(
      onOneConnection(handle.db, async (db) => {
        await backend(db);
        throw new Error('失败');
      }),
    ).rejects.toThrow('失败');
    expect(await unitByStatement(handle.db, { id: units[0].id })).toEqual([units[0]]);
  });
});
