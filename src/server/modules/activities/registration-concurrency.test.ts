import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { actorOf } from '../../testing/actor';
import { activeResidentsOf, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { register } from './registration';

/**
 * 500 parallel sign-ups for 50 places. On PostgreSQL the requests really race (a pool of 60
 * connections); on PGlite every transaction is serialised, so there the test proves only the rules.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('registration under a rush', () => {
  it('leaves exactly 50 registered and 450 waitlisted at positions 1..450, no one twice', async () => {
    const db = ctx.database.db;
    const yuanshan = await unitId(db, '园山社区');
    const sw = await ctx.signIn('yuanshan.sw');
    const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers: sw,
      payload: {
        title: '抢报名测试',
        sessions: [{ startsAt: hours(48), endsAt: hours(50) }],
        capacity: 50,
        registrationOpensAt: hours(-1),
        registrationClosesAt: hours(24),
        cancellationDeadline: hours(24),
      },
    });
    const activityId = created.json().id;
    await ctx.request({ method: 'POST', url: `/api/v1/activities/${activityId}/publish`, headers: sw });
    const people = await activeResidentsOf(db, yuanshan, 500);
    const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers: sw })).json();
    const actor = actorOf({
      userId: me.user.id,
      username: me.user.username,
      name: me.user.name,
      memberships: me.memberships,
      membership: me.memberships[0],
    });
    const results = await Promise.all(
      people.map((p) => register({ ...ctx.app.services, actor }, activityId, p, 'staff')),
    );
    expect(results.filter((r) => r.status === 'registered')).toHaveLength(50);
    const positions = results
      .flatMap((r) => (r.waitlistPosition === null ? [] : [r.waitlistPosition]))
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    const [counts] = await queryRows<{
      registered: number;
      waitlisted: number;
      distinct_people: number;
      taken: number;
    }>(
      db,
      sql`select count(*) filter (where status = 'registered')::int registered,
        count(*) filter (where status = 'waitlisted')::int waitlisted,
        count(distinct resident_id)::int distinct_people,
        (select registered_count from activities where id = ${activityId}) taken
        from registrations where activity_id = ${activityId}`,
    );
    expect(counts).toEqual({ registered: 50, waitlisted: 450, distinct_people: 500, taken: 50 });
  });
});
