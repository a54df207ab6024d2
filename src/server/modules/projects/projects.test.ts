import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProviders } from '../../db/demo-data/accounts';
import { fingerprint, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let as: Record<string, Record<string, string>>;
let provider: { jinlin: string; tongxin: string };
let unit: Record<'yuanshan' | 'jinshang' | 'jiangtou' | 'heshanCommunity' | 'huli', string>;
let demo: { yuanshan: string; jinshangNow: string; jinshangEnded: string };

type Headers = Record<string, string>;
const get = (url: string, headers: Headers) => ctx.request({ method: 'GET', url, headers });
const post = (url: string, headers: Headers, payload: object) =>
  ctx.request({ method: 'POST', url, headers, payload });
const patch = (url: string, headers: Headers, payload: object) =>
  ctx.request({ method: 'PATCH', url, headers, payload });
const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((p) => p.name);

const project = (over: object = {}) => ({
  name: '园山社区“一老一小一困”服务项目',
  providerId: provider.jinlin,
  periodStart: '2026-10-01',
  periodEnd: '2027-09-30',
  projectYear: 1,
  scope: 'comprehensive',
  budgetYuan: 250_000,
  ...over,
});

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.db;
  as = {};
  for (const username of [
    'huli.admin',
    'jiangtou.admin',
    'heshan.admin',
    'yuanshan.staff',
    'jinshang.staff',
    'yuanshan.sw',
    'jinshang.sw',
    'reviewer1',
    'volunteer1',
  ])
    as[username] = await ctx.signIn(username);
  const providers = (await get('/api/v1/providers', as['huli.admin'])).json().items as {
    id: string;
    name: string;
  }[];
  const providerNamed = (key: string) =>
    providers.find((p) => p.name === demoProviders.find((d) => d.key === key)?.name)!.id;
  provider = { jinlin: providerNamed('jinlin'), tongxin: providerNamed('tongxin') };
  unit = {
    yuanshan: await unitId(db, '园山社区'),
    jinshang: await unitId(db, '金尚社区'),
    jiangtou: await unitId(db, '江头街道'),
    heshanCommunity: await unitId(db, '禾山社区'),
    huli: await unitId(db, '湖里区'),
  };
  const all = (await get('/api/v1/projects', as['huli.admin'])).json().items as {
    id: string;
    name: string;
    purchaserName: string;
    status: string;
  }[];
  const find = (purchaser: string, status: string) =>
    all.find((p) => p.purchaserName === purchaser && p.status === status)!.id;
  demo = {
    yuanshan: find('园山社区', 'active'),
    jinshangNow: find('金尚社区', 'active'),
    jinshangEnded: find('金尚社区', 'ended'),
  };
});
afterAll(() => ctx.close());

