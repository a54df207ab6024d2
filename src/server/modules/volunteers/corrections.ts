import { and, desc, eq, ne } from 'drizzle-orm';
import type { CorrectionView } from '../../../core/volunteers/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { reverseEarning } from '../points/service';
import { earnFor, lockRecord } from './records';
import { serviceRecordCorrections, serviceRecords, volunteers } from './schema';
import { volunteerOfUser } from './service';

/** A volunteer asks the recording unit to correct the minutes of one of their own records. */
export async function requestCorrection(
  ctx: ServiceContext,
  recordId: string,
  input: { requestedMinutes: number; reason: string },
): Promise<{ id: string }> {
  const me = await volunteerOfUser(ctx);
  return inTransaction(ctx, async (tx) => {
    const [record] = await tx.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.id, recordId), eq(serviceRecords.volunteerId, me.id)))
      .for('update');
    if (!record) throw new AppError('serviceRecords.not_found', 404);
    if (record.status === 'rejected') throw new AppError('serviceRecords.not_correctable', 409);
    const [open] = await tx.db
      .select({ id: serviceRecordCorrections.id })
      .from(serviceRecordCorrections)
      .where(
        and(eq(serviceRecordCorrections.recordId, recordId), eq(serviceRecordCorrections.status, 'open')),
      );
    if (open) throw new AppError('serviceRecords.correction_open', 409);
    const [row] = await tx.db
      .insert(serviceRecordCorrections)
      .values({ recordId, orgPath: record.orgPath, ...input, createdBy: tx.actor.name })
      .returning({ id: serviceRecordCorrections.id });
    await recordAudit(tx, {
      action: 'volunteers.correction_request',
      entity: 'serviceRecordCorrection',
      entityId: row.id,
      reason: input.reason,
      orgUnit: { id: record.orgUnitId, path: record.orgPath },
    });
    return row;
  });
}

/** Correction requests about records of the caller's unit and below (open ones by default). */
export async function listCorrections(
  ctx: ServiceContext,
  status: 'open' | 'accepted' | 'declined' = 'open',
): Promise<CorrectionView[]> {
  const rows = await ctx.db
    .select({
      c: serviceRecordCorrections,
      volunteerName: volunteers.name,
      serviceDate: serviceRecords.serviceDate,
      content: serviceRecords.content,
      minutes: serviceRecords.minutes,
      proposedMinutes: serviceRecords.proposedMinutes,
    })
    .from(serviceRecordCorrections)
    .innerJoin(serviceRecords, eq(serviceRecords.id, serviceRecordCorrections.recordId))
    .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
    .where(
      and(inScope(ctx.actor, serviceRecordCorrections.orgPath), eq(serviceRecordCorrections.status, status)),
    )
    .orderBy(desc(serviceRecordCorrections.createdAt));
  return rows.map(({ c, ...r }) => ({
    id: c.id,
    recordId: c.recordId,
    volunteerName: r.volunteerName,
    serviceDate: r.serviceDate,
    content: r.content,
    currentMinutes: r.minutes ?? r.proposedMinutes,
    requestedMinutes: c.requestedMinutes,
    reason: c.reason,
    status: c.status,
    answer: c.answer,
    createdAt: c.createdAt.toISOString(),
  }));
}

/** An open correction of the caller's scope, locked, with its record locked too. */
async function lockOpenCorrection(tx: ServiceContext, id: string) {
  const [correction] = await tx.db
    .select()
    .from(serviceRecordCorrections)
    .where(
      and(
        eq(serviceRecordCorrections.id, id),
        eq(serviceRecordCorrections.status, 'open'),
        inScope(tx.actor, serviceRecordCorrections.orgPath),
      ),
    )
    .for('update');
  if (!correction) throw new AppError('serviceRecordCorrections.not_found', 404);
  return { correction, record: await lockRecord(tx, correction.recordId) };
}

/**
 * Accepts a correction: the record takes the requested minutes. An approved record's points follow —
 * its earning is reversed and earned again with the new minutes (the ledger is only appended to).
 */
export function acceptCorrection(ctx: ServiceContext, id: string, answer: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const { correction, record } = await lockOpenCorrection(tx, id);
    const minutes = correction.requestedMinutes;
    const reason = `志愿者申请更正：${correction.reason}`;
    if (record.status === 'approved') {
      await reverseEarning(tx, { sourceType: 'serviceRecord', sourceId: record.id, reason });
      await tx.db
        .update(serviceRecords)
        .set({ minutes, correctionReason: reason })
        .where(eq(serviceRecords.id, record.id));
      await earnFor(tx, record, minutes, tx.clock.now());
    } else {
      await tx.db
        .update(serviceRecords)
        .set({ proposedMinutes: minutes })
        .where(eq(serviceRecords.id, record.id));
    }
    await answerCorrection(tx, id, 'accepted', answer);
    await recordAudit(tx, {
      action: 'volunteers.correction_accept',
      entity: 'serviceRecordCorrection',
      entityId: id,
      orgUnit: { id: record.orgUnitId, path: record.orgPath },
      detail: { recordId: record.id, before: record.minutes ?? record.proposedMinutes, after: minutes },
    });
  });
}

export function declineCorrection(ctx: ServiceContext, id: string, answer: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const { record } = await lockOpenCorrection(tx, id);
    await answerCorrection(tx, id, 'declined', answer);
    await recordAudit(tx, {
      action: 'volunteers.correction_decline',
      entity: 'serviceRecordCorrection',
      entityId: id,
      reason: answer,
      orgUnit: { id: record.orgUnitId, path: record.orgPath },
    });
  });
}

async function answerCorrection(
  tx: ServiceContext,
  id: string,
  status: 'accepted' | 'declined',
  answer: string,
) {
  await tx.db
    .update(serviceRecordCorrections)
    .set({ status, answer, answeredBy: tx.actor.name, answeredAt: tx.clock.now() })
    .where(and(eq(serviceRecordCorrections.id, id), ne(serviceRecordCorrections.status, status)));
}
