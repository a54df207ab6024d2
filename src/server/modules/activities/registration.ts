import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { RegistrationView } from '../../../core/activities/contract';
import type { RegisterOutcome } from '../../../core/activities/self-service-contract';
import { type Db, statement } from '../../db/client';
import { inBatches } from '../../db/turns';
import { AppError } from '../../http/errors';
import {
  inScope,
  inScopeOrAbovePlaceholder,
  inScopePlaceholder,
  pathWithin,
  scopeValues,
  streetPathOf,
} from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { notifyResidents } from '../notifications/service';
import {
  listedName,
  type ResidentRef,
  residentBirthDateOf,
  residentNameOf,
  residentRefInScope,
} from '../residents/service';
import { residentHasPriority } from '../volunteers/service';
import { activities, registrations } from './schema';
import { findActivity } from './service';
import { takePlaceOrWait } from './take-places';

type ActivityRow = typeof activities.$inferSelect;

/** A registration that still holds a place or a waitlist number: the condition of the one-live-registration index. */
export const isLive: SQL = sql`${registrations.status} <> 'cancelled'`;

/** The person's live registration for the activity, if any. */
export async function liveRegistrationOf(
  db: Db,
  activityId: string,
  residentId: string,
): Promise<{ id: string } | undefined> {
  const [live] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.residentId, residentId), isLive));
  return live;
}

/**
 * The activity of a registration the caller may act on (`whose`), locked for the rest of the
 * transaction: every change of places and waitlist of one activity happens one at a time. Taken
 * before the registration is read: whether it holds a place or waits changes only under this lock; and
 * only for a registration of the caller's, so nobody can hold another unit's activity locked.
 */
async function lockActivityOf(tx: Db, registrationId: string, whose: SQL): Promise<ActivityRow> {
  const [row] = await tx
    .select({ activity: activities })
    .from(activities)
    .innerJoin(registrations, eq(registrations.activityId, activities.id))
    .where(and(eq(registrations.id, registrationId), whose))
    .for('update', { of: activities });
  if (!row) throw new AppError('activities.registration_not_found', 404);
  return row.activity;
}

/**
 * Whether a resident may sign themselves up now: within the window, or — when the activity honours
 * the priority flag — from its priority opening on, if they are a volunteer holding that flag.
 */
async function windowOpenFor(db: Db, activity: ActivityRow, residentId: string, now: Date): Promise<boolean> {
  if (now > activity.registrationClosesAt) return false;
  if (now >= activity.registrationOpensAt) return true;
  if (!activity.priorityOpensAt || now < activity.priorityOpensAt) return false;
  return residentHasPriority(db, residentId);
}

function inAudience(activity: ActivityRow, resident: ResidentRef): boolean {
  if (activity.audience === 'anyone') return true;
  const home = activity.audience === 'street' ? streetPathOf(activity.orgPath) : activity.orgPath;
  return pathWithin(resident.orgPath, home);
}

/** Who a sign-up is for, in the order asked: the rows of a batched read. */
const askedFor = sql`unnest(${sql.placeholder('residentIds')}::uuid[]) with ordinality as asked(resident_id, ord)`;

/**
 * The activity as registration sees it, read without a lock, and whether each person asked for already
 * holds a live registration for it: a staff member sees the activities of their scope (`inScope`), a
 * resident on the phone those of the units above too (`inScopeOrAbove`). Built once for each; one row per
 * person, none when the activity is not visible.
 */
const activityToRegisterAs = (visible: SQL, resident: SQL<ResidentRef | null>) =>
  statement((db) =>
    db
      .select({
        activity: activities,
        resident,
        registered: sql<boolean>`exists (select 1 from ${registrations} r
          where r.activity_id = ${activities.id} and r.resident_id = asked.resident_id
            and r.status <> 'cancelled')`,
      })
      .from(askedFor)
      .innerJoin(activities, and(eq(activities.id, sql.placeholder('id')), visible))
      .orderBy(sql`asked.ord`),
  );
const activityToRegisterBy = {
  // At the desk the person is looked up in the same statement, in the staff's scope.
  staff: activityToRegisterAs(
    inScopePlaceholder(activities.orgPath),
    residentRefInScope(sql`asked.resident_id`),
  ),
  // On the phone the person is the caller's own resident, already known.
  self: activityToRegisterAs(inScopeOrAbovePlaceholder(activities.orgPath), sql<null>`null`),
};

type ToRegister = { activity: ActivityRow; resident: ResidentRef | null; registered: boolean };

/**
 * Sign-ups of one activity asked at the same time from the same scope are read together (`inBatches`),
 * one statement for a rush's worth of people instead of one each.
 */
function activityToRegister(
  ctx: ServiceContext,
  id: string,
  residentId: string,
  source: 'self' | 'staff',
): Promise<ToRegister> {
  const scope = scopeValues(ctx.actor);
  return inBatches(ctx.db, `read ${source} ${id} ${scope.scopePath}`, residentId, async (residentIds) => {
    const rows = await activityToRegisterBy[source](ctx.db, { id, residentIds, ...scope });
    if (rows.length === 0)
      return residentIds.map(() => ({ error: new AppError('activities.not_found', 404) }));
    return rows.map((row) => ({ value: row }));
  });
}

