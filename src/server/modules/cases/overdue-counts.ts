import { sql } from 'drizzle-orm';
import { preparedRows, queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import type { OrgUnitRef } from '../org-units/service';
import { ratedPlans } from './visit-plans';

export type OverdueByGrid = { gridId: string | null; gridName: string | null; count: number };

/**
 * Overdue plans in scope counted per grid, in the community's grid order (people without a grid last):
 * the same rating as the 逾期 list, so a count and the list it opens agree.
 */
export function overdueVisitsByGrid(ctx: ServiceContext): Promise<OverdueByGrid[]> {
  return queryRows<OverdueByGrid>(
    ctx.db,
    sql`select "gridId", "gridName", count(*)::int as count
      from (${ratedPlans(ctx, ctx.clock.today())}) p where status = 'overdue'
      group by "gridId", "gridName", "gridOrder"
      order by "gridOrder" nulls last, "gridName" nulls last`,
  );
}

/**
 * Overdue plans under each of `units` (e.g. a street's communities), by unit id, in one query: prepared,
 * as it runs on every view of a street's or the district's home.
 */
export async function overdueVisitsBelow(
  ctx: ServiceContext,
  units: readonly Pick<OrgUnitRef, 'id' | 'path'>[],
): Promise<Map<string, number>> {
  if (units.length === 0) return new Map();
  const rows = await preparedRows<{ id: string; count: number }>(
    ctx.db,
    sql`with overdue as (select "orgPath" from (${ratedPlans(ctx, ctx.clock.today())}) p
        where status = 'overdue')
      select u.id, (select count(*) from overdue o where ${underPathSql(sql`o."orgPath"`, sql`u.path`)})::int
        as count
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)`,
  );
  return new Map(rows.map((r) => [r.id, r.count]));
}
