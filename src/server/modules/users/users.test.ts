import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext, testOrigin } from '../../testing/test-app';

let ctx: TestContext;
let admin: Record<string, string>;
let yuanshan: string;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn('jiangtou.admin');
  yuanshan = await unitId(ctx.database.db, '园山社区');
});
afterAll(() => ctx.close());

const tables = ['users', 'accounts', 'memberships'];
const newUser = (over: object = {}) => ({
  username: 'Yuanshan.Grid1',
  name: '网格员甲',
  mobile: '13912345678',
  password: 'Grid@2025x',
  orgUnitId: yuanshan,
  role: 'communityStaff',
  ...over,
});

describe('users and memberships', () => {
  it('creates a user who can then sign in, with a masked mobile', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: newUser(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'yuanshan.grid1', mobile: '139****5678' });
    expect(res.json().memberships[0]).toMatchObject({ orgUnitName: '园山社区', role: 'communityStaff' });
    const signIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: testOrigin },
      payload: { username: 'yuanshan.grid1', password: 'Grid@2025x' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('refuses duplicates, weak passwords and bad grants without writing anything', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const cases: [object, number, string][] = [
      [{}, 409, 'users.duplicate_username'],
      [{ username: 'other1', mobile: '13800000004' }, 409, 'users.duplicate_mobile'],
      [{ username: 'other2', password: 'password' }, 400, 'auth.password_too_weak'],
      [
        { username: 'other3', role: 'districtAdmin', orgUnitId: await unitId(ctx.database.db, '湖里区') },
        404,
        'orgUnits.not_found',
      ],
      [{ username: 'other4', role: 'streetAdmin' }, 400, 'memberships.role_unit_mismatch'],
      [{ username: 'other5', role: 'socialWorker' }, 400, 'memberships.provider_required'],
      [
        { username: 'other6', orgUnitId: await unitId(ctx.database.db, '禾山社区') },
        404,
        'orgUnits.not_found',
      ],
    ];
    for (const [over, status, code] of cases) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin,
        payload: newUser(over),
      });
      expect([res.statusCode, res.json().code], JSON.stringify(over)).toEqual([status, code]);
    }
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('does not let a street admin grant district admin', async () => {
    const jiangtou = await unitId(ctx.database.db, '江头街道');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: newUser({ username: 'sneaky', mobile: undefined, role: 'districtAdmin', orgUnitId: jiangtou }),
    });
    expect(res.json().code).toBe('memberships.role_not_grantable');
  });

  it('adds and removes memberships, but never the last one', async () => {
    const list = await ctx.request({ method: 'GET', url: '/api/v1/users?q=yuanshan.grid1', headers: admin });
    const user = list.json().items[0];
    const jinshang = await unitId(ctx.database.db, '金尚社区');
    const added = await ctx.request({
      method: 'POST',
      url: '/api/v1/memberships',
      headers: admin,
      payload: { userId: user.id, orgUnitId: jinshang, role: 'volunteer' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().memberships).toHaveLength(2);
    const again = await ctx.request({
      method: 'POST',
      url: '/api/v1/memberships',
      headers: admin,
      payload: { userId: user.id, orgUnitId: jinshang, role: 'volunteer' },
    });
    expect(again.json().code).toBe('memberships.duplicate');
    const [first, second] = added.json().memberships;
    expect(
      (await ctx.request({ method: 'DELETE', url: `/api/v1/memberships/${second.id}`, headers: admin }))
        .statusCode,
    ).toBe(204);
    const last = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/memberships/${first.id}`,
      headers: admin,
    });
    expect(last.json().code).toBe('memberships.last_membership');
  });

  it('pages, searches and filters by role', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/users?role=socialWorker&pageSize=1',
      headers: admin,
    });
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.items[0].memberships[0].providerName).toBeTruthy();
    const byMobileTail = await ctx.request({ method: 'GET', url: '/api/v1/users?q=0004', headers: admin });
    expect(byMobileTail.json().items.map((u: { username: string }) => u.username)).toEqual([
      'yuanshan.staff',
    ]);
  });

  it("refuses to change a user who also serves outside the admin's scope", async () => {
    const huli = await ctx.signIn('huli.admin');
    const list = await ctx.request({ method: 'GET', url: '/api/v1/users?q=jinshang.staff', headers: huli });
    const user = list.json().items[0];
    const heshanStreet = await unitId(ctx.database.db, '禾山社区');
    await ctx.request({
      method: 'POST',
      url: '/api/v1/memberships',
      headers: huli,
      payload: { userId: user.id, orgUnitId: heshanStreet, role: 'volunteer' },
    });
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { name: '改名' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('users.outside_scope');
  });
});
