import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** What narrows the suggestions counted: the unit (and below) and the period they came in. */
export type SuggestionFilter = { unitPath: string; from: string; to: string };

/**
 * Suggestions received in the period (Asia/Shanghai dates) and what became of them: replied (at least
 * once), closed, turned into needs, and the median hours from submission to the first reply (null
 * when none was replied).
 */
export type SuggestionFigures = {
  received: number;
  replied: number;
  closed: number;
  turnedIntoNeeds: number;
  medianHoursToReply: number | null;
};

const received = (ctx: ServiceContext, f: SuggestionFilter) => sql`select s.org_path, s.status, s.need_id,
    extract(epoch from (s.replied_at - s.submitted_at)) / 3600.0 as hours
  from suggestions s
  where ${underPathSql(sql`s.org_path`, f.unitPath)}
    and ${underPathSql(sql`s.org_path`, ctx.actor.membership.orgPath)}
    and s.submitted_at >= (${f.from}::date)::timestamp at time zone 'Asia/Shanghai'
    and s.submitted_at < (${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;

const figuresOf = (where: SQL) => sql`
  count(*)::int as received,
  count(hours)::int as replied,
  count(*) filter (where status = 'closed')::int as closed,
  count(need_id)::int as "turnedIntoNeeds",
  round((percentile_cont(0.5) within group (order by hours))::numeric, 1)::float8 as "medianHoursToReply"
  from received r where ${where}`;

/** The unit's own figures, within the caller's scope. */
export async function suggestionFigures(
  ctx: ServiceContext,
  f: SuggestionFilter,
): Promise<SuggestionFigures> {
  const [row] = await queryRows<SuggestionFigures>(
    ctx.db,
    sql`with received as (${received(ctx, f)}) select ${figuresOf(sql`true`)}`,
  );
  return row;
}

/** The same for each of `units` (units below the filter's unit), in one pass, by unit id. */
export async function suggestionFiguresByUnit(
  ctx: ServiceContext,
  f: SuggestionFilter,
  units: readonly { id: string; path: string }[],
): Promise<Map<string, SuggestionFigures>> {
  if (units.length === 0) return new Map();
  const rows = await queryRows<SuggestionFigures & { id: string }>(
    ctx.db,
    sql`with received as (${received(ctx, f)})
      select u.id, f.*
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)
      cross join lateral (select ${figuresOf(underPathSql(sql`r.org_path`, sql`u.path`))}) f`,
  );
  return new Map(rows.map(({ id, ...figures }) => [id, figures]));
}
