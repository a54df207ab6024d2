import { and, asc, eq, getTableColumns, gt, isNotNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type {
  OwnPositionView,
  PositionInput,
  PositionUpdateInput,
  PositionView,
  ShiftView,
} from '../../../core/volunteers/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { atOrAbovePath, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { activityStatusOf, activityTitleOf, findActivity } from '../activities/service';
import { recordAudit } from '../audit/service';
import { proposeFromShift } from './records';
import { serviceRecords, volunteerPositions, volunteerShifts, volunteers } from './schema';
import { activeVolunteerOfUser, type VolunteerRef, volunteerInScope } from './service';

type PositionRow = typeof volunteerPositions.$inferSelect;

const positionColumns = {
  ...getTableColumns(volunteerPositions),
  activityTitle: activityTitleOf(volunteerPositions.activityId),
  activityStatus: activityStatusOf(volunteerPositions.activityId),
};

function toPositionView(row: PositionRow & { activityTitle: string }): PositionView {
  return {
    id: row.id,
    activityId: row.activityId,
    activityTitle: row.activityTitle,
    orgUnitId: row.orgUnitId,
    title: row.title,
    content: row.content,
    place: row.place,
    count: row.count,
    filled: row.filled,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  };
}

async function positionsWhere(db: Db, where: SQL | undefined) {
  return db
    .select(positionColumns)
    .from(volunteerPositions)
    .where(where)
    .orderBy(asc(volunteerPositions.startsAt));
}

/** A position the staff caller may manage (of their unit or below), locked for the transaction. */
async function lockPosition(tx: Db, ctx: ServiceContext, id: string, visible?: SQL) {
  const [row] = await tx
    .select(positionColumns)
    .from(volunteerPositions)
    .where(and(eq(volunteerPositions.id, id), visible ?? inScope(ctx.actor, volunteerPositions.orgPath)))
    .for('update');
  if (!row) throw new AppError('volunteerPositions.not_found', 404);
  return row;
}

export async function createPosition(
  ctx: ServiceContext,
  activityId: string,
  input: PositionInput,
): Promise<PositionView> {
  const activity = await findActivity(ctx, activityId);
  if (activity.status !== 'draft' && activity.status !== 'published')
    throw new AppError('volunteerPositions.activity_not_published', 409);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(volunteerPositions)
      .values({
        ...input,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        activityId,
        orgUnitId: activity.orgUnitId,
        orgPath: activity.orgPath,
        createdBy: tx.actor.name,
      })
      .returning({ id: volunteerPositions.id });
    await recordAudit(tx, {
      action: 'volunteers.position_create',
      entity: 'volunteerPosition',
      entityId: row.id,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
    });
    const [view] = await positionsWhere(tx.db, eq(volunteerPositions.id, row.id));
    return toPositionView(view);
  });
}

export async function listPositions(ctx: ServiceContext, activityId: string): Promise<PositionView[]> {
  await findActivity(ctx, activityId);
  const rows = await positionsWhere(ctx.db, eq(volunteerPositions.activityId, activityId));
  return rows.map(toPositionView);
}

/** Changes a position; its count may not go below the places already taken (the row lock keeps that true). */
export function updatePosition(
  ctx: ServiceContext,
  id: string,
  input: PositionUpdateInput,
): Promise<PositionView> {
  return inTransaction(ctx, async (tx) => {
    const position = await lockPosition(tx.db, tx, id);
    if (input.count !== undefined && input.count < position.filled)
      throw new AppError('volunteerPositions.has_sign_ups', 409);
    await tx.db.update(volunteerPositions).set(input).where(eq(volunteerPositions.id, id));
    await recordAudit(tx, {
      action: 'volunteers.position_update',
      entity: 'volunteerPosition',
      entityId: id,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
      detail: { ...input },
    });
    const [view] = await positionsWhere(tx.db, eq(volunteerPositions.id, id));
    return toPositionView(view);
  });
}

/** Deletes a position nobody holds a place in (cancelled sign-ups go with it). */
export function deletePosition(ctx: ServiceContext, id: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const position = await lockPosition(tx.db, tx, id);
    if (position.filled > 0) throw new AppError('volunteerPositions.has_sign_ups', 409);
    await tx.db.delete(volunteerShifts).where(eq(volunteerShifts.positionId, id));
    await tx.db.delete(volunteerPositions).where(eq(volunteerPositions.id, id));
    await recordAudit(tx, {
      action: 'volunteers.position_delete',
      entity: 'volunteerPosition',
      entityId: id,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
      detail: { title: position.title, activityId: position.activityId },
    });
  });
}

/**
 * Open positions for the signed-in volunteer: of published activities of their community or a unit
 * above it, not yet started, with places left or the volunteer's own sign-up.
 */
