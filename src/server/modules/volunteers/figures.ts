import { type SQL, sql } from 'drizzle-orm';
import { preparedRows } from '../../db/client';
import { mapById, perUnitJson, rowJson } from '../../db/per-unit';
import { batchedRow } from '../../db/row-batch';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { activityIdsOfProject, projectIdOfActivity } from '../activities/service';

/** What narrows the service counted: the unit (and below), the period, and optionally one project. */
export type ServiceRecordFilter = { unitPath: string; from: string; to: string; projectId?: string };

/** Approved volunteer service in the period: hours (one decimal) and the volunteers who gave it. */
export type VolunteerServiceFigures = { volunteerHours: number; volunteersServing: number };

/**
 * Approved service records dated in [from, to] under the unit and within the caller's scope. With a
 * project, only service at that project's activities counts (hours outside an activity belong to none).
 */
const approvedRecords = (ctx: ServiceContext, f: ServiceRecordFilter) => sql`select r.volunteer_id,
    r.minutes, r.org_path, ${projectIdOfActivity(sql`r.activity_id`)} as project_id
  from service_records r
  where r.status = 'approved'
    and ${underPathSql(sql`r.org_path`, f.unitPath)}
    and ${underPathSql(sql`r.org_path`, ctx.actor.membership.orgPath)}
    and r.service_date between ${f.from}::date and ${f.to}::date
    ${f.projectId ? sql`and r.activity_id in (${activityIdsOfProject(f.projectId)})` : sql``}`;

const figuresOf = (where: SQL) => sql`
  round(coalesce(sum(minutes), 0) / 60.0, 1)::float8 as "volunteerHours",
  count(distinct volunteer_id)::int as "volunteersServing"
  from approved a where ${where}`;

/**
 * The unit's own figures (a volunteer serving in two communities is one volunteer), and the same for
 * each of `units` (units below the filter's unit) by unit id, in one statement.
 */
export async function volunteerServiceFigures(
  ctx: ServiceContext,
  f: ServiceRecordFilter,
  units: readonly { id: string; path: string }[],
): Promise<{ totals: VolunteerServiceFigures; byUnit: Map<string, VolunteerServiceFigures> }> {
  const row = await batchedRow<{
    totals: VolunteerServiceFigures;
    units: Record<string, VolunteerServiceFigures> | null;
  }>(
    ctx.db,
    sql`with approved as (${approvedRecords(ctx, f)})
      select ${rowJson(figuresOf(sql`true`))} as totals,
        ${perUnitJson(units, (path) => figuresOf(underPathSql(sql`a.org_path`, path)))} as units`,
  );
  return { totals: row.totals, byUnit: mapById(row.units) };
}

/** The figures of each of `units` alone, by unit id. */
export async function volunteerServiceFiguresByUnit(
  ctx: ServiceContext,
  f: ServiceRecordFilter,
  units: readonly { id: string; path: string }[],
): Promise<Map<string, VolunteerServiceFigures>> {
  return (await volunteerServiceFigures(ctx, f, units)).byUnit;
}

/** 注册志愿者 (active now), 待审核 applications, and those who have left, under a unit. */
export type VolunteerCounts = { registered: number; applied: number; left: number };

const countsOf = sql`count(*) filter (where v.status = 'active')::int as registered,
  count(*) filter (where v.status = 'applied')::int as applied,
  count(*) filter (where v.status = 'left')::int as "left"`;

/** Volunteer counts of each of `units` (and everything below each), within the caller's scope. */
export async function volunteerCountsByUnit(
  ctx: ServiceContext,
  units: readonly { id: string; path: string }[],
): Promise<Map<string, VolunteerCounts>> {
  if (units.length === 0) return new Map();
  const rows = await preparedRows<VolunteerCounts & { id: string }>(
    ctx.db,
    sql`select u.id, c.*
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)
      cross join lateral (select ${countsOf} from volunteers v
        where ${underPathSql(sql`v.org_path`, sql`u.path`)}
          and ${underPathSql(sql`v.org_path`, ctx.actor.membership.orgPath)}) c`,
  );
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

/** Approved hours in the period per project of the activity served at; null for service outside one. */
export async function volunteerHoursByProject(
  ctx: ServiceContext,
  f: ServiceRecordFilter,
): Promise<{ projectId: string | null; volunteerHours: number; volunteersServing: number }[]> {
  return preparedRows(
    ctx.db,
    sql`with approved as (${approvedRecords(ctx, f)})
      select a.project_id as "projectId", ${figuresOf(sql`true`)}
      group by a.project_id order by "volunteerHours" desc`,
  );
}
