import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStatsAsOf } from '../../db/demo-data/residents';
import { unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const statsOf = async (unit: string, headers: Record<string, string>, asOf = demoStatsAsOf) => {
  const id = await unitId(ctx.database.db, unit);
  const res = await ctx.request({
    method: 'GET',
    url: `/api/v1/org-units/${id}/population-stats?asOf=${asOf}`,
    headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('population statistics', () => {
  it('computes 园山 back from its records exactly as seed 000 states (with the true share)', async () => {
    const s = await statsOf('园山社区', await ctx.signIn('yuanshan.staff'));
    expect(s.registered).toBe(5736);
    expect(s.elderly).toEqual({
      age60plus: 1517,
      age60plusShareOfRegistered: 26.4,
      age80plus: 191,
      livesAlone: 130,
      careDependencyPartialOrFull: 64,
      dibao: 14,
      chronicIllness: 699,
    });
    expect(s.child).toMatchObject({ under18: 2306, childInDifficulty: 11, orphan: 1, unattendedChild: 1 });
    expect(s.hardship).toMatchObject({
      tekunOrDibaoHouseholds: 42,
      lowIncomeHouseholds: 3,
      disability: 145,
      disabilityElderly: 78,
    });
    expect(s.paragraph).toContain(
      '户籍人口60周岁及以上老年人1517人（占户籍人口26.4%），其中80岁以上191人、独居老年人130人',
    );
    expect(s.paragraph).toContain('特困及低保家庭42户、低收入家庭3户，残疾人145人（含78名残疾老人）');
  });

  it("reproduces 金尚's children by age band (seed 004)", async () => {
    const s = await statsOf('金尚社区', await ctx.signIn('jinshang.staff'));
    expect(s.child).toMatchObject({
      age0to3: 324,
      age3to6: 540,
      age6to18: 1900,
      dibao: 6,
      orphan: 1,
      disability: 11,
    });
  });

  it('rolls a street up from its communities, and the district from its streets', async () => {
    const admin = await ctx.signIn('huli.admin');
    const units = (
      await ctx.request({ method: 'GET', url: '/api/v1/org-units?kind=community', headers: admin })
    ).json().items;
    const jiangtouCommunities = units.filter((u: { path: string }) => u.path.startsWith('350206.350206004.'));
    let registered = 0;
    let age60plus = 0;
    for (const unit of jiangtouCommunities) {
      const s = await statsOf(unit.name, admin);
      registered += s.registered;
      age60plus += s.elderly.age60plus;
    }
    const street = await statsOf('江头街道', admin);
    expect(street.registered).toBe(registered);
    expect(street.elderly.age60plus).toBe(age60plus);
    const district = await statsOf('湖里区', admin);
    const heshan = await statsOf('禾山街道', admin);
    expect(district.registered).toBe(street.registered + heshan.registered);
  });

  it('moves with the reference date and refuses a bad one', async () => {
    const staff = await ctx.signIn('yuanshan.staff');
    const later = await statsOf('园山社区', staff, '2035-09-30');
    expect(later.elderly.age60plus).toBeGreaterThan(1517);
    const id = await unitId(ctx.database.db, '园山社区');
    const bad = await ctx.request({
      method: 'GET',
      url: `/api/v1/org-units/${id}/population-stats?asOf=2025-13-01`,
      headers: staff,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'asOf', message: '日期格式应为 YYYY-MM-DD' });
  });
});
