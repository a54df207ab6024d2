import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { activeResidentsOf, fingerprint, unitOf } from '../testing/fixtures';
import { makeIdNumber } from '../testing/ids';
import { createTestContext, type TestContext } from '../testing/test-app';

// The home's lines from casework (overdue visits by grid, cases awaiting a step), the registry
// (records to complete, consents missing) and the community profile (blank facts).

let ctx: TestContext;
let yuanshan: { id: string; path: string };
beforeAll(async () => {
  ctx = await createTestContext();
  yuanshan = await unitOf(ctx.database.db, '园山社区');
});
afterAll(() => ctx.close());

type Part = { key: string; params?: Record<string, string>; count: number; link: string };
type Item = {
  key: string;
  count: number;
  link: string;
  tone: string;
  params?: Record<string, string>;
  parts?: Part[];
};
type Headers = Record<string, string>;
const todo = async (headers: Headers): Promise<Item[]> =>
  (await ctx.request({ method: 'GET', url: '/api/v1/home/todo', headers })).json().items;
const get = async (url: string, headers: Headers) => {
  const res = await ctx.request({ method: 'GET', url, headers });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const line = (items: Item[], key: string) => items.find((i) => i.key === key);
const overdueParts = async (headers: Headers) =>
  line(await todo(headers), 'visits.todo.overdue')?.parts ?? [];
const gridOf = (part: Part) => new URL(part.link, 'http://x').searchParams.get('grid') ?? '';

type OverdueRow = { residentId: string; gridId: string | null; gridName: string | null };
const overdueList = async (headers: Headers): Promise<{ asOf: string; items: OverdueRow[] }> =>
  get('/api/v1/visits/overdue', headers);

describe('overdue visits by grid', () => {
  it('gives a social worker the overdue visits with a part per grid, counting the 逾期 list it opens', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const item = line(await todo(sw), 'visits.todo.overdue');
    const list = await overdueList(sw);
    expect(list.items.length).toBeGreaterThan(0);
    expect(item).toMatchObject({ count: list.items.length, link: '/visits?tab=overdue', tone: 'warning' });
    const perGrid = new Map<string, number>();
    for (const row of list.items)
      perGrid.set(row.gridId ?? 'none', (perGrid.get(row.gridId ?? 'none') ?? 0) + 1);
    const parts = item?.parts ?? [];
    expect(parts.map(gridOf)).toEqual([...perGrid.keys()]);
    for (const part of parts) {
      const grid = gridOf(part);
      expect(part.link).toBe(`/visits?tab=overdue&grid=${grid}`);
      expect(part.count).toBe(perGrid.get(grid));
      const named = list.items.find((r) => (r.gridId ?? 'none') === grid);
      expect(part).toMatchObject(
        named?.gridName
          ? { key: 'visits.todo.grid', params: { grid: named.gridName } }
          : { key: 'visits.noGrid' },
      );
    }
  });

  it('takes a person off their grid’s line once visited, and drops a grid that reaches zero', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const list = await overdueList(sw);
    const first = list.items[0];
    const grid = first.gridId ?? 'none';
    const before = (await overdueParts(sw)).find((p) => gridOf(p) === grid)?.count ?? 0;
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/visits',
      headers: sw,
      payload: { residentId: first.residentId, visitedOn: list.asOf, findings: '身体尚好，按时服药' },
    });
    expect(res.statusCode).toBe(201);
    const after = (await overdueParts(sw)).find((p) => gridOf(p) === grid);
    if (before === 1) expect(after).toBeUndefined();
    else expect(after?.count).toBe(before - 1);
  });

  it('counts another community’s overdue plans only for that community', async () => {
    const jinshang = await unitOf(ctx.database.db, '金尚社区');
    const jinshangSw = await ctx.signIn('jinshang.sw');
    expect(line(await todo(jinshangSw), 'visits.todo.overdue')).toBeUndefined();
    const yuanshanSw = await ctx.signIn('yuanshan.sw');
    const yuanshanBefore = line(await todo(yuanshanSw), 'visits.todo.overdue');

    // A 金尚 plan made 60 days ago, every 30 days, never visited: overdue.
    const [person] = await activeResidentsOf(ctx.database.db, jinshang.id, 1);
    await ctx.database.db.execute(
      sql`insert into visit_plans (org_unit_id, org_path, resident_id, interval_days, created_at)
        values (${jinshang.id}, ${jinshang.path}, ${person.id}, 30, now() - interval '60 days')`,
    );
    expect(line(await todo(jinshangSw), 'visits.todo.overdue')?.count).toBe(1);
    expect(line(await todo(yuanshanSw), 'visits.todo.overdue')).toEqual(yuanshanBefore);
  });
});

