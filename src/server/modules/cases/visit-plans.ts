import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  dueSoonDays,
  type VisitPlanRow,
  type VisitPlanStatus,
  type visitPlanBulkInput,
  type visitPlanInput,
  type visitPlanListQuery,
  visitPlanStatuses,
} from '../../../core/cases/visits-contract';
import { maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import { queryRows } from '../../db/client';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { projectForWork, projectNameOf } from '../projects/service';
import { getResidentRef, residentLabels, residentsInTargetGroup } from '../residents/service';
import { visitPlans } from './schema';

/** A resident's plan, new or changed; a change keeps the plan's project unless one is named. */
export async function setVisitPlan(ctx: ServiceContext, input: z.infer<typeof visitPlanInput>) {
  await inTransaction(ctx, async (tx) => {
    const person = await getResidentRef(tx, input.residentId);
    const [current] = await tx.db
      .select({ projectId: visitPlans.projectId })
      .from(visitPlans)
      .where(eq(visitPlans.residentId, person.id));
    const currentProjectId = current?.projectId ?? null;
    // Unchanged, the plan keeps its project even if this caller could not name it anew.
    const projectId =
      input.projectId === undefined || input.projectId === currentProjectId
        ? currentProjectId
        : await projectForWork(tx, input.projectId, { unitPath: person.orgPath, currentProjectId });
    await tx.db
      .insert(visitPlans)
      .values({
        orgUnitId: person.orgUnitId,
        orgPath: person.orgPath,
        residentId: person.id,
        intervalDays: input.intervalDays,
        projectId,
      })
      .onConflictDoUpdate({
        target: visitPlans.residentId,
        set: { intervalDays: input.intervalDays, projectId },
      });
    await recordAudit(tx, {
      action: 'visits.plan',
      entity: 'resident',
      entityId: person.id,
      orgUnit: { id: person.orgUnitId, path: person.orgPath },
      detail: { intervalDays: input.intervalDays, projectId },
    });
  });
}

// Parameters per row are few, but a street's whole group can be thousands of people.
const insertChunk = 1000;

/** A plan for everyone in a target group who has none yet; existing plans keep their interval. */
export async function setVisitPlansForGroup(ctx: ServiceContext, input: z.infer<typeof visitPlanBulkInput>) {
  return inTransaction(ctx, async (tx) => {
    const people = await residentsInTargetGroup(tx, input.targetGroup, input.gridId);
    // The project must cover every community the new plans fall in, or none of them is made.
    const paths = new Set(people.length > 0 ? people.map((p) => p.orgPath) : [tx.actor.membership.orgPath]);
    let projectId: string | null = null;
    for (const path of paths) projectId = await projectForWork(tx, input.projectId, { unitPath: path });
    let created = 0;
    for (let i = 0; i < people.length; i += insertChunk) {
      const rows = await tx.db
        .insert(visitPlans)
        .values(
          people.slice(i, i + insertChunk).map((p) => ({
            orgUnitId: p.orgUnitId,
            orgPath: p.orgPath,
            residentId: p.id,
            intervalDays: input.intervalDays,
            projectId,
          })),
        )
        .onConflictDoNothing({ target: visitPlans.residentId })
        .returning({ id: visitPlans.id });
      created += rows.length;
    }
    await recordAudit(tx, {
      action: 'visits.plan_group',
      entity: 'visit_plan',
      detail: { ...input, matched: people.length, created },
    });
    return { matched: people.length, created, skipped: people.length - created };
  });
}

/** Ends a resident's plan: the row goes, the audit log keeps what it was. */
export async function endVisitPlan(ctx: ServiceContext, residentId: string) {
  await inTransaction(ctx, async (tx) => {
    const [plan] = await tx.db
      .delete(visitPlans)
      .where(and(eq(visitPlans.residentId, residentId), inScope(tx.actor, visitPlans.orgPath)))
      .returning();
    if (!plan) throw new AppError('visits.plan_not_found', 404);
    await recordAudit(tx, {
      action: 'visits.plan_end',
      entity: 'resident',
      entityId: residentId,
      orgUnit: { id: plan.orgUnitId, path: plan.orgPath },
      detail: { intervalDays: plan.intervalDays },
    });
  });
}

type PlanSqlRow = {
  residentId: string;
  name: string;
  birthDate: string;
  gridId: string | null;
  gridName: string | null;
  intervalDays: number;
  lastVisitedOn: string | null;
  dueOn: string;
  daysUntilDue: number;
  status: VisitPlanStatus;
  projectId: string | null;
  projectName: string | null;
};

/**
 * Plans in scope of active residents, with the last visit and the due date: the last visit (or, never
 * visited, the day the plan was made) plus the interval. Names and grids come from the registry's labels
 * in the same query, because filtering, paging and ordering by due date need them together.
 */
export function ratedPlans(ctx: ServiceContext, asOf: string): SQL {
  const planDay = sql`(${visitPlans.createdAt} at time zone 'Asia/Shanghai')::date`;
  const due = sql`(coalesce(last.visited_on, ${planDay}) + ${visitPlans.intervalDays})`;
  return sql`select ${visitPlans.residentId} as "residentId", r.name, r."birthDate",
      r."gridId", r."gridName", ${visitPlans.intervalDays} as "intervalDays",
      last.visited_on::text as "lastVisitedOn", ${due}::text as "dueOn",
      (${due} - ${asOf}::date)::int as "daysUntilDue",
      case when ${due} < ${asOf}::date then 'overdue'
        when ${due} <= ${asOf}::date + ${dueSoonDays}::int then 'dueSoon' else 'onTime' end as status,
      r."gridOrder", ${visitPlans.orgPath} as "orgPath", ${visitPlans.projectId} as "projectId",
      ${projectNameOf(ctx, visitPlans.projectId)} as "projectName"
    from ${visitPlans}
    join (${residentLabels(ctx)}) r on r.id = ${visitPlans.residentId} and r.active
    left join lateral (select max(v.visited_on) as visited_on from visits v
      where v.resident_id = ${visitPlans.residentId}) last on true
    where ${inScope(ctx.actor, visitPlans.orgPath)}`;
}

function toPlanRow(r: PlanSqlRow, asOf: string): VisitPlanRow {
  return {
    residentId: r.residentId,
    // Minors' names are masked in every list of people, as in the registry.
    name: ageOn(r.birthDate, asOf) < 18 ? maskName(r.name) : r.name,
    gridId: r.gridId,
    gridName: r.gridName,
    intervalDays: r.intervalDays,
    lastVisitedOn: r.lastVisitedOn,
    dueOn: r.dueOn,
    daysUntilDue: r.daysUntilDue,
    status: r.status,
    projectId: r.projectId,
    projectName: r.projectName,
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listVisitPlans(
  ctx: ServiceContext,
  query: z.infer<typeof visitPlanListQuery> & PageQuery,
) {
  const asOf = ctx.clock.today();
  // The status filter narrows the page, not the totals per status shown beside it.
  const conditions: SQL[] = [sql`true`];
  if (query.gridId) conditions.push(sql`"gridId" = ${query.gridId}`);
  if (query.q) conditions.push(sql`name ilike ${likePattern(query.q)}`);
  const where = sql.join(conditions, sql` and `);
  const [rows, counts] = await Promise.all([
    queryRows<PlanSqlRow>(
      ctx.db,
      sql`select * from (${ratedPlans(ctx, asOf)}) p where ${where}
        ${query.status ? sql`and status = ${query.status}` : sql``}
        order by "dueOn", name, "residentId" limit ${query.pageSize} offset ${offsetOf(query)}`,
    ),
    queryRows<{ status: VisitPlanStatus; n: number }>(
      ctx.db,
      sql`select status, count(*)::int as n from (${ratedPlans(ctx, asOf)}) p where ${where} group by status`,
    ),
  ]);
  const totals = Object.fromEntries(
    visitPlanStatuses.map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0]),
  ) as Record<VisitPlanStatus, number>;
  const total = query.status ? totals[query.status] : totals.onTime + totals.dueSoon + totals.overdue;
  return {
    items: rows.map((r) => toPlanRow(r, asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    totals,
  };
}

/** Every overdue plan in scope, by grid (in the community's grid order), most overdue first. */
export async function overdueVisits(ctx: ServiceContext) {
  const asOf = ctx.clock.today();
  const rows = await queryRows<PlanSqlRow>(
    ctx.db,
    sql`select * from (${ratedPlans(ctx, asOf)}) p where status = 'overdue'
      order by "gridOrder" nulls last, "gridName" nulls last, "daysUntilDue", "residentId"`,
  );
  return { asOf, items: rows.map((r) => toPlanRow(r, asOf)) };
}

/** One resident's plan, or null: the resident must be in scope (404 otherwise). */
export async function planOf(ctx: ServiceContext, residentId: string): Promise<VisitPlanRow | null> {
  const asOf = ctx.clock.today();
  const [row] = await queryRows<PlanSqlRow>(
    ctx.db,
    sql`select * from (${ratedPlans(ctx, asOf)}) p where "residentId" = ${residentId}`,
  );
  return row ? toPlanRow(row, asOf) : null;
}
