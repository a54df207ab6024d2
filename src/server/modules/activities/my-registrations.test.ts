import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letTimePass } from '../../testing/activity-time';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let sw: Record<string, string>;
let staff: Record<string, string>;
let volunteer: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  staff = await ctx.signIn('yuanshan.staff');
  volunteer = await ctx.signIn('volunteer1');
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

async function published(title: string, capacity = 5) {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: {
      title,
      brands: ['幸福驿站'],
      targetGroups: ['elderly'],
      place: '活动室',
      sessions: [{ startsAt: hours(30), endsAt: hours(32) }],
      capacity,
      registrationOpensAt: hours(-24),
      registrationClosesAt: hours(24),
      cancellationDeadline: hours(12),
    },
  });
  expect(created.statusCode).toBe(201);
  const res = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${created.json().id}/publish`,
    headers: sw,
  });
  expect(res.json().status).toBe('published');
  return res.json() as { id: string; sessions: { id: string }[] };
}

const signUp = (activityId: string) =>
  ctx.request({
    method: 'POST',
    url: `/api/v1/me/activities/${activityId}/registration`,
    headers: volunteer,
  });

type Mine = {
  id: string;
  status: string;
  waitlistRank: number | null;
  past: boolean;
  activity: { id: string; title: string; status: string };
  sessions: { checkedInAt: string | null }[];
};
const mine = async (headers = volunteer): Promise<Mine[]> => {
  const res = await ctx.request({ method: 'GET', url: '/api/v1/me/registrations', headers });
  expect(res.statusCode).toBe(200);
  return res.json().items;
};
const mineFor = async (activityId: string) => (await mine()).find((r) => r.activity.id === activityId);

describe('我的活动 (GET /me/registrations)', () => {
  it('lists my registration ahead, then checked in, then behind me once its session has ended', async () => {
    const a = await published('我的活动·书法课');
    expect((await signUp(a.id)).statusCode).toBe(201);
    expect(await mineFor(a.id)).toMatchObject({
      status: 'registered',
      waitlistRank: null,
      past: false,
      activity: { title: '我的活动·书法课', status: 'published' },
      sessions: [{ checkedInAt: null }],
    });

    await letTimePass(ctx.database.db, a.id, 30.5);
    const { code } = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/activities/${a.id}/sessions/${a.sessions[0].id}/check-in-code`,
        headers: sw,
      })
    ).json();
    const checkIn = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/check-in',
      headers: volunteer,
      payload: { code },
    });
    expect(checkIn.statusCode).toBe(200);
    const during = await mineFor(a.id);
    expect(during?.past).toBe(false);
    expect(Date.parse(during?.sessions[0].checkedInAt ?? '')).not.toBeNaN();

    await letTimePass(ctx.database.db, a.id, 2);
    expect(await mineFor(a.id)).toMatchObject({ past: true });
  });

  it('shows my current place on a waitlist, and forgets a registration I cancelled', async () => {
    const full = await published('我的活动·满员', 1);
    const other = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: staff,
      payload: { name: '先到者', idNumber: makeIdNumber('1950-01-01', 811), hukouType: 'hukou' },
    });
    expect(other.statusCode).toBe(201);
    const first = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${full.id}/registrations`,
      headers: sw,
      payload: { residentId: other.json().id },
    });
    expect(first.json().status).toBe('registered');
    expect((await signUp(full.id)).json().status).toBe('waitlisted');
    expect(await mineFor(full.id)).toMatchObject({ status: 'waitlisted', waitlistRank: 1, past: false });

    const cancelled = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/me/activities/${full.id}/registration`,
      headers: volunteer,
    });
    expect(cancelled.statusCode).toBe(204);
    expect(await mineFor(full.id)).toBeUndefined();
  });

  it("shows nobody else's registrations, and refuses a role that does not sign up itself", async () => {
    const a = await published('我的活动·只给我看');
    expect((await signUp(a.id)).statusCode).toBe(201);
    const stranger = await ctx.signIn('jinshang.volunteer');
    expect((await mine(stranger)).some((r) => r.activity.id === a.id)).toBe(false);

    const refused = await ctx.request({ method: 'GET', url: '/api/v1/me/registrations', headers: sw });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().title).toBe('您没有权限执行此操作');
  });
});
