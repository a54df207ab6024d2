import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitPlanRow, VisitRow } from '../../../core/cases/visits-contract';
import { queryRows } from '../../db/client';
import { actorAt } from '../../testing/actor';
import { fingerprint, unitId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { listVisits } from './visits';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let grids: { id: string; name: string }[];
let outsider: { residentId: string; gridId: string };

type Headers = Record<string, string>;
type PlanPage = { items: VisitPlanRow[]; total: number; totals: Record<VisitPlanRow['status'], number> };

const today = () => ctx.app.services.clock.today();
const daysFromToday = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const get = async (url: string, headers: Headers = staff) => {
  const res = await ctx.request({ method: 'GET', url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const plans = (query = '', headers: Headers = staff): Promise<PlanPage> =>
  get(`/api/v1/visit-plans?pageSize=200${query}`, headers);
const auditCount = async (action: string) =>
  (
    await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log where action = ${action}`,
    )
  )[0].n;

let seq = 800;
async function newResident(name: string, options: { birthDate?: string; flags?: string[]; gridId?: string }) {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/residents',
    headers: staff,
    payload: {
      name,
      idNumber: makeIdNumber(options.birthDate ?? '1942-03-04', seq++),
      hukouType: 'hukou',
      gridId: options.gridId ?? null,
      sensitive: { flags: options.flags ?? [] },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  sw = await ctx.signIn('yuanshan.sw');
  const db = ctx.database.db;
  grids = (await get(`/api/v1/org-units/${await unitId(db, '园山社区')}`)).grids;
  const jinshang = await ctx.signIn('jinshang.staff');
  outsider = {
    residentId: (await get('/api/v1/residents?pageSize=1', jinshang)).items[0].id,
    gridId: (await get(`/api/v1/org-units/${await unitId(db, '金尚社区')}`, jinshang)).grids[0].id,
  };
});
afterAll(() => ctx.close());

describe('visit plans', () => {
  it('lists the demo plans with their status, totals per status, filters and pages', async () => {
    const all = await plans();
    expect(all.total).toBe(130); // 园山's elderly living alone, one monthly plan each
    expect(all.totals.onTime).toBeGreaterThan(0);
    expect(all.totals.dueSoon).toBeGreaterThan(0);
    expect(all.totals.overdue).toBeGreaterThan(0);
    expect(all.totals.onTime + all.totals.dueSoon + all.totals.overdue).toBe(all.total);
    for (const p of all.items) {
      expect(p.intervalDays).toBe(30);
      const expected = p.daysUntilDue < 0 ? 'overdue' : p.daysUntilDue <= 7 ? 'dueSoon' : 'onTime';
      expect(p.status).toBe(expected);
      expect(p.dueOn).toBe(daysFromToday(p.daysUntilDue));
    }
    expect(all.items.map((p) => p.dueOn)).toEqual(all.items.map((p) => p.dueOn).sort());

    const overdue = await plans('&status=overdue');
    expect(overdue.total).toBe(all.totals.overdue);
    expect(overdue.totals).toEqual(all.totals);
    expect(overdue.items.every((p) => p.status === 'overdue')).toBe(true);

    const grid = all.items.find((p) => p.gridId)!.gridId!;
    const inGrid = await plans(`&gridId=${grid}`);
    expect(inGrid.total).toBeGreaterThan(0);
    expect(inGrid.total).toBeLessThan(all.total);
    expect(inGrid.items.every((p) => p.gridId === grid)).toBe(true);

    const named = await plans(`&q=${encodeURIComponent(all.items[5].name)}`);
    expect(named.items.map((p) => p.residentId)).toContain(all.items[5].residentId);

    const first = await get('/api/v1/visit-plans?pageSize=10&page=1');
    const second = await get('/api/v1/visit-plans?pageSize=10&page=2');
    expect(second.items).toHaveLength(10);
    expect(second.total).toBe(130);
    expect(second.items.map((p: VisitPlanRow) => p.residentId)).toEqual(
      all.items.slice(10, 20).map((p) => p.residentId),
    );
    expect(first.items[0].residentId).toBe(all.items[0].residentId);
  });

  it('creates plans for a whole target group once, leaving existing plans as they were', async () => {
    const tekun = (await get('/api/v1/residents?tag=tekun&pageSize=1')).total as number;
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/visit-plans/bulk',
      headers: staff,
      payload: { targetGroup: 'tekun', intervalDays: 14 },
    });
    expect(created.statusCode, created.body).toBe(200);
    const result = created.json();
    expect(result.matched).toBe(tekun);
    // 特困 elderly living alone already have their monthly plan.
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.created + result.skipped).toBe(tekun);
    const intervals = (await plans()).items.map((p) => p.intervalDays);
    expect(intervals.filter((d) => d === 14)).toHaveLength(result.created);
    expect(intervals.filter((d) => d === 30)).toHaveLength(130);

    const again = await ctx.request({
      method: 'POST',
      url: '/api/v1/visit-plans/bulk',
      headers: staff,
      payload: { targetGroup: 'tekun', intervalDays: 7 },
    });
    expect(again.json()).toEqual({ matched: tekun, created: 0, skipped: tekun });
    expect(await auditCount('visits.plan_group')).toBe(2);

    const grid = grids[0].id;
    const dibaoInGrid = (await get(`/api/v1/residents?tag=dibao&gridId=${grid}&pageSize=1`)).total;
    const byGrid = await ctx.request({
      method: 'POST',
      url: '/api/v1/visit-plans/bulk',
      headers: sw,
      payload: { targetGroup: 'dibao', intervalDays: 60, gridId: grid },
    });
    expect(byGrid.json().matched).toBe(dibaoInGrid);
    expect((await plans(`&gridId=${grid}`)).items.every((p) => p.gridId === grid)).toBe(true);
  });

  it('masks a minor’s name in the plan list', async () => {
    const child = await newResident('林小雨', { birthDate: '2011-05-06', flags: ['childInDifficulty'] });
    await ctx.request({
      method: 'PUT',
      url: '/api/v1/visit-plans',
      headers: staff,
      payload: { residentId: child, intervalDays: 30 },
    });
    const found = (await plans('&q=林小雨')).items;
    expect(found.map((p) => [p.residentId, p.name])).toEqual([[child, '林*雨']]);
  });

  it('ends a plan, audited, after which the person is on no list', async () => {
    const person = await newResident('结束计划', { flags: ['livesAlone'] });
    const set = await ctx.request({
      method: 'PUT',
      url: '/api/v1/visit-plans',
      headers: staff,
      payload: { residentId: person, intervalDays: 30 },
    });
    expect(set.statusCode).toBe(204);
    expect((await plans('&q=结束计划')).total).toBe(1);
    const end = await ctx.request({ method: 'DELETE', url: `/api/v1/visit-plans/${person}`, headers: sw });
    expect(end.statusCode).toBe(204);
    expect((await plans('&q=结束计划')).total).toBe(0);
    expect((await get(`/api/v1/residents/${person}/visits`)).plan).toBeNull();
    expect(await auditCount('visits.plan_end')).toBe(1);
    const again = await ctx.request({ method: 'DELETE', url: `/api/v1/visit-plans/${person}`, headers: sw });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ code: 'visits.plan_not_found', title: '该居民没有探访计划' });
  });
});

describe('visits', () => {
  it('takes a person off the overdue list by grid once visited, and counts the visit in the figures', async () => {
    const overdue = (await get('/api/v1/visits/overdue')).items as VisitPlanRow[];
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((p) => p.status === 'overdue' && p.daysUntilDue < 0)).toBe(true);
    // Grouped: each grid's rows come together, in the community's grid order.
    const order = overdue.map((p) => p.gridName).filter((g, i, all) => g !== all[i - 1]);
    expect(new Set(order).size).toBe(order.length);
    const gridOrder = grids.map((g) => g.name);
    const named = order.filter((g): g is string => g !== null);
    expect(named).toEqual([...named].sort((a, b) => gridOrder.indexOf(a) - gridOrder.indexOf(b)));

    const figuresUrl = `/api/v1/service-figures?from=${today()}&to=${today()}`;
    const before = (await get(figuresUrl, sw)).visitsMade;
    const person = overdue[0];
    const made = await ctx.request({
      method: 'POST',
      url: '/api/v1/visits',
      headers: sw,
      payload: {
        residentId: person.residentId,
        visitedOn: today(),
        findings: '身体状况良好，冰箱食物充足',
        followUpNeeded: true,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const after = (await get('/api/v1/visits/overdue')).items as VisitPlanRow[];
    expect(after.map((p) => p.residentId)).not.toContain(person.residentId);
    expect(after).toHaveLength(overdue.length - 1);
    const plan = (await get(`/api/v1/residents/${person.residentId}/visits`, sw)).plan;
    expect(plan).toMatchObject({ lastVisitedOn: today(), dueOn: daysFromToday(30), status: 'onTime' });
    expect((await get(figuresUrl, sw)).visitsMade).toBe(before + 1);
    // The resident's timeline shows the visit by date and visitor, never what was found.
    const reads = await auditCount('visits.read');
    const timeline = (await get(`/api/v1/residents/${person.residentId}/services`, sw)).items;
    const visit = timeline.find((e: { type: string }) => e.type === 'visit');
    expect(visit).toEqual({
      type: 'visit',
      at: expect.stringMatching(/^\d{4}-/),
      visitId: made.json().id,
      visitedOn: today(),
      visitorName: '陈思远',
      followUpNeeded: true,
      followUpDoneOn: null,
      followUpDoneBy: null,
    });
    expect(await auditCount('visits.read')).toBe(reads);
    // Findings are stored as ciphertext.
    expect(JSON.stringify(await fingerprint(ctx.database.db, ['visits']))).not.toContain('冰箱');
  });

  it('lists visit records with filters, findings for casework roles, and audits that read', async () => {
    const person = await newResident('探访记录', { flags: ['livesAlone'], gridId: grids[1].id });
    await ctx.request({
      method: 'POST',
      url: '/api/v1/visits',
      headers: sw,
      payload: { residentId: person, visitedOn: daysFromToday(-3), findings: '热水器故障，需联系物业' },
    });
    const history = await get(`/api/v1/residents/${person}/visits`, sw);
    expect(history.items[0]).toMatchObject({
      findings: '热水器故障，需联系物业',
      visitorName: '陈思远',
      visitedOn: daysFromToday(-3),
      followUpNeeded: false,
    });
    const reads = await auditCount('visits.read');
    const page = await get(`/api/v1/visits?q=${encodeURIComponent('探访记录')}`, sw);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      residentId: person,
      gridName: grids[1].name,
      findings: '热水器故障，需联系物业',
    });
    expect(await auditCount('visits.read')).toBe(reads + 1);

    const from = daysFromToday(-20);
    const to = daysFromToday(-10);
    const range = await get(`/api/v1/visits?from=${from}&to=${to}&pageSize=200`);
    expect(range.total).toBeGreaterThan(0);
    expect(range.items.every((v: VisitRow) => v.visitedOn >= from && v.visitedOn <= to)).toBe(true);
    const byVisitor = await get(`/api/v1/visits?visitor=${encodeURIComponent('李秀梅')}&pageSize=200`);
    expect(byVisitor.total).toBeGreaterThan(0);
    expect(byVisitor.items.every((v: VisitRow) => v.visitorName === '李秀梅')).toBe(true);
    const byGrid = await get(`/api/v1/visits?gridId=${grids[1].id}&pageSize=200`);
    expect(byGrid.items.every((v: VisitRow) => v.gridName === grids[1].name)).toBe(true);
    const all = await get('/api/v1/visits?pageSize=20');
    const visitedOn = all.items.map((v: VisitRow) => v.visitedOn);
    expect(visitedOn).toEqual([...visitedOn].sort().reverse());
  });

  it('withholds findings, and writes no audit row, for a role that does not manage casework', async () => {
    const db = ctx.database.db;
    const reader = await actorAt(db, '园山社区', 'reviewer', { userId: 'reader', name: '只读' });
    const reads = await auditCount('visits.read');
    const page = await listVisits({ ...ctx.app.services, actor: reader }, { page: 1, pageSize: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((v) => v.findings === null && v.followUpNote === null)).toBe(true);
    expect(await auditCount('visits.read')).toBe(reads);
  });

  it('marks a follow-up done once, audited, on a day between the visit and today', async () => {
    const person = await newResident('需要跟进', { flags: ['livesAlone'] });
    const visitId = (
      await ctx.request({
        method: 'POST',
        url: '/api/v1/visits',
        headers: staff,
        payload: {
          residentId: person,
          visitedOn: daysFromToday(-2),
          findings: '卫生间地面湿滑，需安装扶手',
          followUpNeeded: true,
        },
      })
    ).json().id;
    const pending = await get(`/api/v1/visits?followUp=pending&q=${encodeURIComponent('需要跟进')}`);
    expect(pending.items.map((v: VisitRow) => v.id)).toEqual([visitId]);
    const follow = (payload: object) =>
      ctx.request({ method: 'PATCH', url: `/api/v1/visits/${visitId}/follow-up`, headers: sw, payload });

    const before = await fingerprint(ctx.database.db, ['visits', 'audit_log']);
    const future = await follow({ doneOn: daysFromToday(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'visits.future_date', title: '日期不能晚于今天' });
    const early = await follow({ doneOn: daysFromToday(-3) });
    expect(early.statusCode).toBe(400);
    expect(early.json().title).toBe('跟进日期不能早于探访日期');
    expect(await fingerprint(ctx.database.db, ['visits', 'audit_log'])).toEqual(before);

    const done = await follow({ doneOn: today(), note: '物业已安装扶手' });
    expect(done.statusCode, done.body).toBe(204);
    const [row] = (await get(`/api/v1/visits?followUp=done&q=${encodeURIComponent('需要跟进')}`)).items;
    expect(row).toMatchObject({
      followUpDoneOn: today(),
      followUpDoneBy: '陈思远',
      followUpNote: '物业已安装扶手',
    });
    expect((await get(`/api/v1/visits?followUp=pending&q=${encodeURIComponent('需要跟进')}`)).total).toBe(0);
    expect(await auditCount('visits.follow_up')).toBe(1);

    const twice = await follow({ doneOn: today() });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('visits.follow_up_done');
    const routine = (
      await ctx.request({
        method: 'POST',
        url: '/api/v1/visits',
        headers: staff,
        payload: { residentId: person, visitedOn: today(), findings: '一切正常' },
      })
    ).json().id;
    const notNeeded = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/visits/${routine}/follow-up`,
      headers: sw,
      payload: { doneOn: today() },
    });
    expect(notNeeded.statusCode).toBe(409);
    expect(notNeeded.json().title).toBe('该次探访未标记需要跟进');
  });
});

