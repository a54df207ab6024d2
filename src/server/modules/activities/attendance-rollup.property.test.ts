import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import { letTimePass } from '../../testing/activity-time';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

// Figures add up each session's attendance count, which a trigger on `attendances` keeps (migration
// 0018). After any sequence of registrations, cancellations, check-ins, guest counts and removals of
// attendance rows (an operator's correction), every session's count equals its rows, and the
// community's figures, in total and by brand, equal the same aggregate computed from the raw rows.

let ctx: TestContext;
let sw: Record<string, string>;
let residentIds: string[];
let unitPath: string;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  unitPath = (await unitOf(ctx.database.db, '园山社区')).path;
  const rows = await queryRows<{ id: string }>(
    ctx.database.db,
    sql`select id from residents where ${underPathSql(sql`org_path`, unitPath)} and status = 'active'
      order by id limit 5`,
  );
  residentIds = rows.map((r) => r.id);
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const SESSIONS = 3;
const who = fc.integer({ min: 0, max: 4 });
const session = fc.integer({ min: 0, max: SESSIONS - 1 });
const beforeOp = fc.oneof(
  fc.record({ op: fc.constant('register' as const), who }),
  fc.record({ op: fc.constant('cancel' as const), who }),
);
const afterOp = fc.oneof(
  fc.record({
    op: fc.constant('checkIn' as const),
    session,
    people: fc.uniqueArray(who, { minLength: 1, maxLength: 5 }),
    method: fc.constantFrom('staff' as const, 'paper' as const, 'walkIn' as const),
  }),
  fc.record({ op: fc.constant('guests' as const), session, count: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ op: fc.constant('remove' as const), session, who }),
);

/** A published group of three sessions, planned ahead; time passes after the sign-up operations. */
async function newGroup() {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: {
      title: '统计核对小组',
      kind: 'group',
      brands: ['幸福驿站'],
      targetGroups: ['elderly'],
      place: '活动室',
      sessions: [0, 1, 2].map((i) => ({ startsAt: hours(30 + i), endsAt: hours(30.5 + i) })),
      capacity: 3,
      registrationOpensAt: hours(-24),
      registrationClosesAt: hours(24),
      cancellationDeadline: hours(12),
    },
  });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  const published = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${id}/publish`,
    headers: sw,
  });
  expect(published.statusCode).toBe(200);
  return { id, sessions: (published.json().sessions as { id: string }[]).map((s) => s.id) };
}

type BeforeOp = typeof beforeOp extends fc.Arbitrary<infer T> ? T : never;
type AfterOp = typeof afterOp extends fc.Arbitrary<infer T> ? T : never;

async function signUp(activityId: string, registered: Map<number, string>, o: BeforeOp) {
  if (o.op === 'register') {
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${activityId}/registrations`,
      headers: sw,
      payload: { residentId: residentIds[o.who] },
    });
    if (res.statusCode === 201) registered.set(o.who, res.json().id);
    else expect(res.statusCode).toBe(409);
    return;
  }
  const registration = registered.get(o.who);
  if (!registration) return;
  const res = await ctx.request({
    method: 'DELETE',
    url: `/api/v1/registrations/${registration}`,
    headers: sw,
  });
  expect(res.statusCode).toBeLessThan(300);
  registered.delete(o.who);
}

async function serve(group: { id: string; sessions: string[] }, o: AfterOp) {
  const url = `/api/v1/activities/${group.id}/sessions/${group.sessions[o.session]}`;
  if (o.op === 'checkIn') {
    const res = await ctx.request({
      method: 'POST',
      url: `${url}/attendance`,
      headers: sw,
      payload: { residentIds: o.people.map((i) => residentIds[i]), method: o.method },
    });
    expect(res.statusCode).toBe(200);
  } else if (o.op === 'guests') {
    const res = await ctx.request({
      method: 'PUT',
      url: `${url}/guests`,
      headers: sw,
      payload: { count: o.count },
    });
    expect(res.statusCode).toBe(204);
  } else {
    await ctx.database.db.execute(
      sql`delete from attendances where session_id = ${group.sessions[o.session]}
        and resident_id = ${residentIds[o.who]}`,
    );
  }
}

const shanghaiDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** Person-times and people of 园山 in the period (of one brand), counted from the attendance rows. */
async function rawFigures(from: string, to: string, brand?: string) {
  const [row] = await queryRows<{ personTimes: number; people: number }>(
    ctx.database.db,
    sql`with held as (select s.id, s.guest_count from activity_sessions s join activities a on a.id = s.activity_id
        where ${underPathSql(sql`a.org_path`, unitPath)} and a.status in ('published', 'finished')
          and s.starts_at >= (${from}::date)::timestamp at time zone 'Asia/Shanghai'
          and s.starts_at < (${to}::date + 1)::timestamp at time zone 'Asia/Shanghai'
          and s.starts_at <= now()
          ${brand ? sql`and a.brands @> array[${brand}]::text[]` : sql``})
      select ((select count(*) from attendances t join held h on h.id = t.session_id)
          + (select coalesce(sum(guest_count), 0) from held))::int as "personTimes",
        (select count(distinct t.resident_id) from attendances t join held h on h.id = t.session_id)::int
          as people`,
  );
  return row;
}

describe('attendance counts kept by the trigger', () => {
  it('equal the rows, and the figures equal the raw aggregate, after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(beforeOp, { maxLength: 6 }),
        fc.array(afterOp, { minLength: 1, maxLength: 8 }),
        async (before, after) => {
          const group = await newGroup();
          const registered = new Map<number, string>();
          for (const o of before) await signUp(group.id, registered, o);
          await letTimePass(ctx.database.db, group.id, 33);
          for (const o of after) await serve(group, o);

          const drift = await queryRows<{ id: string }>(
            ctx.database.db,
            sql`select s.id from activity_sessions s
              where s.attended_count <> (select count(*) from attendances t where t.session_id = s.id)`,
          );
          expect(drift).toEqual([]);

          const from = shanghaiDay(-2);
          const to = shanghaiDay(0);
          const figures = await ctx.request({
            method: 'GET',
            url: `/api/v1/service-figures?from=${from}&to=${to}`,
            headers: sw,
          });
          expect(figures.statusCode).toBe(200);
          const answer = figures.json();
          expect({ personTimes: answer.personTimes, people: answer.distinctPeopleServed }).toEqual(
            await rawFigures(from, to),
          );
          const brand = answer.byBrand.find((b: { brand: string }) => b.brand === '幸福驿站');
          expect(brand?.personTimes).toBe((await rawFigures(from, to, '幸福驿站')).personTimes);
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
