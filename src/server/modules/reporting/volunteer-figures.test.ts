import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VolunteerFigures } from '../../../core/reporting/volunteer-figures-contract';
import { queryRows } from '../../db/client';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const year = `${new Date().getFullYear()}`;
const period = `from=${year}-01-01&to=${year}-12-31`;

const figures = async (username: string, query: string): Promise<VolunteerFigures> => {
  const res = await ctx.request({
    method: 'GET',
    url: `/api/v1/volunteer-figures?${query}`,
    headers: await ctx.signIn(username),
  });
  expect(res.statusCode).toBe(200);
  return res.json();
};

/** The same figures counted straight from the tables, as an auditor would. */
async function countedFromRecords(path: string) {
  const like = `${path}%`;
  const [row] = await queryRows<{ registered: number; hours: number; serving: number; outstanding: number }>(
    ctx.database.db,
    sql`select
      (select count(*)::int from volunteers where org_path like ${like} and status = 'active') as registered,
      (select round(coalesce(sum(minutes), 0) / 60.0, 1)::float8 from service_records
        where org_path like ${like} and status = 'approved'
          and service_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date) as hours,
      (select count(distinct volunteer_id)::int from service_records
        where org_path like ${like} and status = 'approved'
          and service_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date) as serving,
      (select coalesce(sum(balance), 0)::int from points_accounts where org_path like ${like}) as outstanding`,
  );
  return row;
}

describe('volunteer figures computed from the records', () => {
  it("gives 园山's volunteers, hours and points as the tables hold them", async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const f = await figures('yuanshan.sw', period);
    const counted = await countedFromRecords(yuanshan.path);
    expect(f.orgUnitName).toBe('园山社区');
    expect(f.registered).toBe(counted.registered);
    expect(f.registered).toBeGreaterThan(20);
    expect(f.volunteerHours).toBe(counted.hours);
    expect(f.volunteersServing).toBe(counted.serving);
    expect(f.pointsOutstanding).toBe(counted.outstanding);
    expect(f.pointsIssued).toBeGreaterThan(0);
    // Hours by project add up to the unit's hours (a record belongs to one project or none).
    const byProject = f.byProject.reduce((sum, p) => sum + p.volunteerHours, 0);
    expect(Math.round(byProject * 10) / 10).toBe(f.volunteerHours);
  });

  it("rolls up to the street: each community's row is that community's own figures", async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const street = await figures('jiangtou.admin', period);
    const row = street.byUnit.find((u) => u.orgUnitId === yuanshan.id);
    const own = await figures('jiangtou.admin', `orgUnitId=${yuanshan.id}&${period}`);
    const { orgUnitId: _id, name: _name, ...rowFigures } = row ?? { orgUnitId: '', name: '' };
    const {
      orgUnitId: _o,
      orgUnitName: _n,
      from: _f,
      to: _t,
      byUnit: _b,
      byProject: _p,
      ...ownFigures
    } = own;
    expect(rowFigures).toEqual(ownFigures);
    expect(street.registered).toBeGreaterThanOrEqual(own.registered);
    const jiangtou = await unitOf(ctx.database.db, '江头街道');
    expect(street.pointsOutstanding).toBe((await countedFromRecords(jiangtou.path)).outstanding);
  });

  it('refuses a unit outside the caller and a bad date, in Chinese', async () => {
    const heshan = await unitOf(ctx.database.db, '禾山社区');
    const headers = await ctx.signIn('jiangtou.admin');
    const outside = await ctx.request({
      method: 'GET',
      url: `/api/v1/volunteer-figures?orgUnitId=${heshan.id}&${period}`,
      headers,
    });
    expect(outside.statusCode).toBe(404);
    const bad = await ctx.request({
      method: 'GET',
      url: '/api/v1/volunteer-figures?from=2026-13-01&to=x',
      headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { message: string }) => e.message)).toContain('日期格式应为 YYYY-MM-DD');
    const resident = await ctx.request({
      method: 'GET',
      url: `/api/v1/volunteer-figures?${period}`,
      headers: await ctx.signIn('volunteer1'),
    });
    expect(resident.statusCode).toBe(403);
  });
});
