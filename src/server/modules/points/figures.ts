import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { PointsFiguresRow } from '../../../core/points/contract';
import { queryRows } from '../../db/client';
import { inScope, underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNameOf } from '../org-units/service';
import { pointsAccounts, pointsLedger } from './schema';

/**
 * Points issued (earnings and commendation bonuses less their reversals and manual adjustments) and
 * redeemed (deducted at hand-over) between `from` (inclusive) and `to` (exclusive), and outstanding
 * (the sum of balances now), by the unit that keeps the accounts: for a community its own row, for a
 * street or the district one row per community.
 */
export async function pointsFigures(ctx: ServiceContext, from: Date, to: Date): Promise<PointsFiguresRow[]> {
  const [moved, outstanding] = await Promise.all([
    ctx.db
      .select({
        orgUnitId: pointsAccounts.orgUnitId,
        issued: sql<number>`coalesce(sum(${pointsLedger.amount}) filter (where ${pointsLedger.kind} <> 'redeem'), 0)::int`,
        redeemed: sql<number>`coalesce(-sum(${pointsLedger.amount}) filter (where ${pointsLedger.kind} = 'redeem'), 0)::int`,
      })
      .from(pointsLedger)
      .innerJoin(pointsAccounts, eq(pointsAccounts.id, pointsLedger.accountId))
      .where(
        and(
          inScope(ctx.actor, pointsLedger.orgPath),
          gte(pointsLedger.createdAt, from),
          lt(pointsLedger.createdAt, to),
        ),
      )
      .groupBy(pointsAccounts.orgUnitId),
    ctx.db
      .select({
        orgUnitId: pointsAccounts.orgUnitId,
        orgUnitName: orgUnitNameOf(pointsAccounts.orgUnitId),
        outstanding: sql<number>`coalesce(sum(${pointsAccounts.balance}), 0)::int`,
      })
      .from(pointsAccounts)
      .where(inScope(ctx.actor, pointsAccounts.orgPath))
      .groupBy(pointsAccounts.orgUnitId)
      .orderBy(pointsAccounts.orgUnitId),
  ]);
  const movedBy = new Map(moved.map((m) => [m.orgUnitId, m]));
  return outstanding.map((unit) => ({
    orgUnitId: unit.orgUnitId,
    orgUnitName: unit.orgUnitName,
    pointsIssued: movedBy.get(unit.orgUnitId)?.issued ?? 0,
    pointsRedeemed: movedBy.get(unit.orgUnitId)?.redeemed ?? 0,
    pointsOutstanding: unit.outstanding,
  }));
}

/** Points issued and redeemed in a period, and the points volunteers hold now, under a unit. */
export type PointsFigures = { pointsIssued: number; pointsRedeemed: number; pointsOutstanding: number };

/**
 * The same figures for each of `units` and everything below each, within the caller's scope, for the
 * volunteering figures page: both movements dated in [from, to] (Asia/Shanghai days).
 */
export async function pointsFiguresByUnit(
  ctx: ServiceContext,
  period: { from: string; to: string },
  units: readonly { id: string; path: string }[],
): Promise<Map<string, PointsFigures>> {
  if (units.length === 0) return new Map();
  const scope = ctx.actor.membership.orgPath;
  const under = (column: string) =>
    sql`${underPathSql(sql.raw(column), sql`u.path`)} and ${underPathSql(sql.raw(column), scope)}`;
  const inPeriod = sql`l.created_at >= (${period.from}::date)::timestamp at time zone 'Asia/Shanghai'
    and l.created_at < (${period.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
  const rows = await queryRows<PointsFigures & { id: string }>(
    ctx.db,
    sql`select u.id,
        coalesce((select sum(l.amount) from points_ledger l
          where ${under('l.org_path')} and l.kind <> 'redeem' and ${inPeriod}), 0)::int as "pointsIssued",
        coalesce((select -sum(l.amount) from points_ledger l
          where ${under('l.org_path')} and l.kind = 'redeem' and ${inPeriod}), 0)::int as "pointsRedeemed",
        coalesce((select sum(a.balance) from points_accounts a where ${under('a.org_path')}), 0)::int
          as "pointsOutstanding"
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)`,
  );
  return new Map(rows.map(({ id, ...figures }) => [id, figures]));
}
