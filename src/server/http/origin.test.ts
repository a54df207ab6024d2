import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../testing/fixtures';
import {
  businessTables,
  pathWith,
  photoFiles,
  queryFor,
  type ScopeWorld,
  setUpScopeWorld,
  unitQueryRoutes,
} from '../testing/scope-walk';
import { createTestContext, type TestContext } from '../testing/test-app';

/**
 * Cross-site writes: every state-changing API route, called with the owners' own session cookie but from
 * another site (or from nowhere a browser would say), is refused with 403 before anything is written.
 */
let ctx: TestContext;
let world: ScopeWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await setUpScopeWorld(ctx);
});
afterAll(() => ctx.close());

const writeRoutes = () =>
  ctx.app.routeCatalog.filter(
    (r) => r.url.startsWith('/api/v1') && !['GET', 'HEAD'].includes(r.method) && r.permission !== 'public',
  );

/** The owners' session (community staff of 园山 for its records, the street admin for the tree) without its Origin. */
function cookieOf(url: string): string {
  const owner = /org-units|providers|projects|users|memberships/.test(url)
    ? world.owners.jiangtouAdmin
    : world.owners.yuanshanStaff;
  return owner.cookie;
}

async function send(route: { method: string; url: string }, headers: Record<string, string>) {
  const sample = world.samples[`${route.method} ${route.url}`] ?? {};
  const unitQuery = unitQueryRoutes.includes(route.url) ? `?orgUnitId=${world.ids.yuanshan}` : '';
  return ctx.request({
    method: route.method as 'POST',
    url: pathWith(route.url, world.ids) + (queryFor[route.url] ?? unitQuery),
    headers: { cookie: cookieOf(route.url), ...headers, ...sample.form?.headers },
    payload: sample.form?.payload ?? (sample.body as object),
  });
}

describe('cross-site writes', () => {
  it.each([
    ['another site', { origin: 'http://evil.example' }],
    ['no origin at all', {}],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a referer of another site', { referer: 'http://evil.example/page' }],
  ])('refuses every write route from %s, writing nothing', async (_, headers: Record<string, string>) => {
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const before = await fingerprint(ctx.database.db, businessTables);
    const filesBefore = photoFiles(ctx);
    for (const route of routes) {
      const res = await send(route, headers);
      expect(res.statusCode, `${route.method} ${route.url} answered ${res.statusCode}`).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'http.cross_site',
        title: '请求来源不受信任，请从本平台页面操作',
      });
    }
    expect(await fingerprint(ctx.database.db, businessTables)).toEqual(before);
    expect(photoFiles(ctx)).toEqual(filesBefore);
  });

  it("accepts the product's own pages, told by Origin, Sec-Fetch-Site or Referer", async () => {
    const route = { method: 'PUT', url: '/api/v1/me/locale' };
    const ownPages: Record<string, string>[] = [
      { origin: 'http://localhost:3000' },
      { 'sec-fetch-site': 'same-origin' },
      { referer: 'http://localhost:3000/residents' },
    ];
    for (const headers of ownPages) {
      const res = await send(route, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBeLessThan(300);
    }
  });

  it('leaves reads and requests without a session to their own checks', async () => {
    const read = await ctx.request({
      method: 'GET',
      url: '/api/v1/org-units',
      headers: { cookie: world.owners.jiangtouAdmin.cookie, origin: 'http://evil.example' },
    });
    expect(read.statusCode).toBe(200);
    const anonymous = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { origin: 'http://evil.example' },
      payload: { name: '无会话' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
