import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { fingerprint, userId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext, testOrigin } from '../../testing/test-app';

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
    const headers = await secondWorker();
    const list = (await ctx.request({ method: 'GET', url: '/api/v1/cases', headers })).json().items;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c: { clientName: string | null }) => c.clientName === null)).toBe(true);
    expect(list.every((c: { restricted: boolean }) => c.restricted)).toBe(true);
    expect(list.every((c: { residentId: string | null }) => c.residentId === null)).toBe(true);
    const detail = await ctx.request({ method: 'GET', url: `/api/v1/cases/${list[0].id}`, headers });
    expect(detail.statusCode).toBe(403);
    expect(detail.json().title).toBe('个案记录仅限负责社工、督导和社区工作人员查看');
  });
});

type Summary = {
  id: string;
  stage: string;
  clientName: string | null;
  restricted: boolean;
  supervisorName: string | null;
  orgUnitName: string;
  lastRecordOn: string | null;
};
const list = async (headers: Record<string, string>, query = '') => {
  const res = await ctx.request({ method: 'GET', url: `/api/v1/cases${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Summary[]; total: number; page: number; pageSize: number };
};
const caseCount = async () =>
  (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from cases`))[0].n;

let second: Record<string, string> | undefined;
/** A second social worker of 园山 (same provider), who is neither worker nor supervisor of the cases. */
async function secondWorker(): Promise<Record<string, string>> {
  if (second) return second;
  const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers: sw })).json().memberships[0];
  const other = await ctx.request({
    method: 'POST',
    url: '/api/v1/users',
    headers: await ctx.signIn('jiangtou.admin'),
    payload: {
      username: 'yuanshan.sw2',
      name: '另一位社工',
      password: 'Social@2026',
      orgUnitId: me.orgUnitId,
      role: 'socialWorker',
      providerId: me.providerId,
    },
  });
  expect(other.statusCode).toBe(201);
  const signIn = await ctx.request({
    method: 'POST',
    url: '/api/auth/sign-in/username',
    headers: { origin: testOrigin },
    payload: { username: 'yuanshan.sw2', password: 'Social@2026' },
  });
  second = { cookie: String([signIn.headers['set-cookie']].flat()[0]).split(';')[0], origin: testOrigin };
  return second;
}

async function openFor(name: string, seq: number, extra: object = {}) {
  const resident = await ctx.request({
    method: 'POST',
    url: '/api/v1/residents',
    headers: staff,
    payload: { name, idNumber: makeIdNumber('1950-05-05', seq), hukouType: 'hukou' },
  });
  const opened = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    headers: sw,
    payload: { residentId: resident.json().id, openedOn: '2026-06-01', summary: '接案：需要支持', ...extra },
  });
  return { residentId: resident.json().id as string, opened };
}

