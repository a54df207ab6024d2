import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import {
  activeResidentsOf,
  auditEntriesOf,
  fingerprint,
  latestAuditEntry,
  unitOf,
  userId,
} from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { placesOfCommunity } from '../org-units/service';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let jinshangStaff: Record<string, string>;
let streetAdmin: Record<string, string>;
let volunteer: Record<string, string>;
let reviewer: Record<string, string>;
let resident1: Record<string, string>;
let resident1Id: string;
let otherResidentId: string;
let jinshangResidentId: string;
let yuanshanGrid: string;
let yuanshanCompound: string;
let jinshangCompound: string;

const tables = ['needs', 'need_sources', 'need_events', 'notifications', 'audit_log'];

beforeAll(async () => {
  ctx = await createTestContext();
  [staff, sw, jinshangStaff, streetAdmin, volunteer, reviewer, resident1] = await Promise.all(
    [
      'yuanshan.staff',
      'yuanshan.sw',
      'jinshang.staff',
      'jiangtou.admin',
      'volunteer1',
      'reviewer1',
      'resident1',
    ].map((u) => ctx.signIn(u)),
  );
  const db = ctx.database.db;
  const yuanshan = await unitOf(db, '园山社区');
  const jinshang = await unitOf(db, '金尚社区');
  const [me] = await queryRows<{ id: string }>(
    db,
    sql`select id from residents where user_id = ${await userId(db, 'resident1')}`,
  );
  resident1Id = me.id;
  otherResidentId = (await activeResidentsOf(db, yuanshan.id, 5)).find((r) => r.id !== resident1Id)?.id ?? '';
  jinshangResidentId = (await activeResidentsOf(db, jinshang.id, 1))[0].id;
  const places = await placesOfCommunity(db, yuanshan.id);
  yuanshanGrid = places.grids[0].id;
  yuanshanCompound = places.compounds[0].id;
  jinshangCompound = (await placesOfCommunity(db, jinshang.id)).compounds[0].id;
});
afterAll(() => ctx.close());

