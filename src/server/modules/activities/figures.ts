import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ServiceFigures, serviceFiguresQuery } from '../../../core/activities/contract';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import { caseAndVisitCounts } from '../cases/service';
import { getOrgUnitInScope } from '../org-units/service';
import { getVisibleProject } from '../projects/service';

type FiguresQuery = z.infer<typeof serviceFiguresQuery>;

/**
 * Service figures of a unit and everything below it for sessions that started in [from, to]
 * (Asia/Shanghai dates), from the records: one person at one session counts once; guests by number.
 * With a project, only that project's activities in the unit count.
 */
export async function serviceFigures(db: Db, actor: Actor, query: FiguresQuery): Promise<ServiceFigures> {
  const unit = await getOrgUnitInScope(db, actor, query.orgUnitId ?? actor.membership.orgUnitId);
  const project = query.projectId ? await getVisibleProject(db, actor, query.projectId) : null;
  const sessions = sql`select s.id, s.guest_count, a.id activity_id, a.kind, a.brands
    from activity_sessions s join activities a on a.id = s.activity_id
    where (a.org_path = ${unit.path} or a.org_path like ${`${unit.path}.%`})
      and a.status in ('published', 'finished')
      and s.starts_at >= (${query.from}::date)::timestamp at time zone 'Asia/Shanghai'
      and s.starts_at < (${query.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'
      and s.starts_at <= now()
      ${query.brand ? sql`and a.brands @> array[${query.brand}]::text[]` : sql``}
      ${query.targetGroup ? sql`and a.target_groups @> array[${query.targetGroup}]::text[]` : sql``}
      ${project ? sql`and a.project_id = ${project.id}` : sql``}`;
  const [totals] = await queryRows<
    Omit<
      ServiceFigures,
      'orgUnitId' | 'from' | 'to' | 'project' | 'byBrand' | 'casesOpened' | 'casesClosed' | 'visitsMade'
    >
  >(
    db,
    sql`with held as (${sessions})
      select
        (select count(distinct activity_id) from held where kind = 'event')::int as "activitiesHeld",
        (select count(distinct activity_id) from held where kind = 'group')::int as "groups",
        (select count(*) from held where kind = 'group')::int as "groupSessions",
        (select count(distinct t.resident_id) from attendances t join held h on h.id = t.session_id)::int as "distinctPeopleServed",
        ((select count(*) from attendances t join held h on h.id = t.session_id)
          + (select coalesce(sum(guest_count), 0) from held))::int as "personTimes",
        (select coalesce(sum(guest_count), 0) from held)::int as "guests"`,
  );
  const byBrand = await queryRows<{ brand: string; activities: number; personTimes: number }>(
    db,
    sql`with held as (${sessions}), branded as (select h.*, unnest(h.brands) brand from held h)
      select brand, count(distinct activity_id)::int as activities,
        (sum(guest_count) + sum((select count(*) from attendances t where t.session_id = branded.id)))::int as "personTimes"
      from branded group by brand order by brand`,
  );
  // Cases and visits carry no project yet: a project's figures leave them out rather than guess.
  const casework = project ? null : await caseAndVisitCounts(db, unit.path, query.from, query.to);
  return {
    orgUnitId: unit.id,
    from: query.from,
    to: query.to,
    project: project ? { id: project.id, name: project.name } : null,
    ...totals,
    casesOpened: casework?.opened ?? null,
    casesClosed: casework?.closed ?? null,
    visitsMade: casework?.visits ?? null,
    byBrand,
  };
}