export async function openPositionsForMe(ctx: ServiceContext): Promise<OwnPositionView[]> {
  const me = await activeVolunteerOfUser(ctx);
  // At most one live shift per volunteer and position, so the join adds no rows.
  const rows = await ctx.db
    .select({ ...positionColumns, myShiftId: volunteerShifts.id })
    .from(volunteerPositions)
    .leftJoin(
      volunteerShifts,
      and(
        eq(volunteerShifts.positionId, volunteerPositions.id),
        eq(volunteerShifts.volunteerId, me.id),
        ne(volunteerShifts.status, 'cancelled'),
      ),
    )
    .where(
      and(
        atOrAbovePath(volunteerPositions.orgPath, me.orgPath),
        sql`${activityStatusOf(volunteerPositions.activityId)} = 'published'`,
        gt(volunteerPositions.startsAt, ctx.clock.now()),
        or(lt(volunteerPositions.filled, volunteerPositions.count), isNotNull(volunteerShifts.id)),
      ),
    )
    .orderBy(asc(volunteerPositions.startsAt));
  return rows.map((r) => ({ ...toPositionView(r), myShiftId: r.myShiftId }));
}

/**
 * Signs a volunteer up for a position: under the position's row lock, one conditional increment of
 * `filled` (the CHECK on filled ≤ count guards it too), so no position is ever over-filled.
 */
async function signUp(ctx: ServiceContext, positionId: string, volunteer: VolunteerRef, visible: SQL) {
  return inTransaction(ctx, async (tx) => {
    const position = await lockPosition(tx.db, tx, positionId, visible);
    if (position.activityStatus !== 'published' || position.startsAt <= tx.clock.now())
      throw new AppError('volunteerPositions.not_open', 409);
    const [live] = await tx.db
      .select({ id: volunteerShifts.id })
      .from(volunteerShifts)
      .where(
        and(
          eq(volunteerShifts.positionId, positionId),
          eq(volunteerShifts.volunteerId, volunteer.id),
          ne(volunteerShifts.status, 'cancelled'),
        ),
      );
    if (live) throw new AppError('volunteerShifts.already_signed_up', 409);
    const [taken] = await tx.db
      .update(volunteerPositions)
      .set({ filled: sql`${volunteerPositions.filled} + 1` })
      .where(
        and(
          eq(volunteerPositions.id, positionId),
          sql`${volunteerPositions.filled} < ${volunteerPositions.count}`,
        ),
      )
      .returning({ filled: volunteerPositions.filled });
    if (!taken) throw new AppError('volunteerPositions.full', 409);
    const [shift] = await tx.db
      .insert(volunteerShifts)
      .values({ positionId, volunteerId: volunteer.id, orgPath: volunteer.orgPath })
      .returning({ id: volunteerShifts.id });
    await recordAudit(tx, {
      action: 'volunteers.shift_sign_up',
      entity: 'volunteerShift',
      entityId: shift.id,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
      detail: { positionId, volunteerId: volunteer.id },
    });
    return shiftById(tx.db, shift.id);
  });
}

/** The signed-in active volunteer signs up for an open position of their community or above. */
export async function signUpMyself(ctx: ServiceContext, positionId: string): Promise<ShiftView> {
  const me = await activeVolunteerOfUser(ctx);
  return signUp(ctx, positionId, me, atOrAbovePath(volunteerPositions.orgPath, me.orgPath));
}

/** Staff sign an active volunteer of their scope up for a position of their scope. */
export async function signUpVolunteer(ctx: ServiceContext, positionId: string, volunteerId: string) {
  const volunteer = await volunteerInScope(ctx, volunteerId);
  if (volunteer.status !== 'active') throw new AppError('volunteers.not_in_unit', 409);
  return signUp(ctx, positionId, volunteer, inScope(ctx.actor, volunteerPositions.orgPath));
}

/** The volunteer withdraws their own sign-up before the position starts; the place is freed. */
export async function cancelMyShift(ctx: ServiceContext, shiftId: string): Promise<void> {
  const me = await activeVolunteerOfUser(ctx);
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ positionId: volunteerShifts.positionId })
      .from(volunteerShifts)
      .where(
        and(
          eq(volunteerShifts.id, shiftId),
          eq(volunteerShifts.volunteerId, me.id),
          ne(volunteerShifts.status, 'cancelled'),
        ),
      );
    if (!row) throw new AppError('volunteerShifts.not_found', 404);
    const position = await lockPosition(tx.db, tx, row.positionId, sql`true`);
    if (position.startsAt <= tx.clock.now()) throw new AppError('volunteerPositions.not_open', 409);
    await tx.db.update(volunteerShifts).set({ status: 'cancelled' }).where(eq(volunteerShifts.id, shiftId));
    await tx.db
      .update(volunteerPositions)
      .set({ filled: sql`${volunteerPositions.filled} - 1` })
      .where(eq(volunteerPositions.id, row.positionId));
    await recordAudit(tx, {
      action: 'volunteers.shift_cancel',
      entity: 'volunteerShift',
      entityId: shiftId,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
    });
  });
}

