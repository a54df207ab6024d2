import fs from 'node:fs';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDeclaredProfile } from '../../core/community-profiles/contract';
import { modules } from '../modules';
import { fingerprint, membershipIdOf, unitId, userId } from '../testing/fixtures';
import { makeIdNumber } from '../testing/ids';
import { multipartForm } from '../testing/multipart';
import { createTestContext, type TestContext } from '../testing/test-app';

/**
 * Walks every API route in the app's route catalog as users of a sibling unit, with ids of rows owned
 * by 园山社区 / 江头街道, and proves nothing of theirs is read or changed. A new route joins by itself;
 * a new write route fails here until it gets a sample body below.
 */
// Every table a module declares in its manifest: a new module's rows join the digest by themselves.
const businessTables = modules.flatMap((m) => m.tables ?? []).map((table) => getTableName(table));

let ctx: TestContext;
let ids: Record<string, string>;
/**
 * `ownUnit` routes write only at the caller's own unit (no target id to abuse); they are checked apart.
 * `form` is a multipart body (photo uploads) holding a real image, so only scope can be the reason to refuse.
 * `selfOnly` routes act on the caller's own rows whatever they are sent: any answer will do, and the digest
 * of every business table after the walk still proves nothing of the owner's changed.
 */
type Sample = {
  body?: unknown;
  form?: ReturnType<typeof multipartForm>;
  ownUnit?: true;
  selfOnly?: true;
  refusedWith?: number[];
};
let samples: Record<string, Sample>;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.db;
  const jiangtouAdmin = await ctx.signIn('jiangtou.admin');
  const provider = await ctx.request({
    method: 'POST',
    url: '/api/v1/providers',
    headers: jiangtouAdmin,
    payload: { name: '江头街道测试社工机构' },
  });
  expect(provider.statusCode).toBe(201);
  const yuanshanStaff = await ctx.signIn('yuanshan.staff'); // also leaves sign-in audit rows of 园山
  const resident = await ctx.request({
    method: 'POST',
    url: '/api/v1/residents',
    headers: yuanshanStaff,
    payload: {
      name: '园山居民',
      idNumber: makeIdNumber('1950-03-01', 11),
      hukouType: 'hukou',
      sensitive: { flags: ['dibao'] },
    },
  });
  expect(resident.statusCode).toBe(201);
  ids = {
    yuanshan: await unitId(db, '园山社区'),
    jiangtou: await unitId(db, '江头街道'),
    yuanshanStaff: await userId(db, 'yuanshan.staff'),
    yuanshanMembership: await membershipIdOf(db, 'yuanshan.staff'),
    provider: provider.json().id,
    resident: resident.json().id,
    project: await yuanshanProject(yuanshanStaff),
    brand: (
      await ctx.request({
        method: 'POST',
        url: '/api/v1/brands',
        headers: yuanshanStaff,
        payload: { name: '园山新品牌' },
      })
    ).json().id,
    ...(await yuanshanActivity(yuanshanStaff, resident.json().id)),
    case: (
      await ctx.request({
        method: 'POST',
        url: '/api/v1/cases',
        headers: yuanshanStaff,
        payload: { residentId: resident.json().id, openedOn: '2026-01-01', summary: '园山个案' },
      })
    ).json().id,
    ...(await yuanshanVisit(yuanshanStaff, resident.json().id)),
  };
  samples = {
    'POST /api/v1/org-units': { body: { parentId: ids.jiangtou, name: '越权社区', code: '999' } },
    'PATCH /api/v1/org-units/:id': { body: { name: '越权改名' } },
    'POST /api/v1/providers': { body: { name: '本单位新机构' }, ownUnit: true },
    'PATCH /api/v1/providers/:id': { body: { name: '越权改名机构' } },
    'POST /api/v1/projects': { body: { ...projectSample(ids.provider), purchaserId: ids.yuanshan } },
    'PATCH /api/v1/projects/:id': { body: projectSample(ids.provider) },
    'POST /api/v1/brands': { body: { name: '越权品牌', orgUnitId: ids.yuanshan } },
    'DELETE /api/v1/brands/:id': {},
    'POST /api/v1/users': {
      body: {
        username: 'intruder',
        name: '越权用户',
        password: 'Intrude@2025',
        orgUnitId: ids.yuanshan,
        role: 'communityStaff',
      },
    },
    'PATCH /api/v1/users/:id': { body: { name: '越权改名', banned: true } },
    'POST /api/v1/users/:id/reset-password': { body: { newPassword: 'Intrude@2025' } },
    'POST /api/v1/memberships': {
      body: { userId: ids.yuanshanStaff, orgUnitId: ids.yuanshan, role: 'volunteer' },
    },
    'DELETE /api/v1/memberships/:id': {},
    'POST /api/v1/residents': {
      body: {
        name: '越权居民',
        idNumber: makeIdNumber('1960-01-01', 13),
        hukouType: 'hukou',
        orgUnitId: ids.yuanshan,
      },
    },
    'PUT /api/v1/residents/:id': {
      body: { name: '越权改名', idNumber: makeIdNumber('1950-03-01', 11), hukouType: 'hukou' },
    },
    'POST /api/v1/residents/:id/status': { body: { status: 'died', statusDate: '2025-01-01' } },
    'POST /api/v1/residents/:id/consents': { body: { basis: 'consent', purposes: ['越权'] } },
    'POST /api/v1/residents/import/dry-run': {},
    'POST /api/v1/residents/import/commit': {},
    'PUT /api/v1/org-units/:id/profile': { body: { ...emptyDeclaredProfile, partyMembers: 1 } },
    'POST /api/v1/activities': { body: activitySample(ids.yuanshan) },
    'PUT /api/v1/activities/:id': { body: activitySample() },
    'POST /api/v1/activities/:id/publish': {},
    'POST /api/v1/activities/:id/finish': {},
    'POST /api/v1/activities/:id/cancel': {},
    'POST /api/v1/activities/:id/registrations': { body: { residentId: ids.resident } },
    'DELETE /api/v1/registrations/:id': {},
    'POST /api/v1/activities/:id/sessions/:sessionId/attendance': { body: { residentIds: [ids.resident] } },
    'PUT /api/v1/activities/:id/sessions/:sessionId/guests': { body: { count: 9 } },
    'POST /api/v1/activities/:id/photos': { form: await photoForm() },
    'PATCH /api/v1/activities/:id/photos/:photoId': { body: { caption: '越权改说明' } },
    'DELETE /api/v1/activities/:id/photos/:photoId': {},
    'POST /api/v1/me/activities/:id/registration': {},
    'DELETE /api/v1/me/activities/:id/registration': {},
    'POST /api/v1/me/notifications/read': { body: { ids: [ids.resident] }, selfOnly: true },
    // A forged code: the caller holds no code of another unit's session.
    'POST /api/v1/me/check-in': { body: { code: 'forged.code.0000000000' }, refusedWith: [400, 403] },
    'POST /api/v1/cases': { body: { residentId: ids.resident, openedOn: '2026-01-01', summary: '越权接案' } },
    'POST /api/v1/cases/:id/records': { body: { recordedOn: '2026-01-02', content: '越权记录' } },
    'POST /api/v1/cases/:id/advance': { body: { to: 'assessment', on: '2026-01-02' } },
    'PATCH /api/v1/cases/:id/project': { body: { projectId: ids.project } },
    'PUT /api/v1/visit-plans': { body: { residentId: ids.resident, intervalDays: 7 } },
    'POST /api/v1/visits': {
      body: { residentId: ids.resident, visitedOn: '2026-01-02', findings: '越权探访' },
    },
    // A grid of 园山: without it a sibling community's staff would plan for their own group.
    'POST /api/v1/visit-plans/bulk': {
      body: { targetGroup: 'livesAlone', intervalDays: 7, gridId: ids.grid },
    },
    'DELETE /api/v1/visit-plans/:id': {},
    'PATCH /api/v1/visits/:id/follow-up': { body: { doneOn: '2026-01-03' } },
    'PUT /api/v1/me/locale': { body: { locale: 'zh-CN' } },
    'POST /api/v1/me/password': { body: { currentPassword: 'wrong-Password1', newPassword: 'Intrude@2025' } },
    'POST /api/v1/me/sign-out-everywhere': {},
  };
});
afterAll(() => ctx.close());

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
function activitySample(orgUnitId?: string) {
  return {
    title: '越权活动',
    sessions: [{ startsAt: hoursFromNow(-0.5), endsAt: hoursFromNow(1) }],
    capacity: 5,
    registrationOpensAt: hoursFromNow(-2),
    registrationClosesAt: hoursFromNow(2),
    cancellationDeadline: hoursFromNow(2),
    audience: 'anyone',
    ...(orgUnitId ? { orgUnitId } : {}),
  };
}