/**
 * Registers a person, or puts them on the waitlist when the places are gone. Staff sign people up for
 * activities of their scope; a resident on the phone (`self`) also for those of the units above.
 */
export function register(
  ctx: ServiceContext,
  activityId: string,
  resident: ResidentRef,
  source: 'self' | 'staff',
): Promise<RegisterOutcome> {
  return registerResident(ctx, activityId, resident.id, source, resident);
}

/**
 * The activity is read with whether the person already holds a place and, unless `known`, the person
 * in the caller's scope, in one statement: an unknown activity is reported before an unknown person.
 */
async function registerResident(
  ctx: ServiceContext,
  activityId: string,
  residentId: string,
  source: 'self' | 'staff',
  known?: ResidentRef,
): Promise<RegisterOutcome> {
  const {
    activity,
    resident: found,
    registered,
  } = await activityToRegister(ctx, activityId, residentId, source);
  const resident = known ?? found;
  if (!resident) throw new AppError('residents.not_found', 404);
  const now = ctx.clock.now();
  if (activity.status !== 'published') throw new AppError('activities.not_published', 409);
  if (source === 'self' && !(await windowOpenFor(ctx.db, activity, resident.id, now))) {
    throw new AppError('activities.registration_closed', 409);
  }
  if (!inAudience(activity, resident)) throw new AppError('activities.not_in_audience', 403);
  if (registered) throw new AppError('activities.already_registered', 409);
  return takePlaceOrWait({ ctx, activity, resident, source });
}

/**
 * Cancels a live registration: the resident's own (`self`), or one in the staff's scope. A freed place
 * goes to the first on the waitlist, who is told so.
 */
export async function cancelRegistration(
  ctx: ServiceContext,
  registrationId: string,
  self: ResidentRef | null,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const whose = self ? eq(registrations.residentId, self.id) : inScope(tx.actor, registrations.orgPath);
    const activity = await lockActivityOf(tx.db, registrationId, whose);
    // Under the activity's lock the status read here is the one the update replaces (decision 004).
    const [reg] = await tx.db
      .select({ status: registrations.status })
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), isLive));
    if (!reg) throw new AppError('activities.registration_not_found', 404);
    const now = tx.clock.now();
    if (self && now > activity.cancellationDeadline)
      throw new AppError('activities.cancellation_closed', 409);
    await tx.db
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(registrations.id, registrationId), isLive));
    if (reg.status === 'registered') await passPlaceOn(tx, activity);
    else await leftWaitlist(tx.db, activity.id);
    await recordAudit(tx, {
      action: 'activities.cancel_registration',
      entity: 'registration',
      entityId: registrationId,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
    });
  });
}

/** One fewer waits: called under the activity's lock, as every change of its waitlist is. */
async function leftWaitlist(tx: Db, activityId: string) {
  await tx
    .update(activities)
    .set({ waitlistCount: sql`${activities.waitlistCount} - 1` })
    .where(eq(activities.id, activityId));
}

async function passPlaceOn(tx: ServiceContext, activity: ActivityRow) {
  const [next] = await tx.db
    .select({ id: registrations.id, residentId: registrations.residentId })
    .from(registrations)
    .where(and(eq(registrations.activityId, activity.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.waitlistPosition))
    .limit(1);
  if (!next) {
    await tx.db
      .update(activities)
      .set({ registeredCount: sql`${activities.registeredCount} - 1` })
      .where(eq(activities.id, activity.id));
    return;
  }
  await tx.db
    .update(registrations)
    .set({ status: 'registered', waitlistPosition: null })
    .where(eq(registrations.id, next.id));
  await leftWaitlist(tx.db, activity.id);
  await notifyResidents(tx, [next.residentId], {
    title: '候补成功',
    body: `您已从候补转为正式报名：“${activity.title}”。`,
  });
}

/** Everyone who signed up for an activity of the caller's scope, named whichever unit they live in. */
export async function listRegistrations(
  ctx: ServiceContext,
  activityId: string,
): Promise<RegistrationView[]> {
  await findActivity(ctx, activityId);
  const rows = await ctx.db
    .select({
      ...getTableColumns(registrations),
      residentName: residentNameOf(registrations.residentId),
      birthDate: residentBirthDateOf(registrations.residentId),
    })
    .from(registrations)
    .where(eq(registrations.activityId, activityId))
    .orderBy(asc(registrations.createdAt));
  const waiting = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return rows.map((r) => ({
    id: r.id,
    activityId: r.activityId,
    residentId: r.residentId,
    residentName: listedName(ctx, { name: r.residentName, birthDate: r.birthDate }),
    status: r.status,
    waitlistRank: r.status === 'waitlisted' ? waiting.indexOf(r) + 1 : null,
    source: r.source,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Staff registering someone at the counter: the person must be one they serve. */
export function registerByStaff(ctx: ServiceContext, activityId: string, residentId: string) {
  return registerResident(ctx, activityId, residentId, 'staff');
}
