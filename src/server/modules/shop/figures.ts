import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { ShopFigures } from '../../../core/shop/contract';
import { fenToYuan } from '../../../core/shop/rules';
import { queryRows } from '../../db/client';
import { inScope, underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNameOf } from '../org-units/service';
import { redemptions, shopItems } from './schema';

/**
 * What the shop handed over between `from` (inclusive) and `to` (exclusive), by the unit that keeps
 * the items: for a community its own row, for a street one row per community (and its own, if it keeps
 * items). A redemption counts when collected; held, cancelled and expired ones moved nothing.
 */
export async function shopFigures(ctx: ServiceContext, from: Date, to: Date): Promise<ShopFigures[]> {
  const rows = await ctx.db
    .select({
      orgUnitId: shopItems.orgUnitId,
      orgUnitName: orgUnitNameOf(shopItems.orgUnitId),
      redemptionsCollected: sql<number>`count(*)::int`,
      pointsRedeemed: sql<number>`coalesce(sum(${redemptions.points}), 0)::int`,
      valueFen: sql<number>`coalesce(sum(${redemptions.quantity} * ${shopItems.valueFen}), 0)::bigint`,
    })
    .from(redemptions)
    .innerJoin(shopItems, eq(shopItems.id, redemptions.itemId))
    .where(
      and(
        inScope(ctx.actor, redemptions.orgPath),
        eq(redemptions.status, 'collected'),
        gte(redemptions.closedAt, from),
        lt(redemptions.closedAt, to),
      ),
    )
    .groupBy(shopItems.orgUnitId)
    .orderBy(shopItems.orgUnitId);
  return rows.map(({ valueFen, ...r }) => ({ ...r, valueRedeemed: fenToYuan(Number(valueFen)) }));
}

export type UnitShopFigures = Omit<ShopFigures, 'orgUnitId' | 'orgUnitName'>;

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