const projectSample = (providerId: string) => ({
  name: '越权项目',
  providerId,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  projectYear: 1,
  scope: 'single',
  budgetYuan: 1,
  status: 'ended',
});

/** The demo project 园山 runs now. */
async function yuanshanProject(headers: Record<string, string>) {
  const list = await ctx.request({ method: 'GET', url: '/api/v1/projects?status=active', headers });
  return list.json().items[0].id as string;
}

const photoForm = async () =>
  multipartForm([
    {
      field: 'files',
      filename: 'photo.png',
      buffer: await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
        .png()
        .toBuffer(),
    },
  ]);

/** Every photo file under the data folder, to prove the walk wrote and removed none. */
function photoFiles(): string[] {
  const root = join(ctx.app.config.dataDir, 'photos');
  return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).sort() : [];
}

/** A published 园山 activity open to anyone, its session, one registration and one photo. */
async function yuanshanActivity(headers: Record<string, string>, residentId: string) {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers,
    payload: activitySample(),
  });
  const activity = created.json().id as string;
  await ctx.request({ method: 'POST', url: `/api/v1/activities/${activity}/publish`, headers });
  const registration = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${activity}/registrations`,
    headers,
    payload: { residentId },
  });
  const form = await photoForm();
  const photo = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${activity}/photos`,
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
  expect(photo.statusCode).toBe(201);
  return {
    activity,
    session: created.json().sessions[0].id as string,
    registration: registration.json().registrationId as string,
    photo: photo.json().items[0].id as string,
  };
}

