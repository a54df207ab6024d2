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
import type { FieldCrypto } from '../../crypto/field-crypto';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { underPathSql } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { orgUnitNames } from '../org-units/service';
import { projectForWork, projectNames } from '../projects/service';
import { today } from '../residents/mapping';
import { getResidentRef, residentNames } from '../residents/service';
import { supervisorCandidates } from '../users/memberships';
import { findWholeCase } from './access';
import { caseRecords, cases } from './schema';

/** The whole case. Every view is on the record. */
export async function getCase(db: Db, crypto: FieldCrypto, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await findWholeCase(db, actor, id);
  const [records, names, units, projects] = await Promise.all([
    db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.caseId, id))
      .orderBy(asc(caseRecords.recordedOn), asc(caseRecords.createdAt)),
    residentNames(db, [row.residentId]),
    orgUnitNames(db, [row.orgUnitId]),
    projectNames(db, row.projectId ? [row.projectId] : []),
  ]);
  await recordAudit(db, actor, {
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
function assertCaseDate(date: string, path: string, openedOn?: string) {
  if (date > today())
    throw new AppError('cases.date_in_future', 400, [{ path, message: '日期不能晚于今天' }]);
  if (openedOn && date < openedOn)
    throw new AppError('cases.date_before_opening', 400, [{ path, message: '日期不能早于接案日期' }]);
}

/** The supervisor, when named, is a social worker or staff member who can open this client's cases. */
async function supervisorFor(db: Db, actor: Actor, userId: string | null, clientPath: string) {
  if (userId === null) return null;
  const [person] =
    userId === actor.userId
      ? []
      : await supervisorCandidates(db, actor, { coveringPath: clientPath, userId });
  if (!person) {
    throw new AppError('cases.invalid_supervisor', 400, [
      { path: 'supervisorUserId', message: '请选择本社区的社工或社区工作人员作为督导' },
    ]);
  }
  return person;
}

/** Opens a case with the caller as its worker; the intake summary is its first record. */
export async function openCase(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  input: z.infer<typeof caseOpenInput>,
) {
  assertCaseDate(input.openedOn, 'openedOn');
  const client = await getResidentRef(db, actor, input.residentId);
  const supervisor = await supervisorFor(db, actor, input.supervisorUserId, client.orgPath);
  const projectId = await projectForWork(db, actor, input.projectId, client.orgPath);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
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
    await tx.insert(caseRecords).values({
      caseId: row.id,
      stage: 'intake',
      recordedOn: input.openedOn,
      contentEnc: crypto.encrypt(input.summary),
      createdBy: actor.name,
    });
    await recordAudit(tx, actor, {
      action: 'cases.open',
      entity: 'case',
      entityId: row.id,
      orgUnit: { id: client.orgUnitId, path: client.orgPath },
      detail: projectId ? { projectId } : undefined,
    });
    return row.id;
  });
  return getCase(db, crypto, actor, id);
}

/**
 * Adds a dated record at the case's current stage. Goals change only with a record: the record says
 * why a goal was reached or dropped, so `goals`, when sent, replaces the list.
 */
