import { type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceFigures } from '../../../core/activities/contract';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { Clock } from '../../platform/clock';
import type { ServiceContext } from '../../platform/context';
import { actorAt } from '../../testing/actor';
import { unitOf } from '../../testing/fixtures';
import { counted } from '../../testing/statement-counter';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { serviceFigures } from './service';

// A street's figures are reused while nothing under the street changed (decision 014). Every write
// here goes straight to the database, as another app server's would: nothing in this process is told.

let ctx: TestContext;
let street: { id: string; path: string };
let streetAdmin: ServiceContext;
const period = { from: '2020-01-01', to: '2030-12-31' };

beforeAll(async () => {
  ctx = await createTestContext();
  street = await unitOf(ctx.database.db, '江头街道');
  const actor = await actorAt(ctx.database.db, '江头街道', 'streetAdmin', {
    userId: 'figures',
    name: '统计',
  });
  streetAdmin = { ...ctx.app.services, actor };
});
afterAll(() => ctx.close());

/** The street's figures as a view asks for them: reused when nothing changed. */
const viewed = (as: ServiceContext = streetAdmin) => serviceFigures(as, { ...period, orgUnitId: street.id });

/** The same counted afresh: a transaction is a database handle no figures were kept for. */
const countedAfresh = (as: ServiceContext = streetAdmin): Promise<ServiceFigures> =>
  ctx.database.db.transaction((tx) => serviceFigures({ ...as, db: tx }, { ...period, orgUnitId: street.id }));

const oneId = async (table: SQL, where: SQL) => {
  const [row] = await queryRows<{ id: string }>(
    ctx.database.db,
    sql`select id from ${table} where ${underPathSql(sql`org_path`, street.path)} and ${where}
      order by id limit 1`,
  );
  return row.id;
};

/**
 * The rows the writes change, chosen once: the street's two activities held since 2020 (the demo has
 * two), one kept and served, the other cancelled and restored; an open case closed and opened again;
 * a visit moved out of the period and back.
 */
let rows: { served: string; toggled: string; caseId: string; visitId: string };
beforeAll(async () => {
  const held = await queryRows<{ id: string }>(
    ctx.database.db,
    sql`select a.id from activities a join activity_sessions s on s.activity_id = a.id
      where ${underPathSql(sql`a.org_path`, street.path)} and a.status in ('published', 'finished')
        and s.starts_at < now() and s.starts_at >= ${period.from}
      group by a.id order by sum(s.attended_count) desc, a.id`,
  );
  expect(held.length).toBeGreaterThanOrEqual(2);
  rows = {
    served: held[0].id,
    toggled: held[1].id,
    caseId: await oneId(sql`cases`, sql`closed_on is null`),
    visitId: await oneId(sql`visits`, sql`visited_on >= ${period.from}`),
  };
});

/** Writes under the street, each changing at least one figure of the period. */
const writes: Record<string, () => Promise<unknown>> = {
  guests: () =>
    ctx.database.db.execute(sql`update activity_sessions set guest_count = guest_count + 3
      where id = (select id from activity_sessions where activity_id = ${rows.served} order by id limit 1)`),
  attendanceRemoved: () =>
    ctx.database.db.execute(sql`delete from attendances where id = (select t.id from attendances t
      join activity_sessions s on s.id = t.session_id where s.activity_id = ${rows.served}
      order by t.id limit 1)`),
  activityToggled: () =>
    ctx.database.db.execute(sql`update activities
      set status = case when status = 'cancelled' then 'finished' else 'cancelled' end
      where id = ${rows.toggled}`),
  caseToggled: () =>
    ctx.database.db.execute(sql`update cases
      set closed_on = case when closed_on is null then current_date end,
        stage = case when closed_on is null then 'closed' else 'intervention' end
      where id = ${rows.caseId}`),
  visitToggled: () =>
    ctx.database.db.execute(sql`update visits
      set visited_on = case when visited_on < ${period.from} then current_date else date '2019-06-01' end
      where id = ${rows.visitId}`),
  visitDeleted: async () =>
    ctx.database.db.execute(
      sql`delete from visits where id = ${await oneId(sql`visits`, sql`visited_on >= ${period.from} and id <> ${rows.visitId}`)}`,
    ),
  unitAdded: () =>
    ctx.database.db.execute(sql`insert into org_units (parent_id, kind, name, code, path)
      select id, 'community', '新建社区' || n, code || n, path || '.' || code || n
      from org_units, (select count(*) + 900 as n from org_units) c where id = ${street.id}`),
  serviceRejected: async () =>
    ctx.database.db.execute(sql`update service_records set status = 'rejected'
      where id = ${await oneId(sql`service_records`, sql`status = 'approved' and service_date >= ${period.from}`)}`),
};

/** The view after `write` shows the change, and equals the figures counted afresh. */
async function expectFollowed(write: string) {
  const before = await viewed();
  await writes[write]();
  const after = await viewed();
  expect(after).not.toEqual(before);
  expect(after).toEqual(await countedAfresh());
}

describe('the figures kept for a unit', () => {
  it('answer a second view without counting again', async () => {
    const { db, sent } = counted(ctx.database.db);
    const as = { ...streetAdmin, db };
    const first = await viewed(as);
    const firstStatements = sent.statements;
    expect(await viewed(as)).toEqual(first);
    // The counter sees the statements written as SQL (the look-ups of units are built with drizzle's
    // builder once per handle): the marks and the figures on the first view, the marks alone after.
    expect(firstStatements).toBe(2);
    expect(sent.statements - firstStatements).toBe(1);
    expect(first).toEqual(await countedAfresh());
  });

  it.each(Object.keys(writes))('follow a write of kind %s', (write) => expectFollowed(write));

  it('equal the figures counted afresh after any sequence of writes under the unit, on any server', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...Object.keys(writes)), { minLength: 1, maxLength: 3 }),
        async (sequence) => {
          for (const write of sequence) await expectFollowed(write);
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);

  it('count a session once its start has passed, with nothing written', async () => {
    const [next] = await queryRows<{ startsAt: string }>(
      ctx.database.db,
      sql`select s.starts_at as "startsAt" from activity_sessions s join activities a on a.id = s.activity_id
        where ${underPathSql(sql`a.org_path`, street.path)} and a.status = 'published' and a.kind = 'event'
          and s.starts_at > now() and s.starts_at < '2030-12-31' order by s.starts_at limit 1`,
    );
    const at = (date: Date): ServiceContext => {
      const clock: Clock = { now: () => date, today: () => date.toISOString().slice(0, 10) };
      return { ...streetAdmin, clock };
    };
    const before = await viewed(at(new Date()));
    const later = at(new Date(Date.parse(next.startsAt) + 60_000));
    const after = await viewed(later);
    expect(after.activitiesHeld).toBe(before.activitiesHeld + 1);
    expect(after).toEqual(await countedAfresh(later));
  });
});
