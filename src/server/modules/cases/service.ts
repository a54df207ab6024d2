import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CaseDetail,
  type CaseGoal,
  type caseAdvanceInput,
  type caseOpenInput,
  type caseProjectInput,
  type caseRecordInput,
  caseStages,
} from '../../../core/cases/contract';
import { mapById, perUnitJson, rowJson } from '../../db/per-unit';
import { batchedRow } from '../../db/row-batch';
import { AppError } from '../../http/errors';
import { underPathSql } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { type OrgUnitRef, orgUnitNames } from '../org-units/service';
import { projectForWork, projectNames } from '../projects/service';
import { getResidentRef, residentNames } from '../residents/service';
import { supervisorCandidates } from '../users/service';
import { findWholeCase, lockWholeCase } from './access';
import { caseRecords, cases } from './schema';

/** The whole case. Every view is on the record. */
export async function getCase(ctx: ServiceContext, id: string): Promise<CaseDetail> {
  const { db, crypto } = ctx;
  const row = await findWholeCase(ctx, id);
  const [records, names, units, projects] = await Promise.all([
    db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.caseId, id))
      .orderBy(asc(caseRecords.recordedOn), asc(caseRecords.createdAt)),
    residentNames(ctx, [row.residentId]),
    orgUnitNames(ctx, [row.orgUnitId]),
    projectNames(ctx, row.projectId ? [row.projectId] : []),
  ]);
  await recordAudit(ctx, {
    action: 'cases.view',
    entity: 'case',
    entityId: id,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
  });
  return {
    id: row.id,
    residentId: row.residentId,
    stage: row.stage,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    closureReason: row.closureReason,
    workerName: row.workerName,
    supervisorName: row.supervisorName,
    orgUnitName: units.get(row.orgUnitId) ?? '',
    projectId: row.projectId,
    projectName: row.projectId ? (projects.get(row.projectId) ?? null) : null,
    lastRecordOn: records.reduce<string | null>(
      (last, r) => (last && last > r.recordedOn ? last : r.recordedOn),
      null,
    ),
    restricted: false,
    clientName: names.get(row.residentId) ?? null,
    goals: JSON.parse(crypto.decrypt(row.goalsEnc)) as CaseGoal[],
    records: records.map((r) => ({
      id: r.id,
      stage: r.stage as CaseDetail['stage'],
      recordedOn: r.recordedOn,
      content: crypto.decrypt(r.contentEnc),
      createdBy: r.createdBy,
    })),
  };
}

/** Dates of a case's events lie between its opening and today (Asia/Shanghai). */
function assertCaseDate(ctx: ServiceContext, date: string, path: string, openedOn?: string) {
  if (date > ctx.clock.today())
    throw new AppError('cases.date_in_future', 400, [{ path, message: '日期不能晚于今天' }]);
  if (openedOn && date < openedOn)
    throw new AppError('cases.date_before_opening', 400, [{ path, message: '日期不能早于接案日期' }]);
}

/** The supervisor, when named, is a social worker or staff member who can open this client's cases. */
async function supervisorFor(tx: ServiceContext, userId: string | null, clientPath: string) {
  if (userId === null) return null;
  const [person] =
    userId === tx.actor.userId ? [] : await supervisorCandidates(tx, { coveringPath: clientPath, userId });
  if (!person) {
    throw new AppError('cases.invalid_supervisor', 400, [
      { path: 'supervisorUserId', message: '请选择本社区的社工或社区工作人员作为督导' },
    ]);
  }
  return person;
}

/** Opens a case with the caller as its worker; the intake summary is its first record. */
export async function openCase(ctx: ServiceContext, input: z.infer<typeof caseOpenInput>) {
  assertCaseDate(ctx, input.openedOn, 'openedOn');
  const id = await inTransaction(ctx, async (tx) => {
    const { actor, crypto } = tx;
    const client = await getResidentRef(tx, input.residentId);
    const supervisor = await supervisorFor(tx, input.supervisorUserId, client.orgPath);
    const projectId = await projectForWork(tx, input.projectId, { unitPath: client.orgPath });
    const [row] = await tx.db
      .insert(cases)
      .values({
        orgUnitId: client.orgUnitId,
        orgPath: client.orgPath,
        residentId: client.id,
        workerUserId: actor.userId,
        workerName: actor.name,
        supervisorUserId: supervisor?.userId ?? null,
        supervisorName: supervisor?.name ?? null,
        stage: 'intake',
        openedOn: input.openedOn,
        goalsEnc: crypto.encrypt('[]'),
        projectId,
      })
      .returning({ id: cases.id });
    await tx.db.insert(caseRecords).values({
      caseId: row.id,
      stage: 'intake',
      recordedOn: input.openedOn,
      contentEnc: crypto.encrypt(input.summary),
      createdBy: actor.name,
    });
    await recordAudit(tx, {
      action: 'cases.open',
      entity: 'case',
      entityId: row.id,
      orgUnit: { id: client.orgUnitId, path: client.orgPath },
      detail: projectId ? { projectId } : undefined,
    });
    return row.id;
  });
  return getCase(ctx, id);
}

/**
 * Adds a dated record at the case's current stage. Goals change only with a record: the record says
 * why a goal was reached or dropped, so `goals`, when sent, replaces the list.
 */
