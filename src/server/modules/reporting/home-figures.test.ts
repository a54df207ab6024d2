import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeFigures } from '../../../core/reporting/home-figures-contract';
import { queryRows } from '../../db/client';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type Headers = Record<string, string>;
const get = async <T>(url: string, headers: Headers): Promise<T> => {
  const res = await ctx.request({ method: 'GET', url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const homeFigures = (headers: Headers) => get<HomeFigures>('/api/v1/home/figures', headers);
type Figures = { personTimes: number; distinctPeopleServed: number; activitiesHeld: number };
type UnitFigures = Figures & { orgUnitId: string };
const serviceFigures = (query: string, headers: Headers) =>
  get<Figures & { byUnit: UnitFigures[] }>(`/api/v1/service-figures?${query}`, headers);

describe('the figures card on the home of a street and the district', () => {
  it('gives a street this year’s figures per community, as the service figures count them', async () => {
    const admin = await ctx.signIn('jiangtou.admin');
    const home = await homeFigures(admin);
    const year = home.from.slice(0, 4);
    expect(home).toMatchObject({ orgUnitName: '江头街道', from: `${year}-01-01`, to: `${year}-12-31` });
    const figures = await serviceFigures(`from=${home.from}&to=${home.to}`, admin);
    expect(home.personTimes).toBe(figures.personTimes);
    expect(home.distinctPeopleServed).toBe(figures.distinctPeopleServed);
    expect(home.units.map((u) => u.orgUnitId)).toEqual(figures.byUnit.map((u) => u.orgUnitId));
    for (const unit of home.units) {
      const row = figures.byUnit.find((u) => u.orgUnitId === unit.orgUnitId);
      expect(unit.personTimes, unit.name).toBe(row?.personTimes);
      expect(unit.distinctPeopleServed, unit.name).toBe(row?.distinctPeopleServed);
    }
    expect(home.units.some((u) => u.personTimes > 0)).toBe(true);
  });

  it('counts overdue visits per community as the community’s own 逾期 list has them', async () => {
    const admin = await ctx.signIn('jiangtou.admin');
    const home = await homeFigures(admin);
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const overdue = await get<{ items: unknown[] }>(
      '/api/v1/visits/overdue',
      await ctx.signIn('yuanshan.sw'),
    );
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(home.units.find((u) => u.orgUnitId === yuanshan.id)?.overdueVisits).toBe(overdue.items.length);
    expect(home.overdueVisits).toBe(home.units.reduce((sum, u) => sum + u.overdueVisits, 0));
  });

  it('lists the running projects in scope with their figures for the year', async () => {
    const admin = await ctx.signIn('jiangtou.admin');
    const home = await homeFigures(admin);
    const jiangtou = await unitOf(ctx.database.db, '江头街道');
    const running = await queryRows<{ id: string }>(
      ctx.database.db,
      sql`select id from projects where status = 'active' and org_path like ${`${jiangtou.path}%`}`,
    );
    expect(home.projects.map((p) => p.id).sort()).toEqual(running.map((p) => p.id).sort());
    for (const project of home.projects) {
      const f = await serviceFigures(`from=${home.from}&to=${home.to}&projectId=${project.id}`, admin);
      expect(project).toMatchObject({
        activitiesHeld: f.activitiesHeld,
        personTimes: f.personTimes,
        distinctPeopleServed: f.distinctPeopleServed,
      });
    }
  });

  it('keeps another street’s communities, overdue visits and projects out', async () => {
    const home = await homeFigures(await ctx.signIn('heshan.admin'));
    expect(home.orgUnitName).toBe('禾山街道');
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    expect(home.units.map((u) => u.orgUnitId)).not.toContain(yuanshan.id);
    expect(home.overdueVisits).toBe(0);
    expect(home.projects).toEqual([]);
  });

  it('gives the district one row per street, the street’s overdue visits included', async () => {
    const district = await homeFigures(await ctx.signIn('huli.admin'));
    const street = await homeFigures(await ctx.signIn('jiangtou.admin'));
    const jiangtou = district.units.find((u) => u.orgUnitId === street.orgUnitId);
    expect(jiangtou).toMatchObject({
      personTimes: street.personTimes,
      distinctPeopleServed: street.distinctPeopleServed,
      overdueVisits: street.overdueVisits,
    });
  });

  it('refuses a resident and a volunteer in Chinese', async () => {
    for (const user of ['resident1', 'volunteer1']) {
      const res = await ctx.request({
        method: 'GET',
        url: '/api/v1/home/figures',
        headers: await ctx.signIn(user),
      });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().title).toMatch(/权限/);
    }
  });
});
