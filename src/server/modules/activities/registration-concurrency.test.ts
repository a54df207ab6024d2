import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import { actorOf } from '../../testing/actor';
import { activeResidentsOf, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { cancelRegistration, register } from './registration';

/**
 * Parallel sign-ups and cancellations of one activity. On PostgreSQL the requests really race (a pool
 * of 60 connections); on PGlite every transaction is serialised, so there the tests prove only the rules.
 */
let ctx: TestContext;
let actor: Actor;
let people: Awaited<ReturnType<typeof activeResidentsOf>>;
let sw: Record<string, string>;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  people = await activeResidentsOf(ctx.database.db, await unitId(ctx.database.db, '园山社区'), 500);
  const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers: sw })).json();
  actor = actorOf({
    userId: me.user.id,
    username: me.user.username,
    name: me.user.name,
    memberships: me.memberships,
    membership: me.memberships[0],
  });
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

async function publishedActivity(capacity: number): Promise<string> {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: {
      title: '抢报名测试',
      sessions: [{ startsAt: hours(48), endsAt: hours(50) }],
      capacity,
      registrationOpensAt: hours(-1),
      registrationClosesAt: hours(24),
      cancellationDeadline: hours(24),
    },
  });
  const activityId = created.json().id;
  await ctx.request({ method: 'POST', url: `/api/v1/activities/${activityId}/publish`, headers: sw });
  return activityId;
}

const services = () => ({ ...ctx.app.services, actor });

/** What the rows say, beside the activity's counter and the audit trail of its sign-ups. */
async function countsOf(activityId: string) {
  const [counts] = await queryRows<{
    registered: number;
    waitlisted: number;
    distinct_live: number;
    taken: number;
    waiting: number;
    audited: number;
  }>(
    ctx.database.db,
    sql`select count(*) filter (where status = 'registered')::int registered,
      count(*) filter (where status = 'waitlisted')::int waitlisted,
      count(distinct resident_id) filter (where status <> 'cancelled')::int distinct_live,
      (select registered_count from activities where id = ${activityId}) taken,
      (select waitlist_count from activities where id = ${activityId}) waiting,
      (select count(*)::int from audit_log where action in ('activities.register', 'activities.waitlist')
        and detail->>'activityId' = ${activityId}) audited
      from registrations where activity_id = ${activityId}`,
  );
  return counts;
}

describe('registration under a rush', () => {
  it('leaves exactly 50 registered and 450 waitlisted at positions 1..450, no one twice', async () => {
    const activityId = await publishedActivity(50);
    const results = await Promise.all(people.map((p) => register(services(), activityId, p, 'staff')));
    expect(results.filter((r) => r.status === 'registered')).toHaveLength(50);
    const positions = results
      .flatMap((r) => (r.waitlistPosition === null ? [] : [r.waitlistPosition]))
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    // Nobody left the queue, so each joined as its last: the place told is the position.
    expect(results.every((r) => r.waitlistRank === r.waitlistPosition)).toBe(true);
    expect(await countsOf(activityId)).toEqual({
      registered: 50,
      waitlisted: 450,
      distinct_live: 500,
      taken: 50,
      waiting: 450,
      audited: 500,
    });
  });

  it('gives one person sending the same sign-up twenty times at once one place, and tells the rest', async () => {
    const activityId = await publishedActivity(5);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => register(services(), activityId, people[0], 'staff')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []));
    expect(refusals).toEqual(Array(19).fill('activities.already_registered'));
    expect(await countsOf(activityId)).toEqual({
      registered: 1,
      waitlisted: 0,
      distinct_live: 1,
      taken: 1,
      waiting: 0,
      audited: 1,
    });
  });

  it('refuses only the repeats when people ask twice at once among others', async () => {
    const activityId = await publishedActivity(5);
    const asked = [...people.slice(0, 30), ...people.slice(0, 10)];
    const results = await Promise.allSettled(asked.map((p) => register(services(), activityId, p, 'staff')));
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []));
    expect(refusals).toEqual(Array(10).fill('activities.already_registered'));
    expect(await countsOf(activityId)).toEqual({
      registered: 5,
      waitlisted: 25,
      distinct_live: 30,
      taken: 5,
      waiting: 25,
      audited: 30,
    });
  });

  it('keeps the counters equal to the places held and the people waiting while cancellations and sign-ups race', async () => {
    const activityId = await publishedActivity(10);
    const first = await Promise.all(
      people.slice(0, 10).map((p) => register(services(), activityId, p, 'staff')),
    );
    const second = await Promise.all([
      ...first.slice(0, 5).map((r) => cancelRegistration(services(), r.registrationId, null)),
      ...people.slice(10, 40).map((p) => register(services(), activityId, p, 'staff')),
    ]);
    expect(await countsOf(activityId)).toMatchObject({
      registered: 10,
      taken: 10,
      waitlisted: 25,
      waiting: 25,
      distinct_live: 35,
    });
    // Places given back pass to the waitlist, and people leave the waitlist, while more join it.
    // The five last in the queue: places passed on go to the first.
    const lastWaiting = second
      .flatMap((r) => (r?.status === 'waitlisted' ? [r] : []))
      .sort((a, b) => (b.waitlistPosition ?? 0) - (a.waitlistPosition ?? 0))
      .slice(0, 5)
      .map((r) => r.registrationId);
    const placed = first.slice(5).map((r) => r.registrationId);
    await Promise.all([
      ...placed.map((id) => cancelRegistration(services(), id, null)),
      ...lastWaiting.map((id) => cancelRegistration(services(), id, null)),
      ...people.slice(40, 60).map((p) => register(services(), activityId, p, 'staff')),
    ]);
    expect(await countsOf(activityId)).toMatchObject({
      registered: 10,
      taken: 10,
      waitlisted: 35,
      waiting: 35,
    });
    // The next one to join is told it is last.
    const last = await register(services(), activityId, people[60], 'staff');
    expect(last).toMatchObject({ status: 'waitlisted', waitlistRank: 36 });
  });
});
