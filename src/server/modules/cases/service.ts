import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CaseDetail,
  type caseAdvanceInput,
  type caseGoal,
  type caseOpenInput,
  type caseRecordInput,
  caseStages,
} from '../../../core/cases/contract';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { recordAudit } from '../../http/audit';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { getResidentRef, residentNames } from '../residents/service';
import { caseRecords, cases } from './schema';

type CaseRow = typeof cases.$inferSelect;
type Goal = z.infer<typeof caseGoal>;

/** The worker, the supervisor and the community's staff see a case whole; others only that it exists. */
function maySeeWhole(actor: Actor, row: CaseRow): boolean {
  return (
    row.workerUserId === actor.userId ||
    row.supervisorUserId === actor.userId ||
    actor.membership.role === 'communityStaff'
  );
}

async function findCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), inScope(actor, cases.orgPath)));
  if (!row) throw new AppError('cases.not_found', 404);
  return row;
}

export async function listCases(db: Db, actor: Actor, stage?: string) {
  const rows = await db
    .select()
    .from(cases)
    .where(and(inScope(actor, cases.orgPath), stage ? eq(cases.stage, stage as CaseRow['stage']) : undefined))
    .orderBy(desc(cases.openedOn))
    .limit(500);
  const names = await residentNames(
    db,
    rows.filter((r) => maySeeWhole(actor, r)).map((r) => r.residentId),
  );
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    workerName: r.workerName,
    clientName: names.get(r.residentId) ?? null,
  }));
}

/** The whole case. Every view is on the record. */
export async function getCase(db: Db, crypto: FieldCrypto, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await findCase(db, actor, id);
  if (!maySeeWhole(actor, row)) throw new AppError('cases.restricted', 403);
  const [records, names] = await Promise.all([
    db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.caseId, id))
      .orderBy(asc(caseRecords.recordedOn), asc(caseRecords.createdAt)),
    residentNames(db, [row.residentId]),
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
    clientName: names.get(row.residentId) ?? null,
    goals: JSON.parse(crypto.decrypt(row.goalsEnc)) as Goal[],
    records: records.map((r) => ({
      id: r.id,
      stage: r.stage as CaseRow['stage'],
      recordedOn: r.recordedOn,
      content: crypto.decrypt(r.contentEnc),
      createdBy: r.createdBy,
    })),
  };
}

export async function openCase(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  input: z.infer<typeof caseOpenInput>,
) {
  const client = await getResidentRef(db, actor, input.residentId);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cases)
      .values({
        orgUnitId: client.orgUnitId,
        orgPath: client.orgPath,
        residentId: client.id,
        workerUserId: actor.userId,
        workerName: actor.name,
        supervisorUserId: input.supervisorUserId,
        stage: 'intake',
        openedOn: input.openedOn,
        goalsEnc: crypto.encrypt('[]'),
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
    });
    return row.id;
  });
  return getCase(db, crypto, actor, id);
}

export async function addCaseRecord(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: z.infer<typeof caseRecordInput>,
) {
  const row = await findCase(db, actor, id);
  if (!maySeeWhole(actor, row)) throw new AppError('cases.restricted', 403);
  if (row.stage === 'closed') throw new AppError('cases.closed', 409);
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

/** Stages only move forward; closing needs a reason. */
export async function advanceCase(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: z.infer<typeof caseAdvanceInput>,
) {
  const row = await findCase(db, actor, id);
  if (!maySeeWhole(actor, row)) throw new AppError('cases.restricted', 403);
  if (caseStages.indexOf(input.to) <= caseStages.indexOf(row.stage))
    throw new AppError('cases.bad_stage', 409);
  if (input.to === 'closed' && !input.closureReason) {
    throw new AppError('cases.closure_reason_required', 400, [
      { path: 'closureReason', message: '结案须填写原因' },
    ]);
  }
  await db.transaction(async (tx) => {
    await tx
      .update(cases)
      .set({
        stage: input.to,
        ...(input.to === 'closed' ? { closedOn: input.on, closureReason: input.closureReason } : {}),
      })
      .where(eq(cases.id, id));
    await recordAudit(tx, actor, {
      action: 'cases.advance',
      entity: 'case',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.stage, to: input.to },
    });
  });
  return getCase(db, crypto, actor, id);
}

/** Cases opened and closed, and visits made, in a period under a unit path: for the service figures. */
export async function caseAndVisitCounts(db: Db, unitPath: string, from: string, to: string) {
  const under = (table: 'cases' | 'visits') =>
    sql`(${sql.raw(table)}.org_path = ${unitPath} or ${sql.raw(table)}.org_path like ${`${unitPath}.%`})`;
  const [row] = await db
    .select({
      opened: sql<number>`(select count(*)::int from cases where ${under('cases')} and opened_on between ${from} and ${to})`,
      closed: sql<number>`(select count(*)::int from cases where ${under('cases')} and closed_on between ${from} and ${to})`,
      visits: sql<number>`(select count(*)::int from visits where ${under('visits')} and visited_on between ${from} and ${to})`,
    })
    .from(sql`(select 1) as one`);
  return row;
}
