import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('the points demo', () => {
  it('keeps 园山 rule versions, and credits each approved record by the version of its approval', async () => {
    const rules = await queryRows<{ version: number; pointsPerHour: number }>(
      ctx.database.db,
      sql`select r.version, r.points_per_hour "pointsPerHour" from points_rules r
        join org_units u on u.id = r.org_unit_id where u.name = '园山社区' order by r.version`,
    );
    expect(rules.slice(0, 2)).toEqual([
      { version: 1, pointsPerHour: 10 },
      { version: 2, pointsPerHour: 12 },
    ]);
    // Each earning of an approved record is dated at its approval and used the version then in force.
    const wrong = await queryRows<{ id: string }>(
      ctx.database.db,
      sql`select l.id from points_ledger l
        join service_records s on s.id = l.source_id and l.kind = 'earn'
        left join points_rules r on r.id = l.rule_id
        where l.created_at <> s.reviewed_at
          or r.effective_from > s.reviewed_at
          or exists (select 1 from points_rules later where later.org_unit_id = r.org_unit_id
            and later.effective_from > r.effective_from and later.effective_from <= s.reviewed_at)`,
    );
    expect(wrong).toEqual([]);
  });

  it('gives volunteer1 a few hundred points, seen on the phone', async () => {
    const phone = await ctx.signIn('volunteer1');
    const mine = (await ctx.request({ method: 'GET', url: '/api/v1/me/points', headers: phone })).json();
    expect(mine.balance).toBeGreaterThanOrEqual(100);
    expect(mine.items.some((e: { kind: string }) => e.kind === 'earn')).toBe(true);
  });
});
