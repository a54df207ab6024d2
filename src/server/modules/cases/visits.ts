import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  followUpInput,
  VisitRow,
  visitInput,
  visitListQuery,
} from '../../../core/cases/visits-contract';
import { maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { queryRows } from '../../db/client';
import { type Actor, hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { projectForWork, projectNameOf } from '../projects/service';
import { getResidentRef, type ResidentRef, residentLabels } from '../residents/service';
import { visitPlans, visits } from './schema';
import { planOf } from './visit-plans';

function notInFuture(ctx: ServiceContext, date: string, path: string) {
  if (date > ctx.clock.today())
    throw new AppError('visits.future_date', 400, [{ path, message: '日期不能晚于今天' }]);
}

/**
 * The project a new visit counts under: the one named (checked by the projects rule), or else the
 * project of the resident's plan at this moment — when the caller may still name it (it is running
 * and theirs to use); otherwise none rather than a refusal of a visit nobody asked to attach.
 */
async function projectForVisit(
  tx: ServiceContext,
  named: string | null | undefined,
  person: ResidentRef,
): Promise<string | null> {
  const work = { unitPath: person.orgPath };
  if (named !== undefined) return projectForWork(tx, named, work);
  const [plan] = await tx.db
    .select({ projectId: visitPlans.projectId })
    .from(visitPlans)
    .where(eq(visitPlans.residentId, person.id));
  return projectForWork(tx, plan?.projectId, work).catch((error: unknown) => {
    if (error instanceof AppError && error.code.startsWith('projects.link_')) return null;
    throw error;
  });
}

export async function recordVisit(ctx: ServiceContext, input: z.infer<typeof visitInput>) {
  return inTransaction(ctx, async (tx) => {
    const person = await getResidentRef(tx, input.residentId);
    notInFuture(tx, input.visitedOn, 'visitedOn');
    const projectId = await projectForVisit(tx, input.projectId, person);
    const [row] = await tx.db
      .insert(visits)
      .values({
        orgUnitId: person.orgUnitId,
        orgPath: person.orgPath,
        residentId: person.id,
        visitedOn: input.visitedOn,
        visitorName: tx.actor.name,
        findingsEnc: tx.crypto.encrypt(input.findings),
        followUpNeeded: input.followUpNeeded,
        projectId,
      })
      .returning({ id: visits.id });
    await recordAudit(tx, {
      action: 'visits.record',
      entity: 'visit',
      entityId: row.id,
      orgUnit: { id: person.orgUnitId, path: person.orgPath },
      detail: projectId ? { projectId } : undefined,
    });
    return { id: row.id };
  });
}

/** Marks the follow-up a visit asked for as done, once, on a day between the visit and today. */
export async function markFollowUpDone(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof followUpInput>,
) {
  await inTransaction(ctx, async (tx) => {
    const visit = await findInScopeOrThrow(
      tx.db,
      {
        table: visits,
        columns: {
          orgUnitId: visits.orgUnitId,
          orgPath: visits.orgPath,
          visitedOn: visits.visitedOn,
          followUpNeeded: visits.followUpNeeded,
          followUpDoneOn: visits.followUpDoneOn,
        },
        id,
        scope: inScope(tx.actor, visits.orgPath),
      },
      'visits.not_found',
    );
    if (!visit.followUpNeeded) throw new AppError('visits.no_follow_up', 409);
    if (visit.followUpDoneOn) throw new AppError('visits.follow_up_done', 409);
    notInFuture(tx, input.doneOn, 'doneOn');
    if (input.doneOn < visit.visitedOn)
      throw new AppError('visits.follow_up_before_visit', 400, [
        { path: 'doneOn', message: '跟进日期不能早于探访日期' },
      ]);
    // Guarded on the follow-up still pending: of two people marking it at once, one succeeds.
    const marked = await tx.db
      .update(visits)
      .set({
        followUpDoneOn: input.doneOn,
        followUpDoneBy: tx.actor.name,
        followUpNoteEnc: input.note ? tx.crypto.encrypt(input.note) : null,
      })
      .where(and(eq(visits.id, id), isNull(visits.followUpDoneOn)))
      .returning({ id: visits.id });
    if (marked.length === 0) throw new AppError('visits.follow_up_done', 409);
    await recordAudit(tx, {
      action: 'visits.follow_up',
      entity: 'visit',
      entityId: id,
      orgUnit: { id: visit.orgUnitId, path: visit.orgPath },
      detail: { doneOn: input.doneOn },
    });
  });
}

/** Findings are sensitive: only roles that manage casework read them, and each such read is audited. */
const readsFindings = (actor: Actor) => hasPermission(actor, 'cases.manage');

type VisitSqlRow = {
  id: string;
  residentId: string;
  residentName: string;
  birthDate: string;
  gridName: string | null;
  visitedOn: string;
  visitorName: string;
  findingsEnc: string;
  followUpNeeded: boolean;
  followUpDoneOn: string | null;
  followUpDoneBy: string | null;
  followUpNoteEnc: string | null;
  projectId: string | null;
  projectName: string | null;
};

function toVisitRow(r: VisitSqlRow, crypto: FieldCrypto, withFindings: boolean, asOf: string): VisitRow {
  return {
    id: r.id,
    residentId: r.residentId,
    residentName: ageOn(r.birthDate, asOf) < 18 ? maskName(r.residentName) : r.residentName,
    gridName: r.gridName,
    visitedOn: r.visitedOn,
    visitorName: r.visitorName,
    findings: withFindings ? crypto.decrypt(r.findingsEnc) : null,
    followUpNeeded: r.followUpNeeded,
    followUpDoneOn: r.followUpDoneOn,
    followUpDoneBy: r.followUpDoneBy,
    followUpNote: withFindings && r.followUpNoteEnc ? crypto.decrypt(r.followUpNoteEnc) : null,
    projectId: r.projectId,
    projectName: r.projectName,
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Visits with the resident's name and grid, as the list filters and shows them: the registry's labels
 * join as `r` (residents in the caller's scope, as every visit in scope is of one).
 */
function selectVisits(ctx: ServiceContext, where: SQL, tail: SQL) {
  return sql`select ${visits.id} as id, ${visits.residentId} as "residentId", r.name as "residentName",
      r."birthDate", r."gridName", ${visits.visitedOn}::text as "visitedOn",
      ${visits.visitorName} as "visitorName", ${visits.findingsEnc} as "findingsEnc",
      ${visits.followUpNeeded} as "followUpNeeded", ${visits.followUpDoneOn}::text as "followUpDoneOn",
      ${visits.followUpDoneBy} as "followUpDoneBy", ${visits.followUpNoteEnc} as "followUpNoteEnc",
      ${visits.projectId} as "projectId", ${projectNameOf(ctx, visits.projectId)} as "projectName"
    from ${visits}
    join (${residentLabels(ctx)}) r on r.id = ${visits.residentId}
    where ${where} ${tail}`;
}

function listConditions(actor: Actor, query: z.infer<typeof visitListQuery>): SQL {
  const conditions: SQL[] = [inScope(actor, visits.orgPath)];
  if (query.from) conditions.push(sql`${visits.visitedOn} >= ${query.from}`);
  if (query.to) conditions.push(sql`${visits.visitedOn} <= ${query.to}`);
  if (query.gridId) conditions.push(sql`r."gridId" = ${query.gridId}`);
  if (query.q) conditions.push(sql`r.name ilike ${likePattern(query.q)}`);
  if (query.visitor) conditions.push(sql`${visits.visitorName} ilike ${likePattern(query.visitor)}`);
  if (query.followUp) conditions.push(sql`${visits.followUpNeeded}`);
  if (query.followUp === 'pending') conditions.push(sql`${visits.followUpDoneOn} is null`);
  if (query.followUp === 'done') conditions.push(sql`${visits.followUpDoneOn} is not null`);
  return sql.join(conditions, sql` and `);
}

export async function listVisits(ctx: ServiceContext, query: z.infer<typeof visitListQuery> & PageQuery) {
  const { db, actor } = ctx;
  const where = listConditions(actor, query);
  const [rows, [{ total }]] = await Promise.all([
    queryRows<VisitSqlRow>(
      db,
      selectVisits(
        ctx,
        where,
        sql`order by ${visits.visitedOn} desc, ${visits.createdAt} desc, ${visits.id}
          limit ${query.pageSize} offset ${offsetOf(query)}`,
      ),
    ),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from ${visits}
        join (${residentLabels(ctx)}) r on r.id = ${visits.residentId}
        where ${where}`,
    ),
  ]);
  const withFindings = readsFindings(actor);
  if (withFindings && rows.length > 0)
    await recordAudit(ctx, {
      action: 'visits.read',
      entity: 'visit',
      detail: { visitIds: rows.map((r) => r.id) },
    });
  const asOf = ctx.clock.today();
  return {
    items: rows.map((r) => toVisitRow(r, ctx.crypto, withFindings, asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One resident's plan and visits, newest first. */
export async function visitsOf(ctx: ServiceContext, residentId: string) {
  const { db, actor } = ctx;
  const person = await getResidentRef(ctx, residentId);
  const [plan, rows] = await Promise.all([
    planOf(ctx, person.id),
    queryRows<VisitSqlRow>(
      db,
      selectVisits(
        ctx,
        and(eq(visits.residentId, person.id), inScope(actor, visits.orgPath)) as SQL,
        sql`order by ${visits.visitedOn} desc, ${visits.createdAt} desc`,
      ),
    ),
  ]);
  const withFindings = readsFindings(actor);
  if (withFindings && rows.length > 0)
    await recordAudit(ctx, {
      action: 'visits.read',
      entity: 'resident',
      entityId: person.id,
      orgUnit: { id: person.orgUnitId, path: person.orgPath },
      detail: { visitIds: rows.map((r) => r.id) },
    });
  const asOf = ctx.clock.today();
  return { plan, items: rows.map((r) => toVisitRow(r, ctx.crypto, withFindings, asOf)) };
}

/**
 * When a resident was visited and by whom, for the timeline on the resident's page. No findings: those
 * stay in the visits card, decrypted and audited for the roles that read them.
 */
export async function visitDatesOf(ctx: ServiceContext, residentId: string) {
  return ctx.db
    .select({
      visitId: visits.id,
      visitedOn: visits.visitedOn,
      visitorName: visits.visitorName,
      followUpNeeded: visits.followUpNeeded,
      followUpDoneOn: visits.followUpDoneOn,
      followUpDoneBy: visits.followUpDoneBy,
    })
    .from(visits)
    .where(and(eq(visits.residentId, residentId), inScope(ctx.actor, visits.orgPath)))
    .orderBy(desc(visits.visitedOn))
    .limit(200);
}
