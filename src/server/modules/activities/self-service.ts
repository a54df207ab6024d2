import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScopeOrAbove } from '../../http/scope';
import type { ResidentRef } from '../residents/service';
import { cancelRegistration, register } from './registration';
import { activities, notifications, registrations } from './schema';
import { toActivityViews } from './service';

/** Published activities a resident can see: their community's and those of the street and district above. */
export async function openActivitiesFor(db: Db, actor: Actor, resident: ResidentRef) {
  const rows = await db
    .select()
    .from(activities)
    .where(and(inScopeOrAbove(actor, activities.orgPath), eq(activities.status, 'published')))
    .orderBy(desc(activities.registrationClosesAt), asc(activities.title), asc(activities.id))
    .limit(100);
  if (rows.length === 0) return [];
  const mine = await db
    .select({
      activityId: registrations.activityId,
      id: registrations.id,
      status: sql<'registered' | 'waitlisted'>`${registrations.status}`,
      waitlistPosition: registrations.waitlistPosition,
    })
    .from(registrations)
    .where(
      and(
        eq(registrations.residentId, resident.id),
        sql`status <> 'cancelled'`,
        inArray(
          registrations.activityId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const ranks = await waitlistRanks(db, mine);
  const views = await toActivityViews(db, rows);
  return views.map((v) => {
    const registration = mine.find((m) => m.activityId === v.id);
    return {
      ...v,
      myRegistration: registration
        ? {
            id: registration.id,
            status: registration.status,
            waitlistRank: ranks.get(registration.id) ?? null,
          }
        : null,
    };
  });
}

/** Current 1-based places of the given waitlisted registrations among those of their activity still waiting. */
async function waitlistRanks(
  db: Db,
  mine: { id: string; activityId: string; status: string; waitlistPosition: number | null }[],
): Promise<Map<string, number>> {
  const waiting = mine.filter((m) => m.status === 'waitlisted');
  if (waiting.length === 0) return new Map();
  const queue = await db
    .select({ activityId: registrations.activityId, position: registrations.waitlistPosition })
    .from(registrations)
    .where(
      and(
        eq(registrations.status, 'waitlisted'),
        inArray(
          registrations.activityId,
          waiting.map((m) => m.activityId),
        ),
      ),
    );
  return new Map(
    waiting.map((m) => [
      m.id,
      queue.filter((q) => q.activityId === m.activityId && (q.position ?? 0) <= (m.waitlistPosition ?? 0))
        .length,
    ]),
  );
}

export async function registerSelf(db: Db, actor: Actor, resident: ResidentRef, activityId: string) {
  const [visible] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.id, activityId), inScopeOrAbove(actor, activities.orgPath)));
  if (!visible) throw new AppError('activities.not_found', 404);
  return register(db, actor, activityId, resident, 'self');
}

export async function cancelSelf(db: Db, actor: Actor, resident: ResidentRef, activityId: string) {
  const [live] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.activityId, activityId),
        eq(registrations.residentId, resident.id),
        sql`status <> 'cancelled'`,
      ),
    );
  if (!live) throw new AppError('activities.registration_not_found', 404);
  await cancelRegistration(db, actor, live.id, resident);
}

/** The newest 50 messages and how many of all are unread; reading the list marks nothing. */
export async function myNotifications(db: Db, resident: ResidentRef) {
  const [rows, [{ unread }]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.residentId, resident.id))
      .orderBy(desc(notifications.createdAt))
      .limit(50),
    db
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.residentId, resident.id), isNull(notifications.readAt))),
  ]);
  const items = rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    createdAt: n.createdAt.toISOString(),
    read: !!n.readAt,
  }));
  return { items, unread };
}

/** Marks the given messages (or all) of this resident read; another resident's ids are ignored. */
export async function markNotificationsRead(db: Db, resident: ResidentRef, ids?: string[]) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.residentId, resident.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
  return myNotifications(db, resident);
}