describe('bad input', () => {
  it('answers in Chinese and writes nothing', async () => {
    const person = await newResident('坏输入', { flags: ['livesAlone'] });
    const tables = ['visit_plans', 'visits', 'audit_log'];
    const before = await fingerprint(ctx.database.db, tables);
    const send = (method: 'PUT' | 'POST', url: string, payload: object) =>
      ctx.request({ method, url, headers: staff, payload });

    const zero = await send('PUT', '/api/v1/visit-plans', { residentId: person, intervalDays: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors).toContainEqual({ path: 'intervalDays', message: '探访周期至少为 1 天' });
    const bulkZero = await send('POST', '/api/v1/visit-plans/bulk', {
      targetGroup: 'livesAlone',
      intervalDays: 0,
    });
    expect(bulkZero.statusCode).toBe(400);
    const unknown = await send('POST', '/api/v1/visit-plans/bulk', {
      targetGroup: 'elderlyAlone',
      intervalDays: 30,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({ path: 'targetGroup', message: '未知的人群类别' });
    const foreignGrid = await send('POST', '/api/v1/visit-plans/bulk', {
      targetGroup: 'livesAlone',
      intervalDays: 30,
      gridId: outsider.gridId,
    });
    expect(foreignGrid.statusCode).toBe(404);
    expect(foreignGrid.json().title).toBe('网格不存在或不在管辖范围内');
    const foreignPlan = await send('PUT', '/api/v1/visit-plans', {
      residentId: outsider.residentId,
      intervalDays: 30,
    });
    expect(foreignPlan.statusCode).toBe(404);
    expect(foreignPlan.json().title).toBe('居民不存在');
    const foreignVisit = await send('POST', '/api/v1/visits', {
      residentId: outsider.residentId,
      visitedOn: today(),
      findings: '越权探访',
    });
    expect(foreignVisit.statusCode).toBe(404);
    const future = await send('POST', '/api/v1/visits', {
      residentId: person,
      visitedOn: daysFromToday(1),
      findings: '明天的探访',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ title: '日期不能晚于今天', errors: [{ path: 'visitedOn' }] });
    const empty = await send('POST', '/api/v1/visits', {
      residentId: person,
      visitedOn: today(),
      findings: ' ',
    });
    expect(empty.json().errors).toContainEqual({ path: 'findings', message: '请填写探访情况' });
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });
});
