import { and, count, desc, eq, getTableColumns, gte, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ApproveRecordInput,
  ServiceRecordInput,
  ServiceRecordView,
  serviceRecordListQuery,
} from '../../../core/volunteers/contract';
import { isLateRecord, roundServiceMinutes, starLevel } from '../../../core/volunteers/rules';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { activityTitleOf } from '../activities/service';
import { recordAudit } from '../audit/service';
import { earnForServiceRecord } from '../points/service';
import { serviceRecords, type volunteerPositions, type volunteerShifts, volunteers } from './schema';
import { volunteerInScope, volunteerOfUser } from './service';
import { settingsOf } from './settings';

type RecordRow = typeof serviceRecords.$inferSelect;
type ListQuery = z.infer<typeof serviceRecordListQuery> & PageQuery;

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
/** The Shanghai calendar day of an instant, `YYYY-MM-DD`. */
export const shanghaiDay = (at: Date) => shanghaiDate.format(at);

const recordColumns = {
  ...getTableColumns(serviceRecords),
  volunteerNo: volunteers.volunteerNo,
  volunteerName: volunteers.name,
  activityTitle: activityTitleOf(serviceRecords.activityId),
};
type RecordListRow = RecordRow & { volunteerNo: string; volunteerName: string; activityTitle: string | null };

function toRecordView(r: RecordListRow): ServiceRecordView {
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    volunteerId: r.volunteerId,
    volunteerNo: r.volunteerNo,
    volunteerName: r.volunteerName,
    activityId: r.activityId,
    activityTitle: r.activityTitle,
    serviceDate: r.serviceDate,
    place: r.place,
    content: r.content,
    proposedMinutes: r.proposedMinutes,
    minutes: r.minutes,
    status: r.status,
    correctionReason: r.correctionReason,
    rejectReason: r.rejectReason,
    late: r.late,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function recordsWhere(db: Db, where: SQL | undefined, page?: PageQuery) {
  const base = db
    .select(recordColumns)
    .from(serviceRecords)
    .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
    .where(where)
    .orderBy(desc(serviceRecords.serviceDate), desc(serviceRecords.createdAt));
  const rows = page ? await base.limit(page.pageSize).offset(offsetOf(page)) : await base;
  return rows.map(toRecordView);
}

async function recordById(db: Db, id: string): Promise<ServiceRecordView> {
  const [view] = await recordsWhere(db, eq(serviceRecords.id, id));
  return view;
}

/**
 * The record a check-out proposes. 谁组织谁记录: the activity's organiser (the position's owner)
 * records it; only the part of the span inside the position's window counts — travel is not service.
 */
export async function proposeFromShift(
  tx: ServiceContext,
  {
    shift,
    position,
  }: {
    shift: typeof volunteerShifts.$inferSelect & { checkedInAt: Date; checkedOutAt: Date };
    position: typeof volunteerPositions.$inferSelect;
  },
): Promise<void> {
  const from = Math.max(shift.checkedInAt.getTime(), position.startsAt.getTime());
  const to = Math.min(shift.checkedOutAt.getTime(), position.endsAt.getTime());
  const settings = await settingsOf(tx.db, position.orgUnitId);
  const serviceDate = shanghaiDay(shift.checkedInAt);
  await tx.db.insert(serviceRecords).values({
    orgUnitId: position.orgUnitId,
    orgPath: position.orgPath,
    volunteerId: shift.volunteerId,
    activityId: position.activityId,
    shiftId: shift.id,
    serviceDate,
    place: position.place,
    content: position.content || position.title,
    proposedMinutes: roundServiceMinutes(Math.max(0, to - from) / 60_000, settings.rounding),
    late: isLateRecord(serviceDate, tx.clock.today(), settings.lateAfterDays),
    createdBy: tx.actor.name,
  });
}

function listFilter(q: Omit<ListQuery, 'page' | 'pageSize'>): SQL | undefined {
  return and(
    q.status ? eq(serviceRecords.status, q.status) : undefined,
    q.volunteerId ? eq(serviceRecords.volunteerId, q.volunteerId) : undefined,
    q.activityId ? eq(serviceRecords.activityId, q.activityId) : undefined,
    q.from ? gte(serviceRecords.serviceDate, q.from) : undefined,
    q.to ? lte(serviceRecords.serviceDate, q.to) : undefined,
    q.late ? eq(serviceRecords.late, q.late === 'true') : undefined,
  );
}

/** Records of the caller's unit and below, newest service first. */
export async function listServiceRecords(ctx: ServiceContext, q: ListQuery) {
  const where = and(inScope(ctx.actor, serviceRecords.orgPath), listFilter(q));
  const [{ total }] = await ctx.db.select({ total: count() }).from(serviceRecords).where(where);
  return { items: await recordsWhere(ctx.db, where, q), total, page: q.page, pageSize: q.pageSize };
}

/** Staff enter service outside an activity (a home visit, 探访陪同); it is proposed for review like any other. */
export async function createServiceRecord(ctx: ServiceContext, input: ServiceRecordInput) {
  const volunteer = await volunteerInScope(ctx, input.volunteerId);
  if (volunteer.status !== 'active') throw new AppError('volunteers.not_in_unit', 409);
  const today = ctx.clock.today();
  if (input.serviceDate > today) throw new AppError('serviceRecords.future_date', 400);
  const { orgUnitId, orgPath } = ctx.actor.membership;
  const settings = await settingsOf(ctx.db, orgUnitId);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(serviceRecords)
      .values({
        orgUnitId,
        orgPath,
        volunteerId: volunteer.id,
        serviceDate: input.serviceDate,
        place: input.place,
        content: input.content,
        proposedMinutes: input.minutes,
        late: isLateRecord(input.serviceDate, today, settings.lateAfterDays),
        createdBy: tx.actor.name,
      })
      .returning({ id: serviceRecords.id });
    await recordAudit(tx, { action: 'volunteers.record_create', entity: 'serviceRecord', entityId: row.id });
    return recordById(tx.db, row.id);
  });
}

