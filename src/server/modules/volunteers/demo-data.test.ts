import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app';

// The demo world every test database starts from holds the volunteers module's part.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type Node = { name: string; memberCount: number; leaders: unknown[]; children: Node[] };

describe('the volunteers demo world', () => {
  it('gives 园山 a 社区总支 with a branch per compound, and ~30 volunteers of every source', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    const tree = (await ctx.request({ method: 'GET', url: '/api/v1/volunteer-teams', headers: staff })).json()
      .items as Node[];
    const root = tree.find((t) => t.name === '园山社区志愿服务总队');
    expect(root?.children.length).toBeGreaterThanOrEqual(18);
    expect(root?.leaders.length).toBeGreaterThan(0);
    expect(root?.children.some((c) => c.memberCount > 0)).toBe(true);
    const list = (
      await ctx.request({ method: 'GET', url: '/api/v1/volunteers?pageSize=200', headers: staff })
    ).json();
    const items = list.items as {
      status: string;
      role: string;
      affiliation: string;
      dualRegistered: boolean;
    }[];
    const active = items.filter((v) => v.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(30);
    expect(active.filter((v) => v.role === 'backbone').length).toBeGreaterThanOrEqual(6);
    expect(new Set(active.map((v) => v.affiliation))).toEqual(
      new Set(['resident', 'ownersCommittee', 'propertyManager', 'partyMember', 'business']),
    );
    expect(active.some((v) => v.dualRegistered)).toBe(true);
    expect(items.filter((v) => v.status === 'applied')).toHaveLength(1);
    expect(items.filter((v) => v.status === 'rejected')).toHaveLength(1);
  });

  it('shows the training chain and the phone records of volunteer1 and jinshang.volunteer', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const chain = (
      await ctx.request({ method: 'GET', url: '/api/v1/volunteer-trainings/chain', headers: sw })
    ).json();
    expect(chain.items).toHaveLength(4);
    expect(chain.items[0].backbones.length).toBeGreaterThanOrEqual(6);
    expect(
      chain.items[0].backbones.every((b: { ledTrainings: unknown[] }) => b.ledTrainings.length > 0),
    ).toBe(true);
    for (const username of ['volunteer1', 'jinshang.volunteer']) {
      const headers = await ctx.signIn(username);
      const mine = await ctx.request({ method: 'GET', url: '/api/v1/me/volunteer', headers });
      expect(mine.statusCode).toBe(200);
      expect(mine.json().status).toBe('active');
      expect(mine.json().teams.length).toBeGreaterThan(0);
    }
  });
});
