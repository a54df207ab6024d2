import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestContext, type TestContext } from '../../testing/test-app';

// The demo world every test database starts from holds the volunteers module's part.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('the volunteer service demo', () => {
  it('gives a year of approved hours, one late record and volunteer1 an open correction', async () => {
    const [counts] = await queryRows<{ approved: number; late: number; months: number; open: number }>(
      ctx.database.db,
      sql`select
        (select count(*)::int from service_records where status = 'approved') as approved,
        (select count(*)::int from service_records where late) as late,
        (select count(distinct to_char(service_date, 'YYYY-MM'))::int from service_records) as months,
        (select count(*)::int from service_record_corrections where status = 'open') as open`,
    );
    expect(counts.approved).toBeGreaterThan(40);
    expect(counts.late).toBe(2);
    expect(counts.months).toBeGreaterThanOrEqual(12);
    expect(counts.open).toBe(1);
    const me = await ctx.signIn('volunteer1');
    const own = await ctx.request({ method: 'GET', url: '/api/v1/me/service-records', headers: me });
    expect(own.statusCode).toBe(200);
    expect(own.json().approvedMinutes).toBeGreaterThan(0);
  });
});