const shiftColumns = {
  id: volunteerShifts.id,
  positionId: volunteerShifts.positionId,
  volunteerId: volunteerShifts.volunteerId,
  volunteerNo: volunteers.volunteerNo,
  volunteerName: volunteers.name,
  status: volunteerShifts.status,
  checkedInAt: volunteerShifts.checkedInAt,
  checkedOutAt: volunteerShifts.checkedOutAt,
  recordId: serviceRecords.id,
};

async function shiftsWhere(db: Db, where: SQL): Promise<ShiftView[]> {
  const rows = await db
    .select(shiftColumns)
    .from(volunteerShifts)
    .innerJoin(volunteers, eq(volunteers.id, volunteerShifts.volunteerId))
    .leftJoin(serviceRecords, eq(serviceRecords.shiftId, volunteerShifts.id))
    .where(where)
    .orderBy(asc(volunteerShifts.createdAt));
  return rows.map((r) => ({
    ...r,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    checkedOutAt: r.checkedOutAt?.toISOString() ?? null,
  }));
}

async function shiftById(db: Db, id: string): Promise<ShiftView> {
  const [view] = await shiftsWhere(db, eq(volunteerShifts.id, id));
  return view;
}

/** The roster of a position of the caller's scope: who signed up, checked in and out. */
export async function positionRoster(ctx: ServiceContext, positionId: string): Promise<ShiftView[]> {
  const [position] = await ctx.db
    .select({ id: volunteerPositions.id })
    .from(volunteerPositions)
    .where(and(eq(volunteerPositions.id, positionId), inScope(ctx.actor, volunteerPositions.orgPath)));
  if (!position) throw new AppError('volunteerPositions.not_found', 404);
  return shiftsWhere(
    ctx.db,
    and(eq(volunteerShifts.positionId, positionId), ne(volunteerShifts.status, 'cancelled')) as SQL,
  );
}

/** A live shift at a position of the caller's scope, and its position, the shift row locked. */
async function lockShift(tx: ServiceContext, shiftId: string) {
  const [row] = await tx.db
    .select({ shift: volunteerShifts, position: volunteerPositions })
    .from(volunteerShifts)
    .innerJoin(volunteerPositions, eq(volunteerPositions.id, volunteerShifts.positionId))
    .where(
      and(
        eq(volunteerShifts.id, shiftId),
        ne(volunteerShifts.status, 'cancelled'),
        inScope(tx.actor, volunteerPositions.orgPath),
      ),
    )
    .for('update', { of: volunteerShifts });
  if (!row) throw new AppError('volunteerShifts.not_found', 404);
  return row;
}

/** Staff check a volunteer in, now or at an explicit earlier time (entered late). */
export function checkIn(ctx: ServiceContext, shiftId: string, at?: string): Promise<ShiftView> {
  return inTransaction(ctx, async (tx) => {
    const { shift, position } = await lockShift(tx, shiftId);
    if (shift.checkedInAt) throw new AppError('volunteerShifts.already_checked', 409);
    const when = at ? new Date(at) : tx.clock.now();
    if (when > tx.clock.now()) throw new AppError('volunteerShifts.out_before_in', 400);
    await tx.db.update(volunteerShifts).set({ checkedInAt: when }).where(eq(volunteerShifts.id, shiftId));
    await recordAudit(tx, {
      action: 'volunteers.check_in',
      entity: 'volunteerShift',
      entityId: shiftId,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
    });
    return shiftById(tx.db, shiftId);
  });
}

/** Staff check a volunteer out; the service record is proposed from the span in the same transaction. */
export function checkOut(ctx: ServiceContext, shiftId: string, at?: string): Promise<ShiftView> {
  return inTransaction(ctx, async (tx) => {
    const { shift, position } = await lockShift(tx, shiftId);
    if (!shift.checkedInAt) throw new AppError('volunteerShifts.not_checked_in', 409);
    if (shift.checkedOutAt) throw new AppError('volunteerShifts.already_checked', 409);
    const when = at ? new Date(at) : tx.clock.now();
    if (when < shift.checkedInAt || when > tx.clock.now())
      throw new AppError('volunteerShifts.out_before_in', 400);
    await tx.db.update(volunteerShifts).set({ checkedOutAt: when }).where(eq(volunteerShifts.id, shiftId));
    await proposeFromShift(tx, {
      shift: { ...shift, checkedInAt: shift.checkedInAt, checkedOutAt: when },
      position,
    });
    await recordAudit(tx, {
      action: 'volunteers.check_out',
      entity: 'volunteerShift',
      entityId: shiftId,
      orgUnit: { id: position.orgUnitId, path: position.orgPath },
    });
    return shiftById(tx.db, shiftId);
  });
}
