import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, unitId } from '../testing/fixtures';
import type { ScopeIds, ScopeSample } from '../testing/scope-matrix';
import {
  businessTables,
  idFor,
  leakIds,
  pathWith,
  photoFiles,
  queryFor,
  setUpScopeWorld,
  unitQueryRoutes,
} from '../testing/scope-walk';
import { createTestContext, type TestContext } from '../testing/test-app';

/**
 * Walks every API route in the app's route catalog as users of a sibling unit, with ids of rows owned
 * by 园山社区 / 江头街道, and proves nothing of theirs is read or changed. A new route joins by itself;
 * a new write route fails here until its module's `scope-samples.ts` gives it a sample body.
 */
let ctx: TestContext;
let ids: ScopeIds = {};
let samples: Record<string, ScopeSample> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  ({ ids, samples } = await setUpScopeWorld(ctx));
});
afterAll(() => ctx.close());

// jinshang.staff is 园山's sibling community; heshan.admin is 江头's sibling street.
const intruders = ['jinshang.staff', 'jinshang.sw', 'heshan.admin', 'jinshang.volunteer'];

describe('scope matrix', () => {
  it('knows the API routes', () => {
    const api = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThanOrEqual(Object.keys(samples).length);
    // The leak check looks for the owners' unit, people, records and work in every list answer.
    expect(leakIds.map((name) => ids[name]).every(Boolean)).toBe(true);
    expect(leakIds.length).toBeGreaterThanOrEqual(7);
  });

  it.each(intruders)(
    '%s reads and changes nothing of another unit on any route',
    async (intruder) => {
      const routes = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
      const before = await fingerprint(ctx.database.db, businessTables);
      const filesBefore = photoFiles(ctx);
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
        const url = pathWith(route.url, ids) + (queryFor[route.url] ?? unitQuery);
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
          for (const target of leakIds.map((name) => ids[name])) {
            expect(body, `${key} as ${intruder} leaks ${target}`).not.toContain(target);
          }
          if (intruder === 'heshan.admin') expect(body).not.toContain(ids.jiangtou);
        } else {
          expect(res.statusCode, `${key} as ${intruder} answered ${res.statusCode}`).toBe(403);
        }
      }
      expect(await fingerprint(ctx.database.db, businessTables)).toEqual(before);
      expect(photoFiles(ctx)).toEqual(filesBefore);
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
      const path = pathWith(route.url, ids);
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