const send = (method: 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
  ctx.request({ method, url, headers, payload: payload ?? {} });
const get = (url: string, headers: Record<string, string>) => ctx.request({ method: 'GET', url, headers });

const raise = (headers: Record<string, string>, overrides: Record<string, unknown> = {}) =>
  send('POST', '/api/v1/needs', headers, {
    title: '楼道灯坏了，夜里看不清台阶',
    description: '3号楼二单元楼道灯坏了一周',
    category: 'facilities',
    targetGroup: 'elderly',
    compoundId: yuanshanCompound,
    gridId: yuanshanGrid,
    priority: 'high',
    source: { kind: 'resident', residentId: resident1Id, note: '电话反映' },
    ...overrides,
  });

async function raisedId(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await raise(sw, overrides);
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('the demo world', () => {
  it("keeps 园山's year of needs: resolved, declined, merged and grid-visit ones, and 杨阿伯 told of his", async () => {
    // Runs first: every need on the list is the demo's.
    const list = (await get('/api/v1/needs?pageSize=200', sw)).json();
    expect(list.total).toBeGreaterThanOrEqual(25);
    expect(list.total).toBeLessThanOrEqual(40);
    expect(list.byStatus.resolved).toBeGreaterThanOrEqual(10);
    expect(list.byStatus.declined).toBeGreaterThanOrEqual(2);
    expect(list.byStatus.merged).toBeGreaterThanOrEqual(1);
    // Accepted ones wait for (or are already on) the agendas of the meetings' demo.
    const { accepted, onAgenda, inProgress } = list.byStatus;
    expect(accepted + onAgenda + inProgress).toBeGreaterThanOrEqual(5);
    expect(list.medianDaysToResolve).toBeGreaterThan(0);
    const fromVisits = (await get('/api/v1/needs?sourceKind=gridVisit', sw)).json();
    expect(fromVisits.total).toBeGreaterThan(0);
    const told = (await get('/api/v1/me/notifications', resident1)).json().items;
    expect(told.some((n: { body: string }) => n.body.includes('长者食堂'))).toBe(true);
  });
});

describe('raising a need', () => {
  it('puts a new need on the list with its source and the first step of its thread', async () => {
    const res = await raise(sw);
    expect(res.statusCode).toBe(201);
    const need = res.json();
    expect(need).toMatchObject({
      status: 'new',
      sourceKind: 'resident',
      orgUnitName: '园山社区',
      priority: 'high',
      sourceCount: 1,
      daysToResolve: null,
    });
    expect(need.compoundName).toBeTruthy();
    expect(need.sources).toEqual([
      expect.objectContaining({
        kind: 'resident',
        residentId: resident1Id,
        residentName: '杨阿伯',
        note: '电话反映',
      }),
    ]);
    expect(need.events).toEqual([expect.objectContaining({ kind: 'raised', actorName: '陈思远' })]);
    expect(await auditEntriesOf(ctx.database.db, need.id, 'needs.raised')).toHaveLength(1);
  });

  it('refuses bad input with a Chinese title and writes nothing', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, '提交的内容有误，请检查标出的字段', 'title'],
      [{ source: { kind: 'resident' } }, '提交的内容有误，请检查标出的字段', 'source.residentId'],
      [{ source: { kind: 'gridVisit' } }, '提交的内容有误，请检查标出的字段', 'source.visitId'],
      [{ compoundId: jinshangCompound }, '小区或网格不属于该社区', 'compoundId'],
      [{ source: { kind: 'staff', raisedOn: '2999-01-01' } }, '提出日期不能晚于今天', 'source.raisedOn'],
    ];
    for (const [overrides, title, path] of cases) {
      const res = await raise(sw, overrides);
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.json().title).toContain(title);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // A resident of another community is not found, as anywhere else in the product.
    const foreign = await raise(sw, { source: { kind: 'resident', residentId: jinshangResidentId } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe('居民不存在');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('refuses roles that only read, and those that do not even read', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    expect((await raise(streetAdmin)).statusCode).toBe(403);
    expect((await raise(volunteer)).statusCode).toBe(403);
    expect((await get('/api/v1/needs', reviewer)).statusCode).toBe(403);
    expect((await get('/api/v1/needs', volunteer)).statusCode).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });
});

describe('the status line', () => {
  it('goes new → accepted → resolved, tells the resident, and reopens', async () => {
    const id = await raisedId();
    const accepted = await send('POST', `/api/v1/needs/${id}/accept`, staff);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect(accepted.json().acceptedAt).toBeTruthy();

    const resolved = await send('POST', `/api/v1/needs/${id}/resolve`, sw, {
      resolution: '物业已更换楼道灯',
    });
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolution: '物业已更换楼道灯',
      daysToResolve: 0,
    });
    expect(resolved.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'raised',
      'accepted',
      'resolved',
    ]);
    const told = (await get('/api/v1/me/notifications', resident1)).json().items;
    expect(told[0]).toMatchObject({ title: '您反映的需求已办结' });
    expect(told[0].body).toContain('物业已更换楼道灯');

    const reopened = await send('POST', `/api/v1/needs/${id}/reopen`, sw, { reason: '灯又坏了' });
    expect(reopened.json()).toMatchObject({ status: 'inProgress', resolution: null, resolvedAt: null });
    expect(await auditEntriesOf(ctx.database.db, id, 'needs.reopened')).toEqual([
      expect.objectContaining({ reason: '灯又坏了' }),
    ]);
  });

  it('refuses each step out of order with 409 and a Chinese title, changing nothing', async () => {
    const id = await raisedId();
    const wrong = async (path: string, body?: object) => {
      const before = await fingerprint(ctx.database.db, tables);
      const res = await send('POST', `/api/v1/needs/${id}/${path}`, sw, body);
      expect(res.statusCode, path).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'needs.wrong_status',
        title: '该需求当前的状态不能进行此操作',
      });
      expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    };
    await wrong('resolve', { resolution: '已办' });
    await wrong('reopen', { reason: '不满意' });
    expect((await send('POST', `/api/v1/needs/${id}/accept`, sw)).statusCode).toBe(200);
    await wrong('accept');
    expect(
      (await send('POST', `/api/v1/needs/${id}/decline`, sw, { reason: '不属于社区职责' })).statusCode,
    ).toBe(200);
    await wrong('accept');
    await wrong('resolve', { resolution: '已办' });
    await wrong('decline', { reason: '再次' });
    const edit = await send('PATCH', `/api/v1/needs/${id}`, sw, {
      title: '改个标题',
      category: 'other',
      targetGroup: 'other',
    });
    expect(edit.statusCode).toBe(409);
  });

  it('needs a reason to decline and a result to resolve (400, nothing written)', async () => {
    const id = await raisedId();
    const before = await fingerprint(ctx.database.db, tables);
    const declined = await send('POST', `/api/v1/needs/${id}/decline`, sw, { reason: '' });
    expect(declined.statusCode).toBe(400);
    expect(declined.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(declined.json().errors[0].message).toContain('请填写不予受理的原因');
    expect((await send('POST', `/api/v1/needs/${id}/resolve`, sw, {})).statusCode).toBe(400);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('refuses a street admin (read only) every change with 403, and another community with 404', async () => {
    const id = await raisedId();
    const before = await fingerprint(ctx.database.db, tables);
    expect((await send('POST', `/api/v1/needs/${id}/accept`, streetAdmin)).statusCode).toBe(403);
    expect((await send('POST', `/api/v1/needs/${id}/accept`, volunteer)).statusCode).toBe(403);
    const foreign = await send('POST', `/api/v1/needs/${id}/accept`, jinshangStaff);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe('需求不存在');
    expect((await get(`/api/v1/needs/${id}`, jinshangStaff)).statusCode).toBe(404);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    // The street sees it, with the community's name.
    const seen = await get(`/api/v1/needs/${id}`, streetAdmin);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().orgUnitName).toBe('园山社区');
  });

  it('edits an open need and refuses a compound of another community', async () => {
    const id = await raisedId();
    const body = {
      title: '楼道灯和扶手',
      category: 'safety',
      targetGroup: 'allResidents',
      priority: 'urgent',
    };
    const edited = await send('PATCH', `/api/v1/needs/${id}`, staff, body);
    expect(edited.json()).toMatchObject({ ...body, compoundId: null, gridId: null });
    const bad = await send('PATCH', `/api/v1/needs/${id}`, staff, { ...body, compoundId: jinshangCompound });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('小区或网格不属于该社区');
  });
});

