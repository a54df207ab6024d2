import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RegistrationView } from '../../../core/activities/contract';
import type { RegisterOutcome } from '../../../core/activities/self-service-contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { pathWithin } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { getResidentRef, type ResidentRef, residentNames } from '../residents/service';
import { activities, notifications, registrations } from './schema';
import { findActivity } from './service';

type ActivityRow = typeof activities.$inferSelect;

/**
 * The activity row, locked for the rest of the transaction: every change of places and waitlist of
 * one activity happens one at a time, so capacity holds under any number of parallel requests.
 */
async function lockActivity(tx: Db, id: string): Promise<ActivityRow> {
  const [row] = await tx.select().from(activities).where(eq(activities.id, id)).for('update');
  if (!row) throw new AppError('activities.not_found', 404);
  return row;
}

function inAudience(activity: ActivityRow, resident: ResidentRef): boolean {
  if (activity.audience === 'anyone') return true;
  const home =
    activity.audience === 'street' ? activity.orgPath.split('.').slice(0, 2).join('.') : activity.orgPath;
  return pathWithin(resident.orgPath, home);
}

/** Registers a person, or puts them on the waitlist when the places are gone. */
export async function register(
  db: Db,
  actor: Actor,
  activityId: string,
  resident: ResidentRef,
  source: 'self' | 'staff',
): Promise<RegisterOutcome> {
  const outcome = await db.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    const now = new Date();
    if (activity.status !== 'published') throw new AppError('activities.not_published', 409);
    if (source === 'self' && (now < activity.registrationOpensAt || now > activity.registrationClosesAt)) {
      throw new AppError('activities.registration_closed', 409);
    }
    if (!inAudience(activity, resident)) throw new AppError('activities.not_in_audience', 403);
    const [existing] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          eq(registrations.activityId, activityId),
          eq(registrations.residentId, resident.id),
          sql`status <> 'cancelled'`,
        ),
      );
    if (existing) throw new AppError('activities.already_registered', 409);
    const [taken] = await tx
      .update(activities)
      .set({ registeredCount: sql`${activities.registeredCount} + 1` })
      .where(and(eq(activities.id, activityId), sql`${activities.registeredCount} < ${activities.capacity}`))
      .returning({ registeredCount: activities.registeredCount });
    const waitlistPosition = taken
      ? null
      : (
          await tx
            .update(activities)
            .set({ waitlistSeq: sql`${activities.waitlistSeq} + 1` })
            .where(eq(activities.id, activityId))
            .returning({ seq: activities.waitlistSeq })
        )[0].seq;
    const status = taken ? ('registered' as const) : ('waitlisted' as const);
    const [row] = await tx
      .insert(registrations)
      .values({
        activityId,
        residentId: resident.id,
        orgPath: resident.orgPath,
        status,
        waitlistPosition,
        source,
      })
      .returning({ id: registrations.id });
    await recordAudit(tx, actor, {
      action: `activities.${status === 'registered' ? 'register' : 'waitlist'}`,
      entity: 'registration',
      entityId: row.id,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
      detail: { activityId, residentId: resident.id, source },
    });
    return { registrationId: row.id, status, waitlistPosition };
  });
  // Counted after the commit, outside the activity's lock: the place is information, not a promise.
  const waitlistRank =
    outcome.waitlistPosition === null ? null : await waitlistRankOf(db, activityId, outcome.waitlistPosition);
  return { ...outcome, waitlistRank };
}

/** 1-based place of a waitlist sequence number among those of the activity still waiting. */
async function waitlistRankOf(db: Db, activityId: string, position: number): Promise<number> {
  const [row] = await db
    .select({ rank: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.activityId, activityId),
        eq(registrations.status, 'waitlisted'),
        sql`${registrations.waitlistPosition} <= ${position}`,
      ),
    );
  return row.rank;
}

/** Cancels a registration; a freed place goes to the first on the waitlist, who is told so. */
export async function cancelRegistration(
  db: Db,
  actor: Actor,
  registrationId: string,
  self: ResidentRef | null,
): Promise<void> {
  const [reg] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
  const allowed =
    reg && (self ? reg.residentId === self.id : pathWithin(reg.orgPath, actor.membership.orgPath));
  if (!reg || !allowed || reg.status === 'cancelled')
    throw new AppError('activities.registration_not_found', 404);
  await db.transaction(async (tx) => {
    const activity = await lockActivity(tx, reg.activityId);
    if (self && new Date() > activity.cancellationDeadline)
      throw new AppError('activities.cancellation_closed', 409);
    const [current] = await tx
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(
        and(
          eq(registrations.id, registrationId),
          inArray(registrations.status, ['registered', 'waitlisted']),
        ),
      )
      .returning({ status: registrations.status });
    if (!current) throw new AppError('activities.registration_not_found', 404);
    if (reg.status === 'registered') await passPlaceOn(tx, activity);
    await recordAudit(tx, actor, {
      action: 'activities.cancel_registration',
      entity: 'registration',
      entityId: registrationId,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
    });
  });
}

async function passPlaceOn(tx: Db, activity: ActivityRow) {
  const [next] = await tx
    .select({ id: registrations.id, residentId: registrations.residentId })
    .from(registrations)
    .where(and(eq(registrations.activityId, activity.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.waitlistPosition))
    .limit(1);
  if (!next) {
    await tx
      .update(activities)
      .set({ registeredCount: sql`${activities.registeredCount} - 1` })
      .where(eq(activities.id, activity.id));
    return;
  }
  await tx
    .update(registrations)
    .set({ status: 'registered', waitlistPosition: null })
    .where(eq(registrations.id, next.id));
  await tx.insert(notifications).values({
    residentId: next.residentId,
    title: '候补成功',
    body: `您已从候补转为正式报名：“${activity.title}”。`,
  });
}

export async function listRegistrations(
  db: Db,
  actor: Actor,
  activityId: string,
): Promise<RegistrationView[]> {
  await findActivity(db, actor, activityId);
  const rows = await db
    .select()
    .from(registrations)
    .where(eq(registrations.activityId, activityId))
    .orderBy(asc(registrations.createdAt));
  const names = await residentNames(
    db,
    rows.map((r) => r.residentId),
  );
  const waiting = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return rows.map((r) => ({
    id: r.id,
    activityId: r.activityId,
    residentId: r.residentId,
    residentName: names.get(r.residentId) ?? '',
    status: r.status,
    waitlistRank: r.status === 'waitlisted' ? waiting.indexOf(r) + 1 : null,
    source: r.source,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Staff registering someone at the counter: the person must be one they serve. */
export async function registerByStaff(db: Db, actor: Actor, activityId: string, residentId: string) {
  await findActivity(db, actor, activityId);
  return register(db, actor, activityId, await getResidentRef(db, actor, residentId), 'staff');
}
