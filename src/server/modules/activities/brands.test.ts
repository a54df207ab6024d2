import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrandView } from '../../../core/activities/brands-contract';
import { fingerprint, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let staff: Record<string, string>;
let yuanshan: string;
beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  yuanshan = await unitId(ctx.database.db, '园山社区');
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const draft = (brands: string[]) => ({
  title: '品牌测试活动',
  brands,
  sessions: [{ startsAt: hours(24), endsAt: hours(26) }],
  capacity: 10,
  registrationOpensAt: hours(-1),
  registrationClosesAt: hours(23),
  cancellationDeadline: hours(20),
});
const brandsOf = async (headers: Record<string, string>, query = ''): Promise<BrandView[]> => {
  const res = await ctx.request({ method: 'GET', url: `/api/v1/brands${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json().items;
};
const createActivity = (brands: string[]) =>
  ctx.request({ method: 'POST', url: '/api/v1/activities', headers: staff, payload: draft(brands) });
const addBrand = (headers: Record<string, string>, payload: object) =>
  ctx.request({ method: 'POST', url: '/api/v1/brands', headers, payload });

describe('brands (品牌)', () => {
  it("offers a community its own brands and the street's, never a sibling's", async () => {
    const usable = (await brandsOf(staff, `?usableBy=${yuanshan}`)).map((b) => b.name);
    expect(usable).toEqual(expect.arrayContaining(['幸福驿站', '书记下午茶', '一周一公益', '爱心会客厅']));
    expect(usable).not.toContain('童梦筑家园');
    const district = await brandsOf(await ctx.signIn('huli.admin'));
    expect(district.map((b) => b.name)).toContain('童梦筑家园');
    const streetBrand = district.find((b) => b.name === '一周一公益');
    expect(streetBrand).toMatchObject({ orgUnitName: '江头街道', owned: true });
    const seenFromBelow = (await brandsOf(staff)).find((b) => b.name === '一周一公益');
    expect(seenFromBelow?.owned).toBe(false);
  });

  it('refuses an activity with a brand not on the list, and writes nothing', async () => {
    const before = await fingerprint(ctx.database.db, ['activities', 'activity_sessions']);
    for (const brands of [['幸福驿栈'], ['童梦筑家园']]) {
      const res = await createActivity(brands);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'activities.unknown_brand' });
      expect(res.json().errors[0]).toEqual({
        path: 'brands',
        message: `品牌「${brands[0]}」不在主办单位的品牌列表中，请先添加`,
      });
    }
    expect(await fingerprint(ctx.database.db, ['activities', 'activity_sessions'])).toEqual(before);
  });

  it('lets staff extend their list, refuses a duplicate on the line and an empty name', async () => {
    const added = await addBrand(staff, { name: ' 长者食堂 ' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      name: '长者食堂',
      orgUnitName: '园山社区',
      owned: true,
      activities: 0,
    });
    expect((await createActivity(['长者食堂', '一周一公益'])).statusCode).toBe(201);
    const listed = (await brandsOf(staff)).find((b) => b.name === '长者食堂');
    expect(listed?.activities).toBe(1);

    for (const name of ['长者食堂', '一周一公益']) {
      const again = await addBrand(staff, { name });
      expect(again.statusCode).toBe(409);
      expect(again.json().errors[0].message).toBe(`品牌「${name}」已在本单位或上级单位的品牌列表中`);
    }
    const empty = await addBrand(staff, { name: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].message).toBe('请输入品牌名称');
    // Another community may keep a brand of the same name: it is theirs.
    expect((await addBrand(await ctx.signIn('jinshang.staff'), { name: '长者食堂' })).statusCode).toBe(201);
  });

  it('removes a brand from the list but not from the activities that carry it', async () => {
    const brand = (await addBrand(staff, { name: '临时品牌' })).json() as BrandView;
    const created = await createActivity(['临时品牌']);
    expect(created.statusCode).toBe(201);
    const removed = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/brands/${brand.id}`,
      headers: staff,
    });
    expect(removed.statusCode).toBe(204);
    expect((await brandsOf(staff)).map((b) => b.name)).not.toContain('临时品牌');
    // The draft keeps its tag and can still be saved with it; a new activity cannot take it.
    const kept = await ctx.request({
      method: 'PUT',
      url: `/api/v1/activities/${created.json().id}`,
      headers: staff,
      payload: { ...draft(['临时品牌']), title: '改了标题' },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().brands).toEqual(['临时品牌']);
    expect((await createActivity(['临时品牌'])).statusCode).toBe(400);
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=brands.delete',
      headers: await ctx.signIn('huli.admin'),
    });
    expect(audit.json().items.map((r: { entityId: string }) => r.entityId)).toContain(brand.id);
  });

  it("refuses to remove a street's brand from below, and a sibling's at all", async () => {
    const streetBrand = (await brandsOf(staff)).find((b) => b.name === '一周一公益')!;
    const before = await fingerprint(ctx.database.db, ['brands']);
    const fromBelow = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/brands/${streetBrand.id}`,
      headers: staff,
    });
    expect(fromBelow.statusCode).toBe(403);
    expect(fromBelow.json().title).toBe('该品牌由上级单位设立，只能由设立单位删除');
    const own = (await brandsOf(staff)).find((b) => b.name === '幸福驿站')!;
    const sibling = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/brands/${own.id}`,
      headers: await ctx.signIn('jinshang.staff'),
    });
    expect(sibling.statusCode).toBe(404);
    expect(await fingerprint(ctx.database.db, ['brands'])).toEqual(before);
  });
});