export async function addCaseRecord(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: z.infer<typeof caseRecordInput>,
) {
  const row = await findWholeCase(db, actor, id);
  if (row.stage === 'closed') throw new AppError('cases.closed', 409);
  assertCaseDate(input.recordedOn, 'recordedOn', row.openedOn);
  await db.transaction(async (tx) => {
    await tx.insert(caseRecords).values({
      caseId: id,
      stage: row.stage,
      recordedOn: input.recordedOn,
      contentEnc: crypto.encrypt(input.content),
      createdBy: actor.name,
    });
    if (input.goals)
      await tx
        .update(cases)
        .set({ goalsEnc: crypto.encrypt(JSON.stringify(input.goals)) })
        .where(eq(cases.id, id));
    await recordAudit(tx, actor, {
      action: 'cases.record',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  });
  return getCase(db, crypto, actor, id);
}

/**
 * Stages move one step at a time: 接案 → 预估 → 计划 → 介入 → 评估. A case may be closed (结案) from
 * any stage, with a reason, because work can end early (the client moves away, dies, or declines).
 * A closed case is never reopened: new work with the same client is a new case, so each closed case
 * stays as it was closed.
 */
export async function advanceCase(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: z.infer<typeof caseAdvanceInput>,
) {
  const row = await findWholeCase(db, actor, id);
  if (row.stage === 'closed') throw new AppError('cases.closed', 409);
  const next = caseStages[caseStages.indexOf(row.stage) + 1];
  if (input.to !== next && input.to !== 'closed') throw new AppError('cases.bad_stage', 409);
  if (input.to === 'closed' && !input.closureReason) {
    throw new AppError('cases.closure_reason_required', 400, [
      { path: 'closureReason', message: '结案须填写原因' },
    ]);
  }
  assertCaseDate(input.on, 'on', row.openedOn);
  await db.transaction(async (tx) => {
    // Guarded on the stage read above: two people advancing at once cannot skip a stage.
    const moved = await tx
      .update(cases)
      .set({
        stage: input.to,
        ...(input.to === 'closed' ? { closedOn: input.on, closureReason: input.closureReason } : {}),
      })
      .where(and(eq(cases.id, id), eq(cases.stage, row.stage)))
      .returning({ id: cases.id });
    if (moved.length === 0) throw new AppError('cases.bad_stage', 409);
    await recordAudit(tx, actor, {
      action: 'cases.advance',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.stage, to: input.to, on: input.on },
    });
  });
  return getCase(db, crypto, actor, id);
}

/**
 * Moves an open case to another project (or out of any), by those who may manage it. A closed case stays
 * under the project it was closed in: the project's figures have already counted it there.
 */
export async function changeCaseProject(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: z.infer<typeof caseProjectInput>,
) {
  const row = await findWholeCase(db, actor, id);
  if (row.stage === 'closed') throw new AppError('cases.closed', 409);
  if (input.projectId === row.projectId) return getCase(db, crypto, actor, id);
  const projectId = await projectForWork(db, actor, input.projectId, row.orgPath, row.projectId);
  await db.transaction(async (tx) => {
    await tx.update(cases).set({ projectId }).where(eq(cases.id, id));
    await recordAudit(tx, actor, {
      action: 'cases.project',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.projectId, to: projectId },
    });
  });
  return getCase(db, crypto, actor, id);
}

export type CaseworkCounts = { opened: number; closed: number; visits: number };

/** The casework of a period under the unit whose path `path` (a parameter or a column) gives. */
const caseworkUnder = (path: string | SQL, from: string, to: string, projectId?: string) => {
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
 * Cases opened and closed, and visits made, in a period under a unit path: for the service figures.
 * With a project, only the work done under it.
 */
export async function caseAndVisitCounts(
  db: Db,
  unitPath: string,
  from: string,
  to: string,
  projectId?: string,
): Promise<CaseworkCounts> {
  const [row] = await queryRows<CaseworkCounts>(
    db,
    sql`select c.opened, c.closed, v.visits from ${caseworkUnder(unitPath, from, to, projectId)}`,
  );
  return row;
}

/** The same for each unit directly below the unit, by unit id, in one query. */
export async function caseAndVisitCountsBelow(
  db: Db,
  unitId: string,
  from: string,
  to: string,
  projectId?: string,
): Promise<Map<string, CaseworkCounts>> {
  const rows = await queryRows<CaseworkCounts & { id: string }>(
    db,
    sql`select u.id, f.opened, f.closed, f.visits from org_units u
      cross join lateral (select c.opened, c.closed, v.visits
        from ${caseworkUnder(sql`u.path`, from, to, projectId)}) f
      where u.parent_id = ${unitId}`,
  );
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}