/** A record of the caller's scope, locked for the transaction, or 404. */
export async function lockRecord(tx: ServiceContext, id: string): Promise<RecordRow> {
  const [row] = await tx.db
    .select()
    .from(serviceRecords)
    .where(and(eq(serviceRecords.id, id), inScope(tx.actor, serviceRecords.orgPath)))
    .for('update');
  if (!row) throw new AppError('serviceRecords.not_found', 404);
  return row;
}

/** Credits the points of an approved record to its volunteer, in the caller's transaction. */
export async function earnFor(tx: ServiceContext, record: RecordRow, minutes: number, approvedAt: Date) {
  const [volunteer] = await tx.db
    .select({
      id: volunteers.id,
      orgUnitId: volunteers.orgUnitId,
      orgPath: volunteers.orgPath,
      role: volunteers.role,
    })
    .from(volunteers)
    .where(eq(volunteers.id, record.volunteerId));
  await earnForServiceRecord(tx, {
    volunteer,
    recordId: record.id,
    minutes,
    backbone: volunteer.role === 'backbone',
    approvedAt,
  });
}

/** Approves a proposed record, with other minutes only for a stated reason; its points are credited at once. */
export function approveRecord(ctx: ServiceContext, id: string, input: ApproveRecordInput) {
  return inTransaction(ctx, async (tx) => {
    const record = await lockRecord(tx, id);
    if (record.status !== 'proposed') throw new AppError('serviceRecords.not_proposed', 409);
    const minutes = input.minutes ?? record.proposedMinutes;
    const reason = input.correctionReason?.trim() || null;
    if (minutes !== record.proposedMinutes && !reason)
      throw new AppError('serviceRecords.correction_reason_required', 400);
    const now = tx.clock.now();
    await tx.db
      .update(serviceRecords)
      .set({
        status: 'approved',
        minutes,
        correctionReason: minutes !== record.proposedMinutes ? reason : null,
        reviewedBy: tx.actor.name,
        reviewedAt: now,
      })
      .where(eq(serviceRecords.id, id));
    await earnFor(tx, record, minutes, now);
    await recordAudit(tx, {
      action: 'volunteers.record_approve',
      entity: 'serviceRecord',
      entityId: id,
      reason: reason ?? undefined,
      orgUnit: { id: record.orgUnitId, path: record.orgPath },
      detail: { proposedMinutes: record.proposedMinutes, minutes },
    });
    return recordById(tx.db, id);
  });
}

export function rejectRecord(ctx: ServiceContext, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const record = await lockRecord(tx, id);
    if (record.status !== 'proposed') throw new AppError('serviceRecords.not_proposed', 409);
    await tx.db
      .update(serviceRecords)
      .set({
        status: 'rejected',
        rejectReason: reason,
        reviewedBy: tx.actor.name,
        reviewedAt: tx.clock.now(),
      })
      .where(eq(serviceRecords.id, id));
    await recordAudit(tx, {
      action: 'volunteers.record_reject',
      entity: 'serviceRecord',
      entityId: id,
      reason,
      orgUnit: { id: record.orgUnitId, path: record.orgPath },
    });
    return recordById(tx.db, id);
  });
}

/** The signed-in volunteer's records from every unit that recorded them, with totals and star level. */
export async function myServiceRecords(ctx: ServiceContext) {
  const me = await volunteerOfUser(ctx);
  const items = await recordsWhere(ctx.db, eq(serviceRecords.volunteerId, me.id));
  const sum = (status: string, pick: (r: ServiceRecordView) => number) =>
    items.filter((r) => r.status === status).reduce((n, r) => n + pick(r), 0);
  const approvedMinutes = sum('approved', (r) => r.minutes ?? 0);
  const settings = await settingsOf(ctx.db, me.orgUnitId);
  return {
    items,
    approvedMinutes,
    proposedMinutes: sum('proposed', (r) => r.proposedMinutes),
    stars: starLevel(approvedMinutes, settings.starThresholdHours),
  };
}