describe('merging duplicates', () => {
  it('moves the sources to the need kept, so resolving it tells both residents', async () => {
    const kept = await raisedId({ title: '小区缺少休息座椅' });
    const duplicate = await raisedId({
      title: '希望在小区里多放几张长椅',
      source: { kind: 'resident', residentId: otherResidentId },
    });
    const merged = await send('POST', `/api/v1/needs/${duplicate}/merge`, sw, { intoId: kept });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      status: 'merged',
      mergedInto: { id: kept, title: '小区缺少休息座椅' },
    });
    expect(merged.json().sources).toEqual([]);
    expect(merged.json().events.at(-1)).toMatchObject({ kind: 'merged', refId: kept });
    const keptNow = (await get(`/api/v1/needs/${kept}`, sw)).json();
    expect(keptNow.sources.map((s: { residentId: string }) => s.residentId).sort()).toEqual(
      [resident1Id, otherResidentId].sort(),
    );
    expect(keptNow.events.at(-1)).toMatchObject({
      kind: 'merged',
      refId: duplicate,
      refTitle: '希望在小区里多放几张长椅',
    });

    // A merged need takes nothing more, and nothing merges into it.
    expect((await send('POST', `/api/v1/needs/${duplicate}/accept`, sw)).statusCode).toBe(409);
    const third = await raisedId({ title: '第三条' });
    expect((await send('POST', `/api/v1/needs/${third}/merge`, sw, { intoId: duplicate })).statusCode).toBe(
      409,
    );
    expect((await send('POST', `/api/v1/needs/${third}/merge`, sw, { intoId: third })).statusCode).toBe(400);

    await send('POST', `/api/v1/needs/${kept}/accept`, sw);
    await send('POST', `/api/v1/needs/${kept}/resolve`, sw, { resolution: '已在中心花园增设4张长椅' });
    const db = ctx.database.db;
    const rows = await queryRows<{ resident_id: string }>(
      db,
      sql`select resident_id from notifications where body like '%增设4张长椅%'`,
    );
    const told = rows.map((r) => r.resident_id).sort();
    expect(told).toEqual([resident1Id, otherResidentId].sort());
  });

  it('refuses a need of another community as the one kept (404) and changes nothing', async () => {
    const jinshangNeed = await send('POST', '/api/v1/needs', jinshangStaff, {
      title: '金尚的需求',
      category: 'other',
      targetGroup: 'other',
      source: { kind: 'staff' },
    });
    expect(jinshangNeed.statusCode).toBe(201);
    const mine = await raisedId();
    const before = await fingerprint(ctx.database.db, tables);
    const res = await send('POST', `/api/v1/needs/${mine}/merge`, sw, { intoId: jinshangNeed.json().id });
    expect(res.statusCode).toBe(404);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });
});