describe('case list', () => {
  it('lists the demo cases of the unit with supervisor, community and last record, paged', async () => {
    const all = await list(sw);
    expect(all.total).toBeGreaterThanOrEqual(4);
    const demo = all.items.find((c) => c.supervisorName === '李秀梅');
    expect(demo).toMatchObject({ orgUnitName: '园山社区', restricted: false });
    expect(demo?.clientName).toBeTruthy();
    expect(demo?.lastRecordOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Set(all.items.map((c) => c.stage)).size).toBeGreaterThanOrEqual(3);
    // Open cases come before closed ones.
    const firstClosed = all.items.findIndex((c) => c.stage === 'closed');
    expect(all.items.slice(firstClosed).every((c) => c.stage === 'closed')).toBe(true);
    const page = await list(sw, '?page=2&pageSize=2');
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(page.items.map((c) => c.id)).toEqual(all.items.slice(2, 4).map((c) => c.id));
    const closed = await list(sw, '?stage=closed');
    expect(closed.items.length).toBeGreaterThan(0);
    expect(closed.items.every((c) => c.stage === 'closed')).toBe(true);
    // Another community's cases stay there.
    const jinshang = await list(await ctx.signIn('jinshang.sw'));
    expect(jinshang.items.every((c) => c.orgUnitName === '金尚社区')).toBe(true);
    expect(jinshang.items.map((c) => c.id)).not.toContain(demo?.id);
  });

  it('finds a client by name only among cases the caller may see whole', async () => {
    const { opened } = await openFor('搜索对象甲', 801);
    expect(opened.statusCode).toBe(201);
    const mine = await list(sw, `?q=${encodeURIComponent('搜索对象')}`);
    expect(mine.items.map((c) => c.id)).toEqual([opened.json().id]);
    expect((await list(staff, `?q=${encodeURIComponent('对象甲')}`)).total).toBe(1);
    // The second worker sees that the case exists, but a name search never matches it.
    const other = await secondWorker();
    expect((await list(other)).items.map((c) => c.id)).toContain(opened.json().id);
    expect((await list(other, `?q=${encodeURIComponent('搜索对象甲')}`)).total).toBe(0);
    expect((await list(other, '?q=%25')).total).toBe(0);
  });

  it("filters to the caller's own cases, as worker or supervisor", async () => {
    const other = await secondWorker();
    expect((await list(other, '?mine=true')).total).toBe(0);
    const supervisors = (
      await ctx.request({ method: 'GET', url: '/api/v1/cases/supervisors', headers: sw })
    ).json().items;
    const sw2 = supervisors.find((p: { name: string }) => p.name === '另一位社工');
    const { opened } = await openFor('督导对象', 803, { supervisorUserId: sw2.userId });
    expect(opened.json()).toMatchObject({ supervisorName: '另一位社工' });
    const supervised = await list(other, '?mine=true');
    expect(supervised.items).toEqual([expect.objectContaining({ id: opened.json().id, restricted: false })]);
    const detail = await ctx.request({
      method: 'GET',
      url: `/api/v1/cases/${opened.json().id}`,
      headers: other,
    });
    expect(detail.statusCode).toBe(200);
    expect((await list(sw, '?mine=false')).total).toBe((await list(sw)).total);
  });
});

describe('supervisors', () => {
  it('offers staff and social workers of the unit, never the caller or another community', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/cases/supervisors', headers: sw });
    const people = res.json().items as { name: string; role: string; orgUnitName: string }[];
    expect(people).toContainEqual({
      userId: expect.any(String),
      name: '李秀梅',
      role: 'communityStaff',
      orgUnitName: '园山社区',
    });
    expect(people.map((p) => p.name)).not.toContain('陈思远');
    expect(people.every((p) => p.orgUnitName === '园山社区')).toBe(true);
    const forClient = await ctx.request({
      method: 'GET',
      url: `/api/v1/cases/supervisors?residentId=${client}`,
      headers: sw,
    });
    expect(forClient.json().items.map((p: { name: string }) => p.name)).toContain('李秀梅');
  });

  it('refuses a supervisor from another community or the worker themself, writing nothing', async () => {
    const before = await caseCount();
    const jinshangStaff = await userId(ctx.database.db, 'jinshang.staff');
    const self = await userId(ctx.database.db, 'yuanshan.sw');
    for (const supervisorUserId of [jinshangStaff, self, 'no-such-user']) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/cases',
        headers: sw,
        payload: { residentId: client, openedOn: '2026-06-01', summary: '接案情况', supervisorUserId },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'cases.invalid_supervisor',
        errors: [{ path: 'supervisorUserId', message: '请选择本社区的社工或社区工作人员作为督导' }],
      });
    }
    expect(await caseCount()).toBe(before);
  });
});

