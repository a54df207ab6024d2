import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { isPastForMe } from '../../../core/activities/my-registrations';
import type { MyRegistration } from '../../../core/activities/self-service-contract';
import { inScopeOrAbove } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNames } from '../org-units/service';
import { residentOfUser } from '../residents/service';
import { isLive } from './registration';
import { activities, activitySessions, attendances, registrations } from './schema';
import { waitlistRanks } from './self-service';

/** How many of my registrations 我的活动 lists, newest activity first. */
const LIMIT = 100;

/**
 * 我的活动: the signed-in resident's live registrations (registered or waiting), ahead and behind, with
 * the waitlist place and each session's check-in. Only their own rows, of activities they can see.
 */
export async function myRegistrations(ctx: ServiceContext): Promise<MyRegistration[]> {
  const resident = await residentOfUser(ctx);
  const rows = await ctx.db
    .select({
      id: registrations.id,
      activityId: registrations.activityId,
      status: registrations.status,
      waitlistPosition: registrations.waitlistPosition,
      title: activities.title,
      place: activities.place,
      orgUnitId: activities.orgUnitId,
      activityStatus: activities.status,
    })
    .from(registrations)
    .innerJoin(activities, eq(activities.id, registrations.activityId))
    .where(
      and(eq(registrations.residentId, resident.id), isLive, inScopeOrAbove(ctx.actor, activities.orgPath)),
    )
    .orderBy(desc(activities.registrationClosesAt), asc(registrations.id))
    .limit(LIMIT);
  if (rows.length === 0) return [];
  const activityIds = rows.map((r) => r.activityId);
  const [sessions, checkIns, ranks, unitNames] = await Promise.all([
    ctx.db
      .select()
      .from(activitySessions)
      .where(inArray(activitySessions.activityId, activityIds))
      .orderBy(asc(activitySessions.seq)),
    ctx.db
      .select({ sessionId: attendances.sessionId, checkedInAt: attendances.checkedInAt })
      .from(attendances)
      .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
      .where(and(eq(attendances.residentId, resident.id), inArray(activitySessions.activityId, activityIds))),
    waitlistRanks(ctx.db, rows),
    orgUnitNames(
      ctx,
      rows.map((r) => r.orgUnitId),
    ),
  ]);
  const checkedIn = new Map(checkIns.map((c) => [c.sessionId, c.checkedInAt.toISOString()]));
  const now = ctx.clock.now();
  return rows.map((r) => {
    const item = {
      id: r.id,
      // isLive leaves only these two.
      status: r.status as 'registered' | 'waitlisted',
      waitlistRank: ranks.get(r.id) ?? null,
      activity: {
        id: r.activityId,
        title: r.title,
        place: r.place,
        orgUnitName: unitNames.get(r.orgUnitId) ?? '',
        status: r.activityStatus,
      },
      sessions: sessions
        .filter((s) => s.activityId === r.activityId)
        .map((s) => ({
          id: s.id,
          seq: s.seq,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          checkedInAt: checkedIn.get(s.id) ?? null,
        })),
    };
    return { ...item, past: isPastForMe(item, now) };
  });
}
