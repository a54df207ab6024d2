import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseSummary, caseListQuery, ResidentCaseEntry } from '../../../core/cases/contract';
import { hasPermission } from '../../http/actor';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNames } from '../org-units/service';
import { projectNames } from '../projects/service';
import { getResidentRef, residentNameContains, residentNames } from '../residents/service';
import { type SupervisorCandidate, supervisorCandidates } from '../users/service';
import { maySeeWhole, wholeToActor } from './access';
import { awaitingStep } from './awaiting';
import { cases } from './schema';

type ListQuery = z.infer<typeof caseListQuery> & PageQuery;

// A correlated sub-select names the outer table itself: drizzle prints bare column names in fields.
const lastRecordOn = sql<
  string | null
>`(select max(r.recorded_on)::text from case_records r where r.case_id = cases.id)`;

/**
 * Cases of the unit and below, open ones first. A case the caller may not see whole is listed without
 * its client; searching by name looks only among cases the caller may see whole, so a hidden client's
 * name cannot be probed letter by letter.
 */
export async function listCases(ctx: ServiceContext, query: ListQuery) {
  const { db, actor } = ctx;
  const filters = and(
    inScope(actor, cases.orgPath),
    query.stage ? eq(cases.stage, query.stage) : undefined,
    query.projectId ? eq(cases.projectId, query.projectId) : undefined,
    query.mine
      ? or(eq(cases.workerUserId, actor.userId), eq(cases.supervisorUserId, actor.userId))
      : undefined,
    query.q ? and(wholeToActor(actor), residentNameContains(cases.residentId, query.q)) : undefined,
    query.waiting ? awaitingStep(actor, ctx.clock.today()) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: cases.id,
        orgUnitId: cases.orgUnitId,
        residentId: cases.residentId,
        workerUserId: cases.workerUserId,
        supervisorUserId: cases.supervisorUserId,
        workerName: cases.workerName,
        supervisorName: cases.supervisorName,
        stage: cases.stage,
        openedOn: cases.openedOn,
        closedOn: cases.closedOn,
        projectId: cases.projectId,
        lastRecordOn,
      })
      .from(cases)
      .where(filters)
      .orderBy(sql`${cases.stage} = 'closed'`, desc(cases.openedOn), desc(cases.createdAt))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(cases).where(filters),
  ]);
  const whole = rows.filter((r) => maySeeWhole(actor, r));
  const [names, units, projects] = await Promise.all([
    residentNames(
      ctx,
      whole.map((r) => r.residentId),
    ),
    orgUnitNames(
      ctx,
      rows.map((r) => r.orgUnitId),
    ),
    projectNames(
      ctx,
      rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
    ),
  ]);
  const items: CaseSummary[] = rows.map((r) => {
    const restricted = !maySeeWhole(actor, r);
    return {
      id: r.id,
      stage: r.stage,
      openedOn: r.openedOn,
      closedOn: r.closedOn,
      workerName: r.workerName,
      supervisorName: r.supervisorName,
      orgUnitName: units.get(r.orgUnitId) ?? '',
      lastRecordOn: r.lastRecordOn,
      projectId: r.projectId,
      projectName: r.projectId ? (projects.get(r.projectId) ?? null) : null,
      restricted,
      residentId: restricted ? null : r.residentId,
      clientName: restricted ? null : (names.get(r.residentId) ?? null),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * People the caller may name as a case's supervisor, never the caller. With a client, only those
 * whose unit covers the client's, as opening the case requires.
 */
export async function listSupervisors(
  ctx: ServiceContext,
  residentId?: string,
): Promise<SupervisorCandidate[]> {
  const client = residentId ? await getResidentRef(ctx, residentId) : null;
  const people = await supervisorCandidates(ctx, { coveringPath: client?.orgPath });
  return people.filter((p) => p.userId !== ctx.actor.userId);
}

/** A resident's cases for their services timeline: only those the caller may see whole. */
export async function casesOfResident(ctx: ServiceContext, residentId: string): Promise<ResidentCaseEntry[]> {
  const { actor } = ctx;
  if (!hasPermission(actor, 'cases.read')) return [];
  const rows = await ctx.db
    .select({
      caseId: cases.id,
      stage: cases.stage,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      workerName: cases.workerName,
    })
    .from(cases)
    .where(and(eq(cases.residentId, residentId), inScope(actor, cases.orgPath), wholeToActor(actor)))
    .orderBy(desc(cases.openedOn));
  return rows;
}
