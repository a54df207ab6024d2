import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let sw: Record<string, string>;
let staff: Record<string, string>;
let client: string;

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  staff = await ctx.signIn('yuanshan.staff');
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/residents',
    headers: staff,
    payload: {
      name: '个案对象',
      idNumber: makeIdNumber('1940-02-02', 701),
      hukouType: 'hukou',
      sensitive: { flags: ['livesAlone'] },
    },
  });
  client = res.json().id;
});
afterAll(() => ctx.close());

describe('casework', () => {
  it('walks a case through its stages, keeps records encrypted, and audits every view', async () => {
    const opened = await ctx.request({
      method: 'POST',
      url: '/api/v1/cases',
      headers: sw,
      payload: {
        residentId: client,
        openedOn: '2026-01-05',
        summary: '独居老人，近期情绪低落，邻居反映少出门',
      },
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().id;
    expect(opened.json()).toMatchObject({
      stage: 'intake',
      clientName: '个案对象',
      records: [{ stage: 'intake' }],
    });
    const dump = await fingerprint(ctx.database.db, ['case_records']);
    expect(JSON.stringify(dump)).not.toContain('情绪低落');
    const record = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/records`,
      headers: sw,
      payload: {
        recordedOn: '2026-01-10',
        content: '入户预估：社会支持薄弱',
        goals: [{ text: '每周参加一次幸福驿站活动', status: 'open' }],
      },
    });
    expect(record.json().goals).toHaveLength(1);
    const back = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/advance`,
      headers: sw,
      payload: { to: 'intake', on: '2026-01-11' },
    });
    expect(back.json().code).toBe('cases.bad_stage');
    const noReason = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/advance`,
      headers: sw,
      payload: { to: 'closed', on: '2026-03-01' },
    });
    expect(noReason.json().code).toBe('cases.closure_reason_required');
    await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/advance`,
      headers: sw,
      payload: { to: 'assessment', on: '2026-01-12' },
    });
    const closed = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/advance`,
      headers: sw,
      payload: { to: 'closed', on: '2026-03-01', closureReason: '目标达成' },
    });
    expect(closed.json()).toMatchObject({
      stage: 'closed',
      closedOn: '2026-03-01',
      closureReason: '目标达成',
    });
    const admin = await ctx.signIn('huli.admin');
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=cases.view',
      headers: admin,
    });
    expect(audit.json().total).toBeGreaterThan(0);
  });

  it('shows another social worker only that a case exists', async () => {
    const other = await ctx.request({
      method: 'POST',
      url: '/api/v1/users',
      headers: await ctx.signIn('jiangtou.admin'),
      payload: {
        username: 'yuanshan.sw2',
        name: '另一位社工',
        password: 'Social@2026',
        orgUnitId: (await ctx.request({ method: 'GET', url: '/api/v1/me', headers: sw })).json()
          .memberships[0].orgUnitId,
        role: 'socialWorker',
        providerId: (await ctx.request({ method: 'GET', url: '/api/v1/me', headers: sw })).json()
          .memberships[0].providerId,
      },
    });
    expect(other.statusCode).toBe(201);
    const signIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: 'http://localhost:3000' },
      payload: { username: 'yuanshan.sw2', password: 'Social@2026' },
    });
    const headers = {
      cookie: String([signIn.headers['set-cookie']].flat()[0]).split(';')[0],
      origin: 'http://localhost:3000',
    };
    const list = (await ctx.request({ method: 'GET', url: '/api/v1/cases', headers })).json().items;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c: { clientName: string | null }) => c.clientName === null)).toBe(true);
    const detail = await ctx.request({ method: 'GET', url: `/api/v1/cases/${list[0].id}`, headers });
    expect(detail.statusCode).toBe(403);
    expect(detail.json().title).toBe('个案记录仅限负责社工、督导和社区工作人员查看');
  });
});

describe('home visits', () => {
  it('lists a planned visit as overdue by grid until it is made, and counts it in the figures', async () => {
    await ctx.request({
      method: 'PUT',
      url: '/api/v1/visit-plans',
      headers: sw,
      payload: { residentId: client, intervalDays: 30 },
    });
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const overdue = (
      await ctx.request({ method: 'GET', url: `/api/v1/visits/overdue?asOf=${later}`, headers: sw })
    ).json().items;
    expect(overdue.map((o: { residentId: string }) => o.residentId)).toContain(client);
    const visitDay = new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10);
    const made = await ctx.request({
      method: 'POST',
      url: '/api/v1/visits',
      headers: sw,
      payload: {
        residentId: client,
        visitedOn: visitDay,
        findings: '身体状况良好，冰箱食物充足',
        followUpNeeded: false,
      },
    });
    expect(made.statusCode).toBe(201);
    const after = (
      await ctx.request({ method: 'GET', url: `/api/v1/visits/overdue?asOf=${later}`, headers: sw })
    ).json().items;
    expect(after.map((o: { residentId: string }) => o.residentId)).not.toContain(client);
    const history = (
      await ctx.request({ method: 'GET', url: `/api/v1/residents/${client}/visits`, headers: sw })
    ).json().items;
    expect(history[0]).toMatchObject({ findings: '身体状况良好，冰箱食物充足', visitorName: '陈思远' });
    const figures = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/service-figures?from=${visitDay}&to=${visitDay}`,
        headers: sw,
      })
    ).json();
    expect(figures.visitsMade).toBe(1);
  });
});
