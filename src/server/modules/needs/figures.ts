import { type SQL, sql } from 'drizzle-orm';
import type { NeedCategory } from '../../../core/needs/contract';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** The unit (and below) and the period (Asia/Shanghai days, inclusive). */
export type NeedFiguresFilter = { unitPath: string; from: string; to: string };

/**
 * Needs in a period: raised, accepted, resolved and declined in it (each by the day it happened), and
 * the median whole days from raised to resolved of those resolved in it (null when none were).
 */
export type NeedCounts = {
  raised: number;
  accepted: number;
  resolved: number;
  declined: number;
  medianDaysToResolve: number | null;
};
export type NeedFigures = NeedCounts & { byCategory: ({ category: NeedCategory } & NeedCounts)[] };

const day = (column: string) => sql.raw(`(${column} at time zone 'Asia/Shanghai')::date`);
const inPeriod = (column: string, f: NeedFiguresFilter) =>
  sql`${day(column)} between ${f.from}::date and ${f.to}::date`;

/** The needs under the unit and in the caller's scope, with the day each step of the period happened. */
const needsOf = (ctx: ServiceContext, f: NeedFiguresFilter) => sql`select n.org_path, n.category,
    ${inPeriod('n.raised_at', f)} as raised,
    coalesce(${inPeriod('n.accepted_at', f)}, false) as accepted,
    (n.status = 'resolved' and ${inPeriod('n.resolved_at', f)}) as resolved,
    exists (select 1 from need_events e where e.need_id = n.id and e.kind = 'declined'
      and ${inPeriod('e.at', f)}) as declined,
    ${day('n.resolved_at')} - ${day('n.raised_at')} as days
  from needs n
  where ${underPathSql(sql`n.org_path`, f.unitPath)}
    and ${underPathSql(sql`n.org_path`, ctx.actor.membership.orgPath)}`;

const countsOf = (where: SQL) => sql`
  count(*) filter (where raised)::int as raised,
  count(*) filter (where accepted)::int as accepted,
  count(*) filter (where resolved)::int as resolved,
  count(*) filter (where declined)::int as declined,
  (percentile_cont(0.5) within group (order by days) filter (where resolved))::float8 as "medianDaysToResolve"
  from period_needs p where ${where}`;

/** The unit's figures, with one row per category that saw anything in the period. */
export async function needFigures(ctx: ServiceContext, f: NeedFiguresFilter): Promise<NeedFigures> {
  const [[total], byCategory] = await Promise.all([
    queryRows<NeedCounts>(
      ctx.db,
      sql`with period_needs as (${needsOf(ctx, f)}) select ${countsOf(sql`true`)}`,
    ),
    queryRows<{ category: NeedCategory } & NeedCounts>(
      ctx.db,
      sql`with period_needs as (${needsOf(ctx, f)})
        select p.category, ${countsOf(sql`raised or accepted or resolved or declined`)}
        group by p.category order by raised desc, p.category`,
    ),
  ]);
  return { ...total, byCategory };
}

/** The same counts for each of `units` (the units below the filter's unit), in one pass, by unit id. */
export async function needFiguresByUnit(
  ctx: ServiceContext,
  f: NeedFiguresFilter,
  units: readonly { id: string; path: string }[],
): Promise<Map<string, NeedCounts>> {
  if (units.length === 0) return new Map();
  const rows = await queryRows<NeedCounts & { id: string }>(
    ctx.db,
    sql`with period_needs as (${needsOf(ctx, f)})
      select u.id, c.*
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)
      cross join lateral (select ${countsOf(underPathSql(sql`p.org_path`, sql`u.path`))}) c`,
  );
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}
