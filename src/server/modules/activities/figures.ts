import { type SQL, sql } from 'drizzle-orm';
import type { ServiceFigures, ServiceTargetGroup, UnitFigureRow } from '../../../core/activities/contract';
import { mapById, perIdJson, perUnitJson, rowJson } from '../../db/per-unit';
import { batchedRow } from '../../db/row-batch';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** What narrows the sessions counted: the unit (and below), the period and the optional filters. */
export type HeldFilter = {
  unitPath: string;
  from: string;
  to: string;
  brand?: string;
  targetGroup?: ServiceTargetGroup;
  projectId?: string;
};

/**
 * Sessions of published or finished activities in [from, to] (Asia/Shanghai dates), under the unit and
 * within the caller's scope, that have started (`held`) or are yet to start (`upcoming`).
 */
const periodSessions = (ctx: ServiceContext, f: HeldFilter, when: 'held' | 'upcoming') => sql`select s.id,
    s.starts_at, s.guest_count, s.attended_count, a.id activity_id, a.kind, a.brands, a.target_groups,
    a.org_path, a.project_id
  from activity_sessions s join activities a on a.id = s.activity_id
  where ${underPathSql(sql`a.org_path`, f.unitPath)}
    and ${underPathSql(sql`a.org_path`, ctx.actor.membership.orgPath)}
    and a.status in ('published', 'finished')
    and s.starts_at >= (${f.from}::date)::timestamp at time zone 'Asia/Shanghai'
    and s.starts_at < (${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'
    and s.starts_at ${sql.raw(when === 'held' ? '<=' : '>')} ${ctx.clock.now().toISOString()}::timestamptz
    ${f.brand ? sql`and a.brands @> array[${f.brand}]::text[]` : sql``}
    ${f.targetGroup ? sql`and a.target_groups @> array[${f.targetGroup}]::text[]` : sql``}
    ${f.projectId ? sql`and a.project_id = ${f.projectId}` : sql``}`;

/**
 * The activity figures of the sessions in `held` (a CTE name) that `where` keeps, from two passes:
 * the sessions with their attendance counts (one person at one session counts once; guests by number),
 * and the distinct people among their attendances.
 */
const figuresOfHeld = (where: SQL) => sql`
  s."activitiesHeld", s.groups, s."groupSessions", p.people as "distinctPeopleServed",
  (s.attended + s.guests)::int as "personTimes", s.guests
  from (select count(distinct activity_id) filter (where kind = 'event')::int as "activitiesHeld",
      count(distinct activity_id) filter (where kind = 'group')::int as groups,
      count(*) filter (where kind = 'group')::int as "groupSessions",
      coalesce(sum(guest_count), 0)::int as guests,
      coalesce(sum(attended_count), 0)::int as attended
    from held h where ${where}) s,
  (select count(distinct t.resident_id)::int as people
    from attendances t join held h on h.id = t.session_id where ${where}) p`;

export type ActivityFigures = Omit<
  UnitFigureRow,
  'orgUnitId' | 'name' | 'casesOpened' | 'casesClosed' | 'visitsMade'
>;

/**
 * The unit's figures broken down: by unit below it and by project (by id), by brand and by target
 * group; and when the next session of the period starts, the moment these figures stop being current
 * without any write (null when none is planned).
 */
export type ActivityFigureSet = {
  nextSessionAt: string | null;
  totals: ActivityFigures;
  byUnit: Map<string, ActivityFigures>;
  byProject: Map<string, ActivityFigures>;
  byBrand: ServiceFigures['byBrand'];
  byTargetGroup: ServiceFigures['byTargetGroup'];
};

type TagFigures = { key: string; activities: number; personTimes: number };

/** Activities and person-times for each value of a text[] column of `held`, most person-times first. */
const figuresByTag = (column: 'brands' | 'target_groups') => sql`(select
    coalesce(json_agg(t order by t."personTimes" desc, t.key), '[]'::json)
  from (select tag as key, count(distinct activity_id)::int as activities,
      (sum(guest_count) + sum(attended_count))::int as "personTimes"
    from (select h.*, unnest(${sql.raw(`h.${column}`)}) tag from held h) tagged group by tag) t)`;

/**
 * The unit's figures with their breakdowns — by each of `units` (units below the filter's unit), by
 * each of `projects` (the unit's work under it), by brand (an activity counts under each of its
 * brands) and by target group — in one statement over one reading of the held sessions. One person at
 * one session counts once, guests by number; a total is the unit's own figure, never a sum of its rows.
 */
export async function activityFigureSet(
  ctx: ServiceContext,
  f: HeldFilter,
  units: readonly { id: string; path: string }[],
  projects: readonly string[] = [],
): Promise<ActivityFigureSet> {
  const row = await batchedRow<{
    totals: ActivityFigures;
    units: Record<string, ActivityFigures> | null;
    projects: Record<string, ActivityFigures> | null;
    brands: TagFigures[];
    groups: TagFigures[];
    next: string | null;
  }>(
    ctx.db,
    sql`with held as (${periodSessions(ctx, f, 'held')})
      select ${rowJson(figuresOfHeld(sql`true`))} as totals,
        (select min(starts_at) from (${periodSessions(ctx, f, 'upcoming')}) upcoming) as next,
        ${perUnitJson(units, (path) => figuresOfHeld(underPathSql(sql`h.org_path`, path)))} as units,
        ${perIdJson(projects, (id) => figuresOfHeld(sql`h.project_id = ${id}`))} as projects,
        ${figuresByTag('brands')} as brands, ${figuresByTag('target_groups')} as groups`,
  );
  return {
    nextSessionAt: row.next,
    totals: row.totals,
    byUnit: mapById(row.units),
    byProject: mapById(row.projects),
    byBrand: row.brands.map(({ key, ...figures }) => ({ brand: key, ...figures })),
    byTargetGroup: row.groups.map(({ key, ...figures }) => ({
      targetGroup: key as ServiceTargetGroup,
      ...figures,
    })),
  };
}