/** A plan for the 园山 resident, a visit that asks for follow-up, and a grid of 园山. */
async function yuanshanVisit(headers: Record<string, string>, residentId: string) {
  await ctx.request({
    method: 'PUT',
    url: '/api/v1/visit-plans',
    headers,
    payload: { residentId, intervalDays: 30 },
  });
  const visit = await ctx.request({
    method: 'POST',
    url: '/api/v1/visits',
    headers,
    payload: { residentId, visitedOn: '2026-01-02', findings: '园山探访', followUpNeeded: true },
  });
  const yuanshan = await unitId(ctx.database.db, '园山社区');
  const unit = await ctx.request({ method: 'GET', url: `/api/v1/org-units/${yuanshan}`, headers });
  return { visit: visit.json().id as string, grid: unit.json().grids[0].id as string };
}

const idFor: Record<string, keyof typeof ids> = {
  '/api/v1/org-units/:id': 'yuanshan',
  '/api/v1/providers/:id': 'provider',
  '/api/v1/projects/:id': 'project',
  '/api/v1/brands/:id': 'brand',
  '/api/v1/users/:id': 'yuanshanStaff',
  '/api/v1/users/:id/reset-password': 'yuanshanStaff',
  '/api/v1/memberships/:id': 'yuanshanMembership',
  '/api/v1/residents/:id': 'resident',
  '/api/v1/residents/:id/reveal': 'resident',
  '/api/v1/residents/:id/status': 'resident',
  '/api/v1/residents/:id/consents': 'resident',
  '/api/v1/residents/:id/services': 'resident',
  '/api/v1/residents/:id/visits': 'resident',
  '/api/v1/visit-plans/:id': 'resident',
  '/api/v1/visits/:id/follow-up': 'visit',
  '/api/v1/cases/:id': 'case',
  '/api/v1/cases/:id/records': 'case',
  '/api/v1/cases/:id/advance': 'case',
  '/api/v1/cases/:id/project': 'case',
  '/api/v1/org-units/:id/population-stats': 'yuanshan',
  '/api/v1/org-units/:id/profile': 'yuanshan',
  '/api/v1/activities/:id': 'activity',
  '/api/v1/activities/:id/publish': 'activity',
  '/api/v1/activities/:id/finish': 'activity',
  '/api/v1/activities/:id/cancel': 'activity',
  '/api/v1/activities/:id/registrations': 'activity',
  '/api/v1/registrations/:id': 'registration',
  '/api/v1/activities/:id/sessions/:sessionId/check-in-code': 'activity',
  '/api/v1/activities/:id/sessions/:sessionId/attendance': 'activity',
  '/api/v1/activities/:id/sessions/:sessionId/guests': 'activity',
  '/api/v1/activities/:id/sessions/:sessionId/sign-in-sheet': 'activity',
  '/api/v1/me/activities/:id/registration': 'activity',
  '/api/v1/activities/:id/photos': 'activity',
  '/api/v1/activities/:id/photos/:photoId': 'activity',
  '/api/v1/activities/:id/photos/:photoId/thumb': 'activity',
  '/api/v1/activities/:id/photos/:photoId/large': 'activity',
};

const queryFor: Record<string, string> = { '/api/v1/residents/:id/reveal': '?reason=越权查看' };
// Routes that name their target unit in the query rather than the path.
const unitQueryRoutes = [
  '/api/v1/residents/import/dry-run',
  '/api/v1/residents/import/commit',
  '/api/v1/service-figures',
  '/api/v1/service-figures/export',
];