describe('stages and dates', () => {
  it('moves one stage at a time, closes from any stage with a reason, and never reopens', async () => {
    const { opened } = await openFor('阶段对象', 805);
    const id = opened.json().id;
    const advance = (payload: object) =>
      ctx.request({ method: 'POST', url: `/api/v1/cases/${id}/advance`, headers: sw, payload });
    const skip = await advance({ to: 'planning', on: '2026-06-02' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      code: 'cases.bad_stage',
      title: expect.stringContaining('下一阶段'),
    });
    const early = await advance({ to: 'closed', on: '2026-06-03', closureReason: '服务对象迁出本社区' });
    expect(early.json()).toMatchObject({ stage: 'closed', closedOn: '2026-06-03' });
    const reopen = await advance({ to: 'closed', on: '2026-06-04', closureReason: '再次结案' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe('cases.closed');
    const record = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/records`,
      headers: sw,
      payload: { recordedOn: '2026-06-04', content: '结案后补记' },
    });
    expect(record.json().code).toBe('cases.closed');
    const after = await ctx.request({ method: 'GET', url: `/api/v1/cases/${id}`, headers: sw });
    expect(after.json()).toMatchObject({
      closureReason: '服务对象迁出本社区',
      records: [{ stage: 'intake' }],
    });
  });

  it('refuses dates before the opening or after today, changing nothing', async () => {
    const { opened } = await openFor('日期对象', 807);
    const id = opened.json().id;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const fingerprintBefore = await fingerprint(ctx.database.db, ['cases', 'case_records']);
    const attempts = [
      { url: `/api/v1/cases/${id}/records`, payload: { recordedOn: '2026-05-31', content: '早于接案' } },
      { url: `/api/v1/cases/${id}/records`, payload: { recordedOn: tomorrow, content: '未来记录' } },
      {
        url: `/api/v1/cases/${id}/advance`,
        payload: { to: 'closed', on: '2026-05-01', closureReason: '原因' },
      },
      { url: '/api/v1/cases', payload: { residentId: client, openedOn: tomorrow, summary: '未来接案' } },
    ];
    const codes = [];
    for (const a of attempts) {
      const res = await ctx.request({ method: 'POST', url: a.url, headers: sw, payload: a.payload });
      expect(res.statusCode).toBe(400);
      codes.push(res.json().code);
    }
    expect(codes).toEqual([
      'cases.date_before_opening',
      'cases.date_in_future',
      'cases.date_before_opening',
      'cases.date_in_future',
    ]);
    expect(await fingerprint(ctx.database.db, ['cases', 'case_records'])).toEqual(fingerprintBefore);
  });

  it('replaces goals with a record and keeps them encrypted', async () => {
    const { opened } = await openFor('目标对象', 809);
    const id = opened.json().id;
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/records`,
      headers: sw,
      payload: {
        recordedOn: '2026-06-05',
        content: '制定目标',
        goals: [
          { text: '每周参加一次小组活动', status: 'open' },
          { text: '申请临时救助', status: 'achieved' },
        ],
      },
    });
    expect(res.json().goals).toHaveLength(2);
    const blank = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/records`,
      headers: sw,
      payload: { recordedOn: '2026-06-06', content: '空目标', goals: [{ text: ' ', status: 'open' }] },
    });
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json().errors)).toContain('请填写目标');
    const dump = await fingerprint(ctx.database.db, ['cases']);
    expect(JSON.stringify(dump)).not.toContain('申请临时救助');
  });
});

describe("the resident's services timeline", () => {
  it('shows a case to its worker and staff, and hides it from other social workers', async () => {
    const { residentId, opened } = await openFor('时间线对象', 811);
    const timeline = async (headers: Record<string, string>) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/residents/${residentId}/services`, headers })).json()
        .items;
    const entry = { type: 'case', caseId: opened.json().id, stage: 'intake', openedOn: '2026-06-01' };
    expect(await timeline(sw)).toEqual([expect.objectContaining(entry)]);
    expect(await timeline(staff)).toEqual([expect.objectContaining(entry)]);
    expect(await timeline(await secondWorker())).toEqual([]);
  });
});