describe('cases awaiting a step', () => {
  const quietCases = (worker: string) =>
    queryRows<{ id: string }>(
      ctx.database.db,
      sql`select c.id from cases c where c.stage <> 'closed' and c.worker_name = ${worker}
        and (select max(recorded_on) from case_records r where r.case_id = c.id)
          <= (now() at time zone 'Asia/Shanghai')::date - 14`,
    );

  it('counts the worker’s open cases with no record for 14 days, as the filtered list does', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const quiet = await quietCases('陈思远');
    expect(quiet.length).toBeGreaterThan(0);
    const item = line(await todo(sw), 'cases.todo.awaitingStep');
    expect(item).toEqual({
      key: 'cases.todo.awaitingStep',
      count: quiet.length,
      link: '/cases?waiting=true',
      tone: 'normal',
      params: { days: '14' },
    });
    const list = await get('/api/v1/cases?waiting=true', sw);
    expect(list.total).toBe(quiet.length);
    expect(list.items.map((c: { id: string }) => c.id).sort()).toEqual(quiet.map((c) => c.id).sort());
  });

  it('drops the line when the case gets a record', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const { asOf } = await overdueList(sw);
    for (const { id } of await quietCases('陈思远')) {
      const res = await ctx.request({
        method: 'POST',
        url: `/api/v1/cases/${id}/records`,
        headers: sw,
        payload: { recordedOn: asOf, content: '电话回访，情况稳定' },
      });
      expect(res.statusCode).toBe(200);
    }
    expect(line(await todo(sw), 'cases.todo.awaitingStep')).toBeUndefined();
    expect((await get('/api/v1/cases?waiting=true', sw)).total).toBe(0);
  });

  it('refuses a waiting filter that is not yes or no, in Chinese, writing nothing', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const before = await fingerprint(ctx.database.db, ['cases', 'case_records', 'audit_log']);
    const res = await ctx.request({ method: 'GET', url: '/api/v1/cases?waiting=maybe', headers: sw });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(await fingerprint(ctx.database.db, ['cases', 'case_records', 'audit_log'])).toEqual(before);
  });
});

describe('the registry and the community profile', () => {
  const withAccounts = async (path: string) =>
    (
      await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int n from residents where user_id is not null and status = 'active'
          and org_path like ${`${path}%`}`,
      )
    )[0].n;

  it('asks staff for the consents of residents who use the phone, and follows a recorded consent', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    const expected = await withAccounts(yuanshan.path);
    expect(expected).toBeGreaterThan(0);
    expect(line(await todo(staff), 'residents.todo.consentMissing')).toEqual({
      key: 'residents.todo.consentMissing',
      count: expected,
      link: '/residents?attention=consentMissing',
      tone: 'warning',
    });
    const list = await get('/api/v1/residents?attention=consentMissing', staff);
    expect(list.total).toBe(expected);
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/residents/${list.items[0].id}/consents`,
      headers: staff,
      payload: { basis: 'consent', purposes: ['参加社区活动与消息通知'] },
    });
    expect(res.statusCode).toBe(200);
    expect(line(await todo(staff), 'residents.todo.consentMissing')?.count ?? 0).toBe(expected - 1);
  });

  it('omits records to complete until one lacks its grid, then lists it', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    expect(line(await todo(staff), 'residents.todo.incomplete')).toBeUndefined();
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: staff,
      payload: { name: '郑阿公', idNumber: makeIdNumber('1950-03-02', 31), hukouType: 'hukou' },
    });
    expect(res.statusCode).toBe(201);
    expect(line(await todo(staff), 'residents.todo.incomplete')).toMatchObject({
      count: 1,
      link: '/residents?attention=incomplete',
    });
    const list = await get('/api/v1/residents?attention=incomplete', staff);
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([res.json().id]);
  });

  it('refuses an unknown attention filter in Chinese', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    const res = await ctx.request({ method: 'GET', url: '/api/v1/residents?attention=all', headers: staff });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
  });

  it('counts the blank facts of the staff’s own profile, and drops the line once filled', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    const url = `/api/v1/org-units/${yuanshan.id}/profile`;
    const { declared } = await get(url, staff);
    // 园山's demo profile leaves the migrant population and the area blank.
    expect(line(await todo(staff), 'communityProfile.todo.gaps')).toEqual({
      key: 'communityProfile.todo.gaps',
      count: 2,
      link: '/community-profile',
      tone: 'normal',
    });
    const res = await ctx.request({
      method: 'PUT',
      url,
      headers: staff,
      payload: { ...declared, population: { ...declared.population, migrant: 8200 }, areaKm2: 0.9 },
    });
    expect(res.statusCode).toBe(200);
    expect(line(await todo(staff), 'communityProfile.todo.gaps')).toBeUndefined();
  });

  it('keeps each line to its community: 吕厝’s staff see their own profile’s gaps and no consents', async () => {
    const lvcuo = await unitOf(ctx.database.db, '吕厝社区');
    const items = await todo(await ctx.signIn('lvcuo.staff'));
    expect(await withAccounts(lvcuo.path)).toBe(0);
    expect(line(items, 'residents.todo.consentMissing')).toBeUndefined();
    // 吕厝 declares compounds, area, party branches and members and a facility; 6 of 11 are blank.
    expect(line(items, 'communityProfile.todo.gaps')?.count).toBe(6);
  });
});

describe('roles without the work', () => {
  it('shows a social worker no registry or profile lines, and a street, a resident none of these', async () => {
    const registryKeys = [
      'residents.todo.incomplete',
      'residents.todo.consentMissing',
      'communityProfile.todo.gaps',
    ];
    const sw = await todo(await ctx.signIn('yuanshan.sw'));
    expect(sw.filter((i) => registryKeys.includes(i.key))).toEqual([]);
    for (const user of ['jiangtou.admin', 'huli.admin', 'resident1', 'volunteer1']) {
      const items = await todo(await ctx.signIn(user));
      const ours = items.filter(
        (i) => registryKeys.includes(i.key) || i.key.startsWith('visits.') || i.key.startsWith('cases.'),
      );
      expect(ours, user).toEqual([]);
    }
  });
});