describe('the list', () => {
  it('filters, counts by category and status for the filter, and gives the median days to resolve', async () => {
    const tag = '筛选测试';
    const ids = [
      await raisedId({ title: `${tag}一`, category: 'health' }),
      await raisedId({ title: `${tag}二`, category: 'health' }),
      await raisedId({ title: `${tag}三`, category: 'culture', source: { kind: 'interview' } }),
    ];
    await send('POST', `/api/v1/needs/${ids[0]}/accept`, sw);
    const list = (await get(`/api/v1/needs?q=${encodeURIComponent(tag)}&pageSize=2`, sw)).json();
    expect(list.total).toBe(3);
    expect(list.items).toHaveLength(2);
    expect(list.byCategory).toMatchObject({ health: 2, culture: 1, other: 0 });
    expect(list.byStatus).toMatchObject({ new: 2, accepted: 1 });

    const health = (
      await get(`/api/v1/needs?q=${encodeURIComponent(tag)}&category=health&status=new`, sw)
    ).json();
    expect(health.items.map((n: { id: string }) => n.id)).toEqual([ids[1]]);
    // Each count leaves out its own filter: the status tabs still count both health needs.
    expect(health.byStatus).toMatchObject({ new: 1, accepted: 1 });
    expect(health.byCategory).toMatchObject({ health: 1, culture: 1 });

    const interviews = (
      await get(`/api/v1/needs?q=${encodeURIComponent(tag)}&sourceKind=interview`, sw)
    ).json();
    expect(interviews.items.map((n: { id: string }) => n.id)).toEqual([ids[2]]);
    expect((await get(`/api/v1/needs?q=${encodeURIComponent(tag)}`, jinshangStaff)).json().total).toBe(0);
    const street = (await get(`/api/v1/needs?q=${encodeURIComponent(tag)}`, streetAdmin)).json();
    expect(street.items[0].orgUnitName).toBe('园山社区');
  });

  it('takes the median of whole days from raised to resolved', async () => {
    const tag = '中位数测试';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const daysAgo = (n: number) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - n);
      return d.toISOString().slice(0, 10);
    };
    for (const [i, n] of [2, 10, 4, 30].entries()) {
      const id = await raisedId({ title: `${tag}${i}`, source: { kind: 'staff', raisedOn: daysAgo(n) } });
      await send('POST', `/api/v1/needs/${id}/accept`, sw);
      await send('POST', `/api/v1/needs/${id}/resolve`, sw, { resolution: '已办结' });
    }
    await raisedId({ title: `${tag}未办` });
    const list = (await get(`/api/v1/needs?q=${encodeURIComponent(tag)}`, sw)).json();
    expect(list.items.map((n: { daysToResolve: number | null }) => n.daysToResolve).sort()).toEqual([
      10,
      2,
      30,
      4,
      null,
    ]);
    expect(list.medianDaysToResolve).toBe(7);
    expect(
      (await get(`/api/v1/needs?q=${encodeURIComponent(tag)}&from=${daysAgo(5)}`, sw)).json(),
    ).toMatchObject({
      total: 3,
      medianDaysToResolve: 3,
    });
  });

  it('exports the filtered list as .xlsx, on the record', async () => {
    const tag = '导出测试';
    await raisedId({ title: `${tag}：=危险公式` });
    const res = await get(`/api/v1/needs/export?q=${encodeURIComponent(tag)}`, staff);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('需求清单');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe(`${tag}：=危险公式`);
    expect(sheet?.getRow(2).getCell(6).value).toBe('待受理');
    const audit = await latestAuditEntry(ctx.database.db, 'needs.export');
    expect(audit.detail).toMatchObject({ count: 1, filter: { q: tag } });
  });
});

describe('home todo', () => {
  it('counts the new needs in scope for those who take them in', async () => {
    const line = async (headers: Record<string, string>) =>
      (await get('/api/v1/home/todo', headers))
        .json()
        .items.find((i: { key: string }) => i.key === 'needs.todo.new');
    const before = (await line(sw))?.count ?? 0;
    await raisedId();
    expect(await line(sw)).toMatchObject({ count: before + 1, link: '/needs?status=new' });
    expect(await line(streetAdmin)).toBeUndefined();
  });
});