describe('projects', () => {
  it('shows each project to its purchaser, those above, and only its own contractor’s workers', async () => {
    const list = async (username: string) => names(await get('/api/v1/projects', as[username]));
    expect(await list('huli.admin')).toHaveLength(3);
    expect(await list('jiangtou.admin')).toHaveLength(3);
    expect(await list('reviewer1')).toHaveLength(3);
    expect(await list('heshan.admin')).toEqual([]);
    expect(await list('yuanshan.staff')).toEqual([expect.stringContaining('园山社区')]);
    expect(await list('yuanshan.sw')).toEqual([expect.stringContaining('园山社区')]);
    const jinshang = await list('jinshang.sw');
    expect(jinshang).toHaveLength(2);
    expect(jinshang.every((n) => n.includes('金尚社区'))).toBe(true);
    expect((await get(`/api/v1/projects/${demo.yuanshan}`, as['jinshang.sw'])).statusCode).toBe(404);
    expect((await get('/api/v1/projects', as.volunteer1)).statusCode).toBe(403);

    const detail = (await get(`/api/v1/projects/${demo.yuanshan}`, as['yuanshan.sw'])).json();
    expect(detail).toMatchObject({
      purchaserId: unit.yuanshan,
      purchaserName: '园山社区',
      providerId: provider.jinlin,
      providerName: demoProviders[0].name,
      projectYear: 1,
      scope: 'comprehensive',
      status: 'active',
      budgetYuan: 250_000,
    });
    expect(detail.periodStart).toMatch(/^\d{4}-10-01$/);
    expect(detail.periodEnd).toMatch(/^\d{4}-09-30$/);
  });

  it('filters by status, unit and name, a page at a time', async () => {
    const admin = as['jiangtou.admin'];
    const q = (query: string) => get(`/api/v1/projects?${query}`, admin);
    expect(names(await q('status=ended'))).toEqual(['“筑梦‘童’行”——金尚社区儿童友好型社区项目（第一期）']);
    expect(names(await q(`orgUnitId=${unit.yuanshan}`))).toEqual([expect.stringContaining('园山')]);
    expect(names(await q(`q=${encodeURIComponent('童')}&status=active`))).toEqual([
      '“筑梦‘童’行”——金尚社区儿童友好型社区项目（第二期）',
    ]);
    const page2 = (await q('pageSize=2&page=2')).json();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    // A unit outside the caller's scope is not a filter but a refusal.
    expect((await get(`/api/v1/projects?orgUnitId=${unit.yuanshan}`, as['heshan.admin'])).statusCode).toBe(
      404,
    );
  });

  it('lets community staff buy a project for their community, stating money to the 分', async () => {
    const res = await post('/api/v1/projects', as['yuanshan.staff'], project({ budgetYuan: 123_456.78 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      purchaserId: unit.yuanshan,
      providerName: demoProviders[0].name,
      status: 'active',
      budgetYuan: 123_456.78,
    });
    // The same name is free in another community.
    const elsewhere = await post(
      '/api/v1/projects',
      as['jinshang.staff'],
      project({ providerId: provider.tongxin }),
    );
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().purchaserName).toBe('金尚社区');
  });

  it('refuses a bad project with a Chinese reason and writes nothing', async () => {
    const db = ctx.database.db;
    const before = await fingerprint(db, ['projects', 'audit_log']);
    const staff = as['yuanshan.staff'];
    const backwards = await post(
      '/api/v1/projects',
      staff,
      project({ name: '倒序期限', periodStart: '2027-10-01', periodEnd: '2026-09-30' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([
      { path: 'periodEnd', message: '服务期限的结束日期须晚于开始日期' },
    ]);
    const cents = await post('/api/v1/projects', staff, project({ name: '三位小数', budgetYuan: 1.234 }));
    expect(cents.json().errors).toEqual([{ path: 'budgetYuan', message: '项目经费最多保留两位小数' }]);
    const unknown = await post(
      '/api/v1/projects',
      staff,
      project({ name: '无名机构', providerId: crypto.randomUUID() }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'projects.unknown_provider',
      title: '承接机构不存在，请选择已登记的社工机构',
      errors: [{ path: 'providerId', message: '请选择已登记的社工机构' }],
    });
    const district = await post('/api/v1/projects', as['huli.admin'], project({ purchaserId: unit.huli }));
    expect(district.json()).toMatchObject({ status: 400, title: '购买主体应为街道或社区' });
    const foreignUnit = await post(
      '/api/v1/projects',
      as['jinshang.staff'],
      project({ purchaserId: unit.yuanshan }),
    );
    expect(foreignUnit.statusCode).toBe(404);
    expect(
      (await post('/api/v1/projects', as['yuanshan.sw'], project({ name: '社工立项' }))).statusCode,
    ).toBe(403);
    // Existing name (the demo project) for the same purchaser.
    const taken = (await get(`/api/v1/projects/${demo.yuanshan}`, staff)).json().name;
    const duplicate = await post('/api/v1/projects', staff, project({ name: taken }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      title: '该购买主体下已有同名项目',
      errors: [{ path: 'name', message: '该购买主体下已有同名项目' }],
    });
    expect(await fingerprint(db, ['projects', 'audit_log'])).toEqual(before);
  });

  it('refuses a contractor registered for another street', async () => {
    const registered = await post('/api/v1/providers', as['jiangtou.admin'], {
      name: '江头街道本地社工机构',
    });
    expect(registered.statusCode).toBe(201);
    const res = await post(
      '/api/v1/projects',
      as['huli.admin'],
      project({ purchaserId: unit.heshanCommunity, providerId: registered.json().id }),
    );
    expect(res.json().code).toBe('projects.unknown_provider');
    const onItsStreet = await post(
      '/api/v1/projects',
      as['huli.admin'],
      project({ name: '江头本地项目', purchaserId: unit.jiangtou, providerId: registered.json().id }),
    );
    expect(onItsStreet.statusCode).toBe(201);
  });

  it('is changed by the purchaser or above, keeps its status unless told, and never by a sibling', async () => {
    const created = (
      await post('/api/v1/projects', as['yuanshan.staff'], project({ name: '待修改项目' }))
    ).json();
    const { id, purchaserId: _p, purchaserName: _n, providerName: _c, status: _s, ...body } = created;
    const ended = await patch(`/api/v1/projects/${id}`, as['jiangtou.admin'], { ...body, status: 'ended' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe('ended');
    const renamed = await patch(`/api/v1/projects/${id}`, as['yuanshan.staff'], {
      ...body,
      name: '已改名项目',
      projectYear: 2,
    });
    expect(renamed.json()).toMatchObject({ name: '已改名项目', projectYear: 2, status: 'ended' });
    const sibling = await patch(`/api/v1/projects/${id}`, as['jinshang.staff'], { ...body, name: '越权' });
    expect(sibling.statusCode).toBe(404);
    const worker = await patch(`/api/v1/projects/${id}`, as['yuanshan.sw'], { ...body, name: '越权' });
    expect(worker.statusCode).toBe(403);
    const backwards = await patch(`/api/v1/projects/${id}`, as['yuanshan.staff'], {
      ...body,
      periodEnd: body.periodStart,
    });
    expect(backwards.statusCode).toBe(400);
    const audit = await get('/api/v1/audit?action=projects.update', as['jiangtou.admin']);
    expect(audit.json().items.filter((r: { entityId: string }) => r.entityId === id)).toHaveLength(2);
  });

  it('shows a street project to the contractor’s community workers only', async () => {
    const street = await post(
      '/api/v1/projects',
      as['jiangtou.admin'],
      project({ name: '江头街道社工站运营项目', purchaserId: unit.jiangtou }),
    );
    expect(street.statusCode).toBe(201);
    const id = street.json().id;
    expect((await get(`/api/v1/projects/${id}`, as['yuanshan.sw'])).statusCode).toBe(200);
    expect((await get(`/api/v1/projects/${id}`, as['jinshang.sw'])).statusCode).toBe(404);
    // Staff of a community see what their community bought, not the street's purchases.
    expect((await get(`/api/v1/projects/${id}`, as['yuanshan.staff'])).statusCode).toBe(404);
    // What an activity of 园山 may belong to: 园山's own project and the street's.
    const forYuanshan = await get(
      `/api/v1/projects?forUnitId=${unit.yuanshan}&status=active`,
      as['yuanshan.sw'],
    );
    expect(names(forYuanshan)).toEqual(expect.arrayContaining(['江头街道社工站运营项目']));
    expect(names(forYuanshan).every((n) => !n.includes('金尚'))).toBe(true);
  });
});

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const activity = (over: object = {}) => ({
  title: '项目活动',
  brands: ['幸福驿站'],
  targetGroups: ['elderly'],
  sessions: [{ startsAt: hours(-1), endsAt: hours(1) }],
  capacity: 20,
  registrationOpensAt: hours(-48),
  registrationClosesAt: hours(-2),
  cancellationDeadline: hours(-2),
  ...over,
});

/** A published activity whose one session started an hour ago, with `guests` walk-in guests counted. */
async function heldActivity(headers: Headers, guests: number, over: object = {}) {
  const created = await post('/api/v1/activities', headers, activity(over));
  expect(created.statusCode).toBe(201);
  const { id, sessions } = created.json();
  await post(`/api/v1/activities/${id}/publish`, headers, {});
  const counted = await ctx.request({
    method: 'PUT',
    url: `/api/v1/activities/${id}/sessions/${sessions[0].id}/guests`,
    headers,
    payload: { count: guests },
  });
  expect(counted.statusCode).toBe(204);
  return created.json();
}

describe('activities under a project', () => {
  it('names its project, which the list can filter by; the demo activities belong to theirs', async () => {
    const sw = as['yuanshan.sw'];
    const created = await post('/api/v1/activities', sw, activity({ projectId: demo.yuanshan }));
    expect(created.statusCode).toBe(201);
    expect(created.json().projectId).toBe(demo.yuanshan);
    expect(created.json().projectName).toContain('园山社区多元联盟协同治理项目');
    const listed = (await get(`/api/v1/activities?projectId=${demo.yuanshan}`, sw)).json().items;
    const titles = listed.map((a: { title: string }) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['项目活动', '幸福驿站·长者重阳茶话会']));
    const unattached = await post('/api/v1/activities', sw, activity({ title: '无项目活动' }));
    expect(unattached.json()).toMatchObject({ projectId: null, projectName: null });
    // A draft's edit may take the project away again.
    const { id } = created.json();
    const edited = await ctx.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}`,
      headers: sw,
      payload: activity(),
    });
    expect(edited.json().projectId).toBeNull();
  });

  it('refuses a project the worker cannot see, one that has ended, or one bought for another unit', async () => {
    const db = ctx.database.db;
    const before = await fingerprint(db, ['activities', 'activity_sessions']);
    const foreign = await post(
      '/api/v1/activities',
      as['jinshang.sw'],
      activity({ projectId: demo.yuanshan }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({
      code: 'projects.link_not_found',
      errors: [{ path: 'projectId', message: '所选项目不存在或您无权使用' }],
    });
    const ended = await post(
      '/api/v1/activities',
      as['jinshang.sw'],
      activity({ projectId: demo.jinshangEnded }),
    );
    expect(ended.json()).toMatchObject({
      status: 400,
      code: 'projects.link_ended',
      title: '该项目已结束，不能再计入新的服务',
    });
    // A station worker of the contractor sees 园山's project, but 金尚's activity cannot count under it.
    const station = await post('/api/v1/users', as['jiangtou.admin'], {
      username: 'jiangtou.station',
      name: '站点社工',
      password: 'Station@2025',
      orgUnitId: unit.jiangtou,
      role: 'socialWorker',
      providerId: provider.jinlin,
    });
    expect(station.statusCode).toBe(201);
    const stationSignIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: 'http://localhost:3000' },
      payload: { username: 'jiangtou.station', password: 'Station@2025' },
    });
    const stationHeaders = {
      origin: 'http://localhost:3000',
      cookie: [stationSignIn.headers['set-cookie']]
        .flat()
        .map((c) => String(c).split(';')[0])
        .join('; '),
    };
    const outside = await post(
      '/api/v1/activities',
      stationHeaders,
      activity({ orgUnitId: unit.jinshang, projectId: demo.yuanshan }),
    );
    expect(outside.json()).toMatchObject({ status: 400, code: 'projects.link_outside_unit' });
    expect(await fingerprint(db, ['activities', 'activity_sessions'])).toEqual(before);
    const inside = await post(
      '/api/v1/activities',
      stationHeaders,
      activity({ orgUnitId: unit.yuanshan, projectId: demo.yuanshan }),
    );
    expect(inside.statusCode).toBe(201);
  });

  it('counts per project exactly the unit’s figures less its other activities', async () => {
    const sw = as['yuanshan.sw'];
    await heldActivity(sw, 7, { title: '项目内活动', projectId: demo.yuanshan });
    await heldActivity(sw, 3, { title: '项目外活动', brands: ['园山最强音'] });
    const range = 'from=2020-01-01&to=2030-12-31';
    const byUnit = (await get(`/api/v1/service-figures?${range}`, sw)).json();
    const res = await get(`/api/v1/service-figures?${range}&projectId=${demo.yuanshan}`, sw);
    expect(res.statusCode).toBe(200);
    const byProject = res.json();
    expect(byProject.project).toEqual({ id: demo.yuanshan, name: expect.stringContaining('园山') });
    expect(byUnit.project).toBeNull();
    // The one activity outside the project: one event, three guests, no registered attendees.
    expect(byUnit.activitiesHeld - byProject.activitiesHeld).toBe(1);
    expect(byUnit.personTimes - byProject.personTimes).toBe(3);
    expect(byUnit.guests - byProject.guests).toBe(3);
    expect(byUnit.distinctPeopleServed).toBe(byProject.distinctPeopleServed);
    expect([byUnit.groups, byUnit.groupSessions]).toEqual([byProject.groups, byProject.groupSessions]);
    expect(byUnit.byBrand.map((b: { brand: string }) => b.brand)).toContain('园山最强音');
    expect(byProject.byBrand.map((b: { brand: string }) => b.brand)).not.toContain('园山最强音');
    expect(byProject.personTimes).toBeGreaterThan(7);
    // Casework counts per project too (cases/under-project.test.ts): 园山's demo casework is all in it.
    expect(byProject.visitsMade).toBe(byUnit.visitsMade);
    expect(byProject.casesOpened).toBe(byUnit.casesOpened);
    const foreign = await get(
      `/api/v1/service-figures?${range}&projectId=${demo.yuanshan}`,
      as['jinshang.sw'],
    );
    expect(foreign.statusCode).toBe(404);
  });
});
