import { type SQL, sql } from 'drizzle-orm';
import type { ServiceTargetGroup, UnitFigureRow } from '../../../core/activities/contract';
import { type Db, queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';

/** What narrows the sessions counted: the unit (and below), the period and the optional filters. */
export type HeldFilter = {
  unitPath: string;
  from: string;
  to: string;
  brand?: string;
  targetGroup?: ServiceTargetGroup;
  projectId?: string;
};

/** Sessions of published or finished activities that have started, in [from, to] (Asia/Shanghai dates). */
const heldSessions = (f: HeldFilter) => sql`select s.id, s.guest_count, a.id activity_id, a.kind,
    a.brands, a.target_groups, a.org_path
  from activity_sessions s join activities a on a.id = s.activity_id
  where ${underPathSql(sql`a.org_path`, f.unitPath)}
    and a.status in ('published', 'finished')
    and s.starts_at >= (${f.from}::date)::timestamp at time zone 'Asia/Shanghai'
    and s.starts_at < (${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'
    and s.starts_at <= now()
    ${f.brand ? sql`and a.brands @> array[${f.brand}]::text[]` : sql``}
    ${f.targetGroup ? sql`and a.target_groups @> array[${f.targetGroup}]::text[]` : sql``}
    ${f.projectId ? sql`and a.project_id = ${f.projectId}` : sql``}`;

/**
 * The activity figures of the sessions in `held` (a CTE name) that `where` keeps, from two passes:
 * the sessions, and their attendance (one person at one session counts once; guests by number).
 */
const activityFigures = (where: SQL) => sql`
  s."activitiesHeld", s.groups, s."groupSessions", p.people as "distinctPeopleServed",
  (p.attended + s.guests)::int as "personTimes", s.guests
  from (select count(distinct activity_id) filter (where kind = 'event')::int as "activitiesHeld",
      count(distinct activity_id) filter (where kind = 'group')::int as groups,
      count(*) filter (where kind = 'group')::int as "groupSessions",
      coalesce(sum(guest_count), 0)::int as guests
    from held h where ${where}) s,
  (select count(distinct t.resident_id)::int as people, count(*)::int as attended
    from attendances t join held h on h.id = t.session_id where ${where}) p`;

export type ActivityTotals = Omit<
  UnitFigureRow,
  'orgUnitId' | 'name' | 'casesOpened' | 'casesClosed' | 'visitsMade'
>;
export type UnitActivityFigures = ActivityTotals & { orgUnitId: string; name: string };

export async function activityTotals(db: Db, f: HeldFilter): Promise<ActivityTotals> {
  const [row] = await queryRows<ActivityTotals>(
    db,
    sql`with held as (${heldSessions(f)}) select ${activityFigures(sql`true`)}`,
  );
  return row;
}

/** The same figures for each unit directly below the unit, in the order of their codes. */
export async function activityFiguresByUnit(
  db: Db,
  unitId: string,
  f: HeldFilter,
): Promise<UnitActivityFigures[]> {
  return queryRows<UnitActivityFigures>(
    db,
    sql`with held as (${heldSessions(f)})
      select u.id as "orgUnitId", u.name, f.*
      from org_units u cross join lateral (select ${activityFigures(underPathSql(sql`h.org_path`, sql`u.path`))}) f
      where u.parent_id = ${unitId} order by u.code`,
  );
}

export type TagFigureRow = { key: string; activities: number; personTimes: number };

/** Activities and person-times for each value of a text[] column (brands, target groups). */
export async function activityFiguresByTag(
  db: Db,
  f: HeldFilter,
  column: 'brands' | 'target_groups',
): Promise<TagFigureRow[]> {
  return queryRows<TagFigureRow>(
    db,
    sql`with held as (${heldSessions(f)}),
        counted as (select h.*, (select count(*) from attendances t where t.session_id = h.id) attended
          from held h),
        tagged as (select c.*, unnest(${sql.raw(`c.${column}`)}) tag from counted c)
      select tag as key, count(distinct activity_id)::int as activities,
        (sum(guest_count) + sum(attended))::int as "personTimes"
      from tagged group by tag order by "personTimes" desc, tag`,
  );
}
