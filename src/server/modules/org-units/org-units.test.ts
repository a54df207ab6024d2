import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('organisation units', () => {
  it('lists the Huli tree with the seed counts', async () => {
    const headers = await ctx.signIn('huli.admin');
    const { items } = (await ctx.request({ method: 'GET', url: '/api/v1/org-units', headers })).json();
    expect(
      items
        .filter((u: { kind: string }) => u.kind === 'street')
        .map((u: { name: string }) => u.name)
        .sort(),
    ).toEqual(['江头街道', '禾山街道']);
    expect(items.filter((u: { kind: string }) => u.kind === 'community')).toHaveLength(12);
    const yuanshan = items.find((u: { name: string }) => u.name === '园山社区');
    expect(yuanshan).toMatchObject({ gridCount: 7, compoundCount: 28 });
    const detail = (
      await ctx.request({ method: 'GET', url: `/api/v1/org-units/${yuanshan.id}`, headers })
    ).json();
    expect(detail.compounds.filter((c: { kind: string }) => c.kind === 'apartmentBlock')).toHaveLength(10);
  });

  it('gives a street admin its street and communities only', async () => {
    const headers = await ctx.signIn('jiangtou.admin');
    const { items } = (await ctx.request({ method: 'GET', url: '/api/v1/org-units', headers })).json();
    expect(items).toHaveLength(12);
    expect(items.some((u: { name: string }) => u.name === '禾山社区')).toBe(false);
  });

  it('narrows the list by kind and by a part of the name, within the scope', async () => {
    const headers = await ctx.signIn('jiangtou.admin');
    const names = async (query: string) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/org-units?${query}`, headers }))
        .json()
        .items.map((u: { name: string }) => u.name);
    expect(await names('kind=community')).toHaveLength(11);
    expect(await names('kind=street')).toEqual(['江头街道']);
    expect(await names(`q=${encodeURIComponent('园山')}`)).toEqual(['园山社区']);
    expect(await names(`q=${encodeURIComponent('园山')}&kind=street`)).toEqual([]);
    expect(await names(`q=${encodeURIComponent('禾山')}`)).toEqual([]);
  });

  it('creates a community under a street, and refuses duplicates and nesting without writing', async () => {
    const headers = await ctx.signIn('jiangtou.admin');
    const parentId = await unitId(ctx.database.db, '江头街道');
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/org-units',
      headers,
      payload: { parentId, name: '新建社区', code: '350206004099' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'community', path: '350206.350206004.350206004099' });
    const before = await fingerprint(ctx.database.db, ['org_units']);
    const dupCode = await ctx.request({
      method: 'POST',
      url: '/api/v1/org-units',
      headers,
      payload: { parentId, name: '另一个', code: '350206004099' },
    });
    expect(dupCode.statusCode).toBe(409);
    expect(dupCode.json().title).toBe('同级下已有相同编码的组织单元');
    const dupName = await ctx.request({
      method: 'POST',
      url: '/api/v1/org-units',
      headers,
      payload: { parentId, name: '园山社区', code: '350206004098' },
    });
    expect(dupName.json().code).toBe('orgUnits.duplicate_name');
    const nested = await ctx.request({
      method: 'POST',
      url: '/api/v1/org-units',
      headers,
      payload: { parentId: created.json().id, name: '下级', code: '1' },
    });
    expect(nested.json().code).toBe('orgUnits.cannot_nest');
    expect(await fingerprint(ctx.database.db, ['org_units'])).toEqual(before);
  });

  it('renames a unit and audits it; community staff may not', async () => {
    const id = await unitId(ctx.database.db, '忠仑社区');
    const staff = await ctx.signIn('yuanshan.staff');
    const refused = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/org-units/${id}`,
      headers: staff,
      payload: { name: 'x' },
    });
    expect(refused.statusCode).toBe(403);
    const admin = await ctx.signIn('jiangtou.admin');
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/org-units/${id}`,
      headers: admin,
      payload: { name: '忠仑社区居委会' },
    });
    expect(res.json().name).toBe('忠仑社区居委会');
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=orgUnits.rename',
      headers: admin,
    });
    expect(audit.json().items[0].detail).toEqual({ from: '忠仑社区', to: '忠仑社区居委会' });
  });
});