export async function addCaseRecord(ctx: ServiceContext, id: string, input: z.infer<typeof caseRecordInput>) {
  await inTransaction(ctx, async (tx) => {
    const { actor, crypto } = tx;
    // Locked: a case closed or advanced meanwhile takes no record at the stage it has left.
    const row = await lockWholeCase(tx, id);
    if (row.stage === 'closed') throw new AppError('cases.closed', 409);
    assertCaseDate(tx, input.recordedOn, 'recordedOn', row.openedOn);
    await tx.db.insert(caseRecords).values({
      caseId: id,
      stage: row.stage,
      recordedOn: input.recordedOn,
      contentEnc: crypto.encrypt(input.content),
      createdBy: actor.name,
    });
    if (input.goals)
      await tx.db
        .update(cases)
        .set({ goalsEnc: crypto.encrypt(JSON.stringify(input.goals)) })
        .where(eq(cases.id, id));
    await recordAudit(tx, {
      action: 'cases.record',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  });
  return getCase(ctx, id);
}

/**
 * Stages move one step at a time: 接案 → 预估 → 计划 → 介入 → 评估. A case may be closed (结案) from
 * any stage, with a reason, because work can end early (the client moves away, dies, or declines).
 * A closed case is never reopened: new work with the same client is a new case, so each closed case
 * stays as it was closed.
 */
export async function advanceCase(ctx: ServiceContext, id: string, input: z.infer<typeof caseAdvanceInput>) {
  await inTransaction(ctx, async (tx) => {
    const row = await findWholeCase(tx, id);
    if (row.stage === 'closed') throw new AppError('cases.closed', 409);
    const next = caseStages[caseStages.indexOf(row.stage) + 1];
    if (input.to !== next && input.to !== 'closed') throw new AppError('cases.bad_stage', 409);
    if (input.to === 'closed' && !input.closureReason) {
      throw new AppError('cases.closure_reason_required', 400, [
        { path: 'closureReason', message: '结案须填写原因' },
      ]);
    }
    assertCaseDate(tx, input.on, 'on', row.openedOn);
    // Guarded on the stage read above: two people advancing at once cannot skip a stage.
    const moved = await tx.db
      .update(cases)
      .set({
        stage: input.to,
        ...(input.to === 'closed' ? { closedOn: input.on, closureReason: input.closureReason } : {}),
      })
      .where(and(eq(cases.id, id), eq(cases.stage, row.stage)))
      .returning({ id: cases.id });
    if (moved.length === 0) throw new AppError('cases.bad_stage', 409);
    await recordAudit(tx, {
      action: 'cases.advance',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.stage, to: input.to, on: input.on },
    });
  });
  return getCase(ctx, id);
}

/**
 * Moves an open case to another project (or out of any), by those who may manage it. A closed case stays
 * under the project it was closed in: the project's figures have already counted it there.
 */
export async function changeCaseProject(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof caseProjectInput>,
) {
  await inTransaction(ctx, async (tx) => {
    // Locked: a case closed meanwhile keeps its project, and the audit names the project really left.
    const row = await lockWholeCase(tx, id);
    if (row.stage === 'closed') throw new AppError('cases.closed', 409);
    if (input.projectId === row.projectId) return;
    const projectId = await projectForWork(tx, input.projectId, {
      unitPath: row.orgPath,
      currentProjectId: row.projectId,
    });
    await tx.db.update(cases).set({ projectId }).where(eq(cases.id, id));
    await recordAudit(tx, {
      action: 'cases.project',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.projectId, to: projectId },
    });
  });
  return getCase(ctx, id);
}

export type CaseworkCounts = { opened: number; closed: number; visits: number };

/** The casework the figures count: a period (Asia/Shanghai dates) under a unit, or one project's part of it. */
export type CaseworkFilter = { unitPath: string; from: string; to: string; projectId?: string };

type CaseworkPeriod = Pick<CaseworkFilter, 'from' | 'to' | 'projectId'>;

/** The casework of a period under the unit whose path `path` (a parameter or a column) gives. */
const caseworkUnder = (path: string | SQL, { from, to, projectId }: CaseworkPeriod) => {
  const under = (table: 'cases' | 'visits') =>
    sql`${underPathSql(sql.raw(`${table}.org_path`), path)}
      ${projectId ? sql`and ${sql.raw(table)}.project_id = ${projectId}` : sql``}`;
  return sql`(select count(*) filter (where opened_on between ${from} and ${to})::int as opened,
      count(*) filter (where closed_on between ${from} and ${to})::int as closed
      from cases where ${under('cases')}) c,
    (select count(*)::int as visits from visits where ${under('visits')}
      and visited_on between ${from} and ${to}) v`;
};

/**
 * Cases opened and closed, and visits made, in a period under a unit path, and the same for each of
 * `units` (the units directly below, as the org-units module lists them) by unit id, in one statement:
 * for the service figures. With a project, only the work done under it. The caller has resolved the
 * unit in the actor's scope.
 */
export async function caseAndVisitCounts(
  ctx: ServiceContext,
  f: CaseworkFilter,
  units: readonly Pick<OrgUnitRef, 'id' | 'path'>[],
): Promise<{ totals: CaseworkCounts; byUnit: Map<string, CaseworkCounts> }> {
  const row = await batchedRow<{ totals: CaseworkCounts; units: Record<string, CaseworkCounts> | null }>(
    ctx.db,
    sql`select ${rowJson(sql`c.opened, c.closed, v.visits from ${caseworkUnder(f.unitPath, f)}`)} as totals,
      ${perUnitJson(units, (path) => sql`c.opened, c.closed, v.visits from ${caseworkUnder(path, f)}`)} as units`,
  );
  return { totals: row.totals, byUnit: mapById(row.units) };
}

// The resident's timeline of services (reporting) shows their cases and visits.
export { casesOfResident } from './case-list';
// The home of a street or the district counts overdue visits per community (reporting).
export { overdueVisitsBelow } from './overdue-counts';
export { followUpVisitRefs, getVisitRef, type VisitRef } from './visit-refs';
export { visitDatesOf } from './visits';
