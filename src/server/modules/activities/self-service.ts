import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MyActivity, RegisterOutcome } from '../../../core/activities/self-service-contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { inScopeOrAbove } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { residentOfUser } from '../residents/service';
import { residentHasPriority } from '../volunteers/service';
import { cancelRegistration, isLive, liveRegistrationOf, register } from './registration';
import { activities, registrations } from './schema';
import { toActivityViews } from './service';

/**
 * Published activities the signed-in resident can see (their community's and those of the street and
 * district above), each with their own live registration.
 */
export async function openActivitiesFor(ctx: ServiceContext): Promise<MyActivity[]> {
  const resident = await residentOfUser(ctx);
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(and(inScopeOrAbove(ctx.actor, activities.orgPath), eq(activities.status, 'published')))
    .orderBy(desc(activities.registrationClosesAt), asc(activities.title), asc(activities.id))
    .limit(100);
  if (rows.length === 0) return [];
  const mine = await ctx.db
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
        isLive,
        inArray(
          registrations.activityId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const ranks = await waitlistRanks(ctx.db, mine);
  const views = await toActivityViews(ctx, rows);
  const priority = views.some((v) => v.priorityOpensAt) && (await residentHasPriority(ctx.db, resident.id));
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
      opensForMeAt: priority && v.priorityOpensAt ? v.priorityOpensAt : v.registrationOpensAt,
    };
  });
}

/** Current 1-based places of the given waitlisted registrations among those of their activity still waiting. */
export async function waitlistRanks(
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

/** The signed-in resident signs up for an activity they can see. */
export async function registerSelf(ctx: ServiceContext, activityId: string): Promise<RegisterOutcome> {
  return register(ctx, activityId, await residentOfUser(ctx), 'self');
}

/** The signed-in resident cancels their own registration. */
export async function cancelSelf(ctx: ServiceContext, activityId: string): Promise<void> {
  const resident = await residentOfUser(ctx);
  const live = await liveRegistrationOf(ctx.db, activityId, resident.id);
  if (!live) throw new AppError('activities.registration_not_found', 404);
  await cancelRegistration(ctx, live.id, resident);
}
