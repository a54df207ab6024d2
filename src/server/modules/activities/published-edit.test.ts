import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let sw: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const plan = (over: object = {}) => ({
  title: '重阳茶话会',
  brands: ['幸福驿站'],
  targetGroups: ['elderly'],
  place: '活动室',
  description: '一起喝茶聊天',
  sessions: [{ startsAt: hours(30), endsAt: hours(32) }],
  capacity: 5,
  registrationOpensAt: hours(-24),
  registrationClosesAt: hours(24),
  cancellationDeadline: hours(12),
  ...over,
});

async function publishedWithVolunteer() {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: plan(),
  });
  expect(created.statusCode).toBe(201);
  const { id } = created.json();
  await ctx.request({ method: 'POST', url: `/api/v1/activities/${id}/publish`, headers: sw });
  const volunteer = await ctx.signIn('volunteer1');
  const joined = await ctx.request({
    method: 'POST',
    url: `/api/v1/me/activities/${id}/registration`,
    headers: volunteer,
  });
  expect(joined.json().status).toBe('registered');
  const activity = (
    await ctx.request({ method: 'GET', url: `/api/v1/activities/${id}`, headers: sw })
  ).json();
  return { activity, volunteer };
}

const edit = (id: string, payload: object, headers = sw) =>
  ctx.request({ method: 'PUT', url: `/api/v1/activities/${id}`, headers, payload });

const messagesOf = async (headers: Record<string, string>) =>
  (await ctx.request({ method: 'GET', url: '/api/v1/me/notifications', headers })).json().items as {
    title: string;
    body: string;
  }[];

describe('editing a published activity', () => {
  it('changes description and place quietly, and tells registrants when the time moves, keeping the session', async () => {
    const { activity, volunteer } = await publishedWithVolunteer();
    const base = plan({
      sessions: activity.sessions.map((s: { startsAt: string; endsAt: string }) => ({
        startsAt: s.startsAt,
        endsAt: s.endsAt,
      })),
      registrationOpensAt: activity.registrationOpensAt,
      registrationClosesAt: activity.registrationClosesAt,
      cancellationDeadline: activity.cancellationDeadline,
    });
    const quiet = await edit(activity.id, { ...base, description: '请带上水杯', place: '二楼会议室' });
    expect(quiet.statusCode).toBe(200);
    expect(quiet.json()).toMatchObject({
      description: '请带上水杯',
      place: '二楼会议室',
      status: 'published',
    });
    expect((await messagesOf(volunteer)).some((m) => m.title === '活动时间已调整')).toBe(false);

    const moved = await edit(activity.id, {
      ...base,
      sessions: [{ startsAt: hours(31), endsAt: hours(33) }],
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().sessions[0].id).toBe(activity.sessions[0].id);
    expect(moved.json().sessions[0].startsAt).not.toBe(activity.sessions[0].startsAt);
    const told = (await messagesOf(volunteer)).find((m) => m.title === '活动时间已调整');
    expect(told?.body).toContain('重阳茶话会');
    const registrations = await ctx.request({
      method: 'GET',
      url: `/api/v1/activities/${activity.id}/registrations`,
      headers: sw,
    });
    expect(registrations.json().items).toHaveLength(1);
  });

  it('refuses a change to the terms people signed up under, in Chinese, writing nothing', async () => {
    const { activity } = await publishedWithVolunteer();
    const res = await edit(
      activity.id,
      plan({
        sessions: [{ startsAt: activity.sessions[0].startsAt, endsAt: activity.sessions[0].endsAt }],
        registrationOpensAt: activity.registrationOpensAt,
        registrationClosesAt: activity.registrationClosesAt,
        cancellationDeadline: activity.cancellationDeadline,
        capacity: 2,
        title: '改个名字',
        description: '不该保存的介绍',
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('活动已发布，只能修改活动介绍、地点、品牌、服务对象、所属项目和活动时间');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['title', 'capacity']);
    expect(res.json().errors[1].message).toBe('活动发布后不能更改名额');
    const after = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${activity.id}`, headers: sw })
    ).json();
    expect(after).toMatchObject({ title: '重阳茶话会', capacity: 5, description: '一起喝茶聊天' });
  });

  it('refuses any edit once cancelled, another community (404) and a role without the right (403)', async () => {
    const { activity } = await publishedWithVolunteer();
    const same = plan({
      sessions: [{ startsAt: activity.sessions[0].startsAt, endsAt: activity.sessions[0].endsAt }],
      registrationOpensAt: activity.registrationOpensAt,
      registrationClosesAt: activity.registrationClosesAt,
      cancellationDeadline: activity.cancellationDeadline,
      description: '不该保存',
    });
    const other = await edit(activity.id, same, await ctx.signIn('jinshang.sw'));
    expect(other.statusCode).toBe(404);
    const admin = await edit(activity.id, same, await ctx.signIn('jiangtou.admin'));
    expect(admin.statusCode).toBe(403);
    await ctx.request({ method: 'POST', url: `/api/v1/activities/${activity.id}/cancel`, headers: sw });
    const cancelled = await edit(activity.id, same);
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().title).toBe('已结束或已取消的活动不能修改');
    const after = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${activity.id}`, headers: sw })
    ).json();
    expect(after.description).toBe('一起喝茶聊天');
  });
});
