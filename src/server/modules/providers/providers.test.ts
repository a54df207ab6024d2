import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let district: Record<string, string>;
let street: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  district = await ctx.signIn('huli.admin');
  street = await ctx.signIn('jiangtou.admin');
});
afterAll(() => ctx.close());

const create = (headers: Record<string, string>, payload: object) =>
  ctx.request({ method: 'POST', url: '/api/v1/providers', headers, payload });
const update = (headers: Record<string, string>, id: string, payload: object) =>
  ctx.request({ method: 'PATCH', url: `/api/v1/providers/${id}`, headers, payload });

describe('providers', () => {
  it('registers an organization at the caller’s unit and lets that unit change it', async () => {
    const created = await create(street, { name: '江头新机构', contactPhone: '13900001111' });
    expect(created.statusCode).toBe(201);
    const changed = await update(street, created.json().id, { name: '江头新机构（更名）' });
    expect(changed.json()).toMatchObject({ name: '江头新机构（更名）', contactPhone: null });
  });

  it('shows an organization registered above but refuses to change it, saying why', async () => {
    const above = (await create(district, { name: '区级登记机构' })).json();
    const list = await ctx.request({ method: 'GET', url: '/api/v1/providers', headers: street });
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(above.id);
    const before = await fingerprint(ctx.database.db, ['providers']);
    const refused = await update(street, above.id, { name: '街道擅改' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'providers.registered_above',
      title: '该社工机构由上级单位登记，只能由登记单位修改',
    });
    expect(await fingerprint(ctx.database.db, ['providers'])).toEqual(before);
  });

  it('refuses a sibling street’s organization as not found, a duplicate name and a bad credit code', async () => {
    const mine = (await create(street, { name: '江头专属机构' })).json();
    const heshan = await ctx.signIn('heshan.admin');
    expect((await update(heshan, mine.id, { name: '禾山擅改' })).statusCode).toBe(404);
    const twin = await create(heshan, { name: '江头专属机构' });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().title).toBe('已有同名的社工机构');
    const bad = await create(heshan, { name: '禾山机构', creditCode: '123' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'creditCode', message: '统一社会信用代码应为18位' });
  });
});
