import { sql } from 'drizzle-orm';
import { fenToYuan } from '../../../core/shop/rules';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** What the shop handed over under a unit: a redemption counts when collected. */
export type UnitShopFigures = { redemptionsCollected: number; pointsRedeemed: number; valueRedeemed: string };

/**
 * The same figures for each of `units` (a unit and those below it, for the volunteer figures page), by
 * unit id: redemptions collected on the calendar days [from, to] (Asia/Shanghai) under each unit's path,
 * within the caller's scope, in one pass.
 */
export async function shopFiguresByUnit(
  ctx: ServiceContext,
  period: { from: string; to: string },
  units: readonly { id: string; path: string }[],
): Promise<Map<string, UnitShopFigures>> {
  if (units.length === 0) return new Map();
  const rows = await queryRows<{ id: string; collected: number; points: number; value_fen: string }>(
    ctx.db,
    sql`with collected as (
        select r.org_path, r.points, r.quantity * i.value_fen as value_fen
        from redemptions r join shop_items i on i.id = r.item_id
        where r.status = 'collected'
          and ${underPathSql(sql`r.org_path`, ctx.actor.membership.orgPath)}
          and (r.closed_at at time zone 'Asia/Shanghai')::date between ${period.from}::date and ${period.to}::date)
      select u.id, f.*
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)
      cross join lateral (select count(*)::int as collected, coalesce(sum(c.points), 0)::int as points,
        coalesce(sum(c.value_fen), 0)::text as value_fen
        from collected c where ${underPathSql(sql`c.org_path`, sql`u.path`)}) f`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        redemptionsCollected: r.collected,
        pointsRedeemed: r.points,
        valueRedeemed: fenToYuan(Number(r.value_fen)),
      },
    ]),
  );
}
