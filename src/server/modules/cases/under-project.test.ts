import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { demoPassword, demoProviders } from '../../db/demo-data/accounts';
import { fingerprint, unitId, unitOf } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

/**
 * Cases, visit plans and visits under a service project (服务项目): the projects module's one linking
 * rule, and the per-project figures that count them.
 */
let ctx: TestContext;
let as: Record<string, Headers>;
let demo: { yuanshan: string; jinshangNow: string };
let yuanshanPath: string;

const today = () => ctx.app.services.clock.today();

type Headers = Record<string, string>;
type Res = Awaited<ReturnType<TestContext['request']>>;
const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, headers: Headers, payload?: object) =>
  ctx.request({ method, url, headers, payload });
const workTables = ['cases', 'case_records', 'visit_plans', 'visits'];
const range = 'from=2020-01-01&to=2030-12-31';

const refused = (res: Res, code: string, message: string) => {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json()).toMatchObject({ code, title: message, errors: [{ path: 'projectId', message }] });
};
const notFound = (res: Res) => refused(res, 'projects.link_not_found', '所选项目不存在或您无权使用');
const outside = (res: Res) =>
  refused(res, 'projects.link_outside_unit', '该项目的购买主体不包括这项服务所属的单位');
const ended = (res: Res) => refused(res, 'projects.link_ended', '该项目已结束，不能再计入新的服务');

