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
    .select({ activityId: registrations.activityId, id: registrations.id, status: registrations.status })
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
  const views = await toActivityViews(db, rows);
  return views.map((v) => ({ ...v, myRegistration: mine.find((m) => m.activityId === v.id) ?? null }));
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

export async function myNotifications(db: Db, resident: ResidentRef) {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.residentId, resident.id))
    .orderBy(desc(notifications.createdAt))
    .limit(50);
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.residentId, resident.id), isNull(notifications.readAt)));
  return rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    createdAt: n.createdAt.toISOString(),
    read: !!n.readAt,
  }));
}
