import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('community profile', () => {
  it('shows what 园山 declares beside what its records count', async () => {
    const id = await unitId(ctx.database.db, '园山社区');
    const res = await ctx.request({
      method: 'GET',
      url: `/api/v1/org-units/${id}/profile`,
      headers: await ctx.signIn('jiangtou.admin'),
    });
    expect(res.statusCode).toBe(200);
    const profile = res.json();
    expect(profile.declared).toMatchObject({
      partyMembers: 194,
      dualRegisteredPartyMembers: 230,
      grids: 7,
      compounds: 18,
    });
    expect(profile.declared.population).toMatchObject({ hukou: 5736 });
    expect(profile.counted).toEqual({
      grids: 7,
      compounds: 18,
      apartmentBlocks: 10,
      registeredResidents: 5736,
      migrantResidents: 0,
      partyMembers: 194,
    });
  });

  it("lets the community's staff edit it, and nobody else", async () => {
    const id = await unitId(ctx.database.db, '金尚社区');
    const url = `/api/v1/org-units/${id}/profile`;
    const staff = await ctx.signIn('jinshang.staff');
    const current = (await ctx.request({ method: 'GET', url, headers: staff })).json();
    const declared = { ...current.declared, partyMembers: 300, businessDistricts: ['金尚路商圈'] };
    const saved = await ctx.request({ method: 'PUT', url, headers: staff, payload: declared });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ declared: { partyMembers: 300 }, updatedBy: '张建华' });
    const before = await fingerprint(ctx.database.db, ['community_profiles']);
    const admin = await ctx.signIn('jiangtou.admin');
    expect((await ctx.request({ method: 'PUT', url, headers: admin, payload: declared })).statusCode).toBe(
      403,
    );
    const sibling = await ctx.signIn('yuanshan.staff');
    expect((await ctx.request({ method: 'PUT', url, headers: sibling, payload: declared })).statusCode).toBe(
      404,
    );
    const bad = await ctx.request({
      method: 'PUT',
      url,
      headers: staff,
      payload: { ...declared, partyMembers: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('partyMembers');
    expect(await fingerprint(ctx.database.db, ['community_profiles'])).toEqual(before);
  });

  it('belongs to communities only', async () => {
    const id = await unitId(ctx.database.db, '江头街道');
    const res = await ctx.request({
      method: 'GET',
      url: `/api/v1/org-units/${id}/profile`,
      headers: await ctx.signIn('jiangtou.admin'),
    });
    expect(res.json().code).toBe('communityProfiles.not_a_community');
  });
});