let seq = 600;
async function newResident(name: string, flags: string[] = []) {
  const res = await send('POST', '/api/v1/residents', as.staff, {
    name,
    idNumber: makeIdNumber('1946-05-06', seq++),
    hukouType: 'hukou',
    sensitive: { flags },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const openCase = (residentId: string, projectId?: string | null, headers = as.sw) =>
  send('POST', '/api/v1/cases', headers, { residentId, openedOn: today(), summary: '接案情况', projectId });
const setPlan = (residentId: string, projectId?: string | null, headers = as.staff) =>
  send('PUT', '/api/v1/visit-plans', headers, { residentId, intervalDays: 30, projectId });
const recordVisit = (residentId: string, projectId?: string | null, headers = as.staff) =>
  send('POST', '/api/v1/visits', headers, {
    residentId,
    visitedOn: today(),
    findings: '一切正常',
    projectId,
  });
const visitsOf = async (residentId: string) =>
  (await send('GET', `/api/v1/residents/${residentId}/visits`, as.staff)).json() as {
    plan: { projectId: string | null; projectName: string | null } | null;
    items: { projectId: string | null; projectName: string | null }[];
  };
const figures = async (projectId?: string) => {
  const res = await send(
    'GET',
    `/api/v1/service-figures?${range}${projectId ? `&projectId=${projectId}` : ''}`,
    as.staff,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { casesOpened: number; casesClosed: number; visitsMade: number };
};

/** A running project bought by 园山 for these tests alone, so ending it touches no other test. */
async function newYuanshanProject(name: string) {
  const providers = (await send('GET', '/api/v1/providers', as.staff)).json().items as {
    id: string;
    name: string;
  }[];
  const jinlin = providers.find((p) => p.name === demoProviders.find((d) => d.key === 'jinlin')?.name)!.id;
  const body = {
    name,
    providerId: jinlin,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    projectYear: 1,
    scope: 'single',
    budgetYuan: 50_000,
  };
  const res = await send('POST', '/api/v1/projects', as.staff, body);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  return {
    id,
    end: async () => {
      const done = await send('PATCH', `/api/v1/projects/${id}`, as.staff, { ...body, status: 'ended' });
      expect(done.statusCode, done.body).toBe(200);
    },
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.db;
  as = {
    staff: await ctx.signIn('yuanshan.staff'),
    sw: await ctx.signIn('yuanshan.sw'),
  };
  const all = (await send('GET', '/api/v1/projects', await ctx.signIn('huli.admin'))).json().items as {
    id: string;
    purchaserName: string;
    status: string;
  }[];
  const find = (purchaser: string) =>
    all.find((p) => p.purchaserName === purchaser && p.status === 'active')!.id;
  demo = { yuanshan: find('园山社区'), jinshangNow: find('金尚社区') };
  // A station social worker of 金尚's contractor: sees 金尚's project, and 园山's residents are in scope.
  const providers = (await send('GET', '/api/v1/providers', as.staff)).json().items as {
    id: string;
    name: string;
  }[];
  const tongxin = providers.find((p) => p.name === demoProviders.find((d) => d.key === 'tongxin')?.name)!.id;
  // jiangtou.admin is also a reviewer: act through the street admin membership by name.
  const [admin] = await queryRows<{ id: string }>(
    db,
    sql`select m.id from memberships m join users u on u.id = m.user_id
      where u.username = 'jiangtou.admin' and m.role = 'streetAdmin'`,
  );
  const streetAdmin = await ctx.signIn('jiangtou.admin', { membershipId: admin.id });
  const station = await send('POST', '/api/v1/users', streetAdmin, {
    username: 'jiangtou.tongxin',
    name: '同心站点社工',
    password: demoPassword,
    orgUnitId: await unitId(db, '江头街道'),
    role: 'socialWorker',
    providerId: tongxin,
  });
  expect(station.statusCode, station.body).toBe(201);
  as.station = await ctx.signIn('jiangtou.tongxin');
  yuanshanPath = (await unitOf(db, '园山社区')).path;
});
afterAll(() => ctx.close());

describe('cases under a project', () => {
  it('opens a case under a project, lists and filters it, and moves it, on the record', async () => {
    const client = await newResident('项目个案甲');
    const opened = await openCase(client, demo.yuanshan);
    expect(opened.statusCode, opened.body).toBe(201);
    const { id } = opened.json();
    expect(opened.json()).toMatchObject({
      projectId: demo.yuanshan,
      projectName: expect.stringContaining('园山'),
    });
    const listed = (await send('GET', `/api/v1/cases?projectId=${demo.yuanshan}&pageSize=100`, as.sw)).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(listed.items.every((c: { projectId: string }) => c.projectId === demo.yuanshan)).toBe(true);

    const out = await send('PATCH', `/api/v1/cases/${id}/project`, as.sw, { projectId: null });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ projectId: null, projectName: null });
    const back = await send('PATCH', `/api/v1/cases/${id}/project`, as.staff, { projectId: demo.yuanshan });
    expect(back.json().projectId).toBe(demo.yuanshan);
    const audits = await queryRows<{ detail: { from: string | null; to: string | null } }>(
      ctx.database.db,
      sql`select detail from audit_log where action = 'cases.project' and entity_id = ${id} order by id`,
    );
    expect(audits.map((a) => a.detail)).toEqual([
      { from: demo.yuanshan, to: null },
      { from: null, to: demo.yuanshan },
    ]);
  });

  it('refuses a project of another community, or one the caller cannot see, and writes nothing', async () => {
    const client = await newResident('项目个案乙');
    const caseId = (await openCase(client)).json().id as string;
    const before = await fingerprint(ctx.database.db, workTables);
    // 园山's people do not see 金尚's project at all.
    notFound(await openCase(client, demo.jinshangNow));
    notFound(await send('PATCH', `/api/v1/cases/${caseId}/project`, as.sw, { projectId: demo.jinshangNow }));
    notFound(await setPlan(client, demo.jinshangNow));
    notFound(await recordVisit(client, demo.jinshangNow));
    // The station worker sees it, but it was bought for 金尚: 园山's work never counts under it.
    outside(await openCase(client, demo.jinshangNow, as.station));
    outside(await setPlan(client, demo.jinshangNow, as.station));
    outside(await recordVisit(client, demo.jinshangNow, as.station));
    outside(
      await send('POST', '/api/v1/visit-plans/bulk', as.station, {
        targetGroup: 'livesAlone',
        intervalDays: 30,
        projectId: demo.jinshangNow,
      }),
    );
    expect(await fingerprint(ctx.database.db, workTables)).toEqual(before);
  });

  it('refuses an ended project for new work but keeps it on work that already belonged to it', async () => {
    const project = await newYuanshanProject('园山测试项目（将结束）');
    const [client, other] = [await newResident('项目个案丙'), await newResident('项目探访丁')];
    const caseId = (await openCase(client, project.id)).json().id as string;
    expect((await setPlan(client, project.id)).statusCode).toBe(204);
    expect((await recordVisit(client)).statusCode).toBe(201);
    await project.end();

    const before = await fingerprint(ctx.database.db, workTables);
    ended(await openCase(other, project.id));
    ended(await setPlan(other, project.id));
    ended(await recordVisit(client, project.id));
    ended(
      await send('POST', '/api/v1/visit-plans/bulk', as.staff, {
        targetGroup: 'livesAlone',
        intervalDays: 30,
        projectId: project.id,
      }),
    );
    expect(await fingerprint(ctx.database.db, workTables)).toEqual(before);

    // Work already under it keeps it: the case, and the plan when its interval changes.
    const kept = await send('PATCH', `/api/v1/cases/${caseId}/project`, as.sw, { projectId: project.id });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().projectId).toBe(project.id);
    const replanned = await send('PUT', '/api/v1/visit-plans', as.staff, {
      residentId: client,
      intervalDays: 14,
      projectId: project.id,
    });
    expect(replanned.statusCode, replanned.body).toBe(204);
    expect((await visitsOf(client)).plan?.projectId).toBe(project.id);
    // A new visit under that plan counts under no project rather than an ended one.
    expect((await recordVisit(client)).statusCode).toBe(201);
    expect((await visitsOf(client)).items.map((v) => v.projectId).sort()).toEqual([null, project.id].sort());
    // Once taken away, an ended project cannot be named again.
    await send('PATCH', `/api/v1/cases/${caseId}/project`, as.sw, { projectId: null });
    ended(await send('PATCH', `/api/v1/cases/${caseId}/project`, as.sw, { projectId: project.id }));
  });

  it('leaves a closed case under the project it was closed in', async () => {
    const client = await newResident('项目个案戊');
    const caseId = (await openCase(client, demo.yuanshan)).json().id as string;
    const closed = await send('POST', `/api/v1/cases/${caseId}/advance`, as.sw, {
      to: 'closed',
      on: today(),
      closureReason: '目标达成',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const moved = await send('PATCH', `/api/v1/cases/${caseId}/project`, as.sw, { projectId: null });
    expect(moved.statusCode).toBe(409);
    expect((await send('GET', `/api/v1/cases/${caseId}`, as.sw)).json().projectId).toBe(demo.yuanshan);
  });
});

describe('visits under a project', () => {
  it("takes the plan's project at the time of the visit, and keeps it when the plan changes", async () => {
    const person = await newResident('项目探访己');
    expect((await setPlan(person, demo.yuanshan)).statusCode).toBe(204);
    const plan = (await visitsOf(person)).plan;
    expect(plan).toMatchObject({ projectId: demo.yuanshan, projectName: expect.stringContaining('园山') });
    // A changed interval with no project named keeps the plan's project.
    await send('PUT', '/api/v1/visit-plans', as.staff, { residentId: person, intervalDays: 20 });
    expect((await visitsOf(person)).plan?.projectId).toBe(demo.yuanshan);

    expect((await recordVisit(person)).statusCode).toBe(201);
    expect((await visitsOf(person)).items[0]).toMatchObject({
      projectId: demo.yuanshan,
      projectName: expect.stringContaining('园山'),
    });
    // Named as none, the visit has none even under a plan with a project.
    expect((await recordVisit(person, null)).statusCode).toBe(201);
    // The plan leaves the project: visits made before stay under it.
    expect((await setPlan(person, null)).statusCode).toBe(204);
    expect((await recordVisit(person)).statusCode).toBe(201);
    const visits = (await visitsOf(person)).items.map((v) => v.projectId);
    expect(visits.filter((p) => p === demo.yuanshan)).toHaveLength(1);
    expect(visits.filter((p) => p === null)).toHaveLength(2);
  });

  it('makes the plans of a bulk run under the project, leaving existing plans as they were', async () => {
    const existing = await newResident('项目探访庚', ['dibao']);
    await setPlan(existing, null);
    const bulk = await send('POST', '/api/v1/visit-plans/bulk', as.staff, {
      targetGroup: 'dibao',
      intervalDays: 60,
      projectId: demo.yuanshan,
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json().created).toBeGreaterThan(0);
    const [{ n }] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from visit_plans where interval_days = 60 and project_id = ${demo.yuanshan}`,
    );
    expect(n).toBe(bulk.json().created);
    expect((await visitsOf(existing)).plan?.projectId).toBeNull();
  });
});

describe('service figures per project', () => {
  it("count exactly the project's cases opened and closed and visits made", async () => {
    const [unitBefore, projectBefore] = [await figures(), await figures(demo.yuanshan)];
    const [a, b, c] = [await newResident('统计甲'), await newResident('统计乙'), await newResident('统计丙')];
    const inside = (await openCase(a, demo.yuanshan)).json().id as string;
    await openCase(b, null);
    await send('POST', `/api/v1/cases/${inside}/advance`, as.sw, {
      to: 'closed',
      on: today(),
      closureReason: '结案',
    });
    await recordVisit(c, demo.yuanshan);
    await recordVisit(c, null);
    const [unit, project] = [await figures(), await figures(demo.yuanshan)];
    expect(unit.casesOpened - unitBefore.casesOpened).toBe(2);
    expect(project.casesOpened - projectBefore.casesOpened).toBe(1);
    expect(project.casesClosed - projectBefore.casesClosed).toBe(1);
    expect(unit.visitsMade - unitBefore.visitsMade).toBe(2);
    expect(project.visitsMade - projectBefore.visitsMade).toBe(1);

    // The unit's figures less the project's are exactly the unit's work outside the project.
    const [outsideWork] = await queryRows<{ opened: number; closed: number; visits: number }>(
      ctx.database.db,
      sql`with unit_cases as (select * from cases where org_path = ${yuanshanPath} or org_path like ${`${yuanshanPath}.%`}),
        unit_visits as (select * from visits where org_path = ${yuanshanPath} or org_path like ${`${yuanshanPath}.%`})
      select
        (select count(*)::int from unit_cases where project_id is distinct from ${demo.yuanshan}
          and opened_on between '2020-01-01' and '2030-12-31') as opened,
        (select count(*)::int from unit_cases where project_id is distinct from ${demo.yuanshan}
          and closed_on between '2020-01-01' and '2030-12-31') as closed,
        (select count(*)::int from unit_visits where project_id is distinct from ${demo.yuanshan}
          and visited_on between '2020-01-01' and '2030-12-31') as visits`,
    );
    expect(unit.casesOpened - project.casesOpened).toBe(outsideWork.opened);
    expect(unit.casesClosed - project.casesClosed).toBe(outsideWork.closed);
    expect(unit.visitsMade - project.visitsMade).toBe(outsideWork.visits);
    // The demo world's 园山 casework belongs to its running project, so the project has real numbers.
    expect(project.visitsMade).toBeGreaterThan(100);
    expect(project.casesOpened).toBeGreaterThanOrEqual(4);
  });
});