// jinshang.staff is 园山's sibling community; heshan.admin is 江头's sibling street.
const intruders = ['jinshang.staff', 'jinshang.sw', 'heshan.admin', 'jinshang.volunteer'];

describe('scope matrix', () => {
  it('knows the API routes', () => {
    const api = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThanOrEqual(Object.keys(samples).length);
  });

  it.each(intruders)(
    '%s reads and changes nothing of another unit on any route',
    async (intruder) => {
      const routes = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
      const before = await fingerprint(ctx.database.db, businessTables);
      const filesBefore = photoFiles();
      let headers = await ctx.signIn(intruder);
      for (const route of routes) {
        const key = `${route.method} ${route.url}`;
        const isWrite = route.method !== 'GET';
        if (isWrite)
          expect(Object.keys(samples), `${key} needs a sample body in the scope matrix`).toContain(key);
        const idKey = idFor[route.url];
        const unitQuery = unitQueryRoutes.includes(route.url)
          ? `?orgUnitId=${ids.yuanshan}&from=2020-01-01&to=2030-12-31`
          : '';
        if (route.url.includes(':id'))
          expect(idKey, `${key} needs a target id in the scope matrix`).toBeDefined();
        const path = idKey
          ? route.url
              .replace(':id', ids[idKey])
              .replace(':sessionId', ids.session)
              .replace(':photoId', ids.photo)
          : route.url;
        const url = path + (queryFor[route.url] ?? unitQuery);
        const sample = samples[key] ?? {};
        // Own-unit creates are proven by the test below.
        if (sample.ownUnit) continue;
        const res = await ctx.request({
          method: route.method as 'GET',
          url,
          headers: { ...headers, ...sample.form?.headers },
          payload: sample.form?.payload ?? (sample.body as object),
        });
        if (sample.selfOnly) continue;
        if (route.permission === 'authenticated') {
          // Self routes touch only the caller but may end its sessions: sign in afresh for what follows.
          headers = await ctx.signIn(intruder);
          continue;
        }
        if (isWrite || idKey || unitQuery) {
          expect(
            sample.refusedWith ?? [403, 404],
            `${key} as ${intruder} answered ${res.statusCode}`,
          ).toContain(res.statusCode);
        } else if (res.statusCode === 200) {
          const body = res.body;
          for (const target of [
            ids.yuanshan,
            ids.yuanshanStaff,
            ids.yuanshanMembership,
            ids.resident,
            ids.activity,
            ids.case,
            ids.project,
          ]) {
            expect(body, `${key} as ${intruder} leaks ${target}`).not.toContain(target);
          }
          if (intruder === 'heshan.admin') expect(body).not.toContain(ids.jiangtou);
        } else {
          expect(res.statusCode).toBe(403);
        }
      }
      expect(await fingerprint(ctx.database.db, businessTables)).toEqual(before);
      expect(photoFiles()).toEqual(filesBefore);
    },
    120_000,
  );

  it("creates own-unit rows only at the caller's unit, invisible to the sibling", async () => {
    const heshan = await ctx.signIn('heshan.admin');
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: heshan,
      payload: { name: '禾山新机构' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().orgUnitId).toBe(await unitId(ctx.database.db, '禾山街道'));
    const jiangtou = await ctx.signIn('jiangtou.admin');
    const list = await ctx.request({ method: 'GET', url: '/api/v1/providers', headers: jiangtou });
    expect(list.body).not.toContain(created.json().id);
  });

  it('lets the owning unit read the same rows (the matrix is not vacuous)', async () => {
    const owners = { staff: await ctx.signIn('yuanshan.staff'), admin: await ctx.signIn('jiangtou.admin') };
    const reads = ctx.app.routeCatalog.filter(
      (r) => r.method === 'GET' && idFor[r.url] && !r.url.startsWith('/api/v1/me/'),
    );
    expect(reads.length).toBeGreaterThan(8);
    for (const route of reads) {
      const communityRecord = /residents|activities|profile|population-stats|cases/.test(route.url);
      const path = route.url
        .replace(':id', ids[idFor[route.url]])
        .replace(':sessionId', ids.session)
        .replace(':photoId', ids.photo);
      const res = await ctx.request({
        method: 'GET',
        url: path + (queryFor[route.url] ?? ''),
        headers: communityRecord ? owners.staff : owners.admin,
      });
      expect(res.statusCode, route.url).toBe(200);
    }
    const list = await ctx.request({ method: 'GET', url: '/api/v1/users', headers: owners.admin });
    expect(list.body).toContain(ids.yuanshanStaff);
  });
});
