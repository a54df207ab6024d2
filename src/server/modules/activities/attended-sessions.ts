import { desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context';
import { activities, activitySessions, attendances } from './schema';

/**
 * The sessions a resident attended, newest first (at most 500), for the resident's timeline of
 * services. The caller has resolved the resident in its scope; the activities may lie above it.
 */
export async function sessionsAttendedBy(ctx: ServiceContext, residentId: string) {
  const rows = await ctx.db
    .select({
      activityId: activities.id,
      title: activities.title,
      kind: activities.kind,
      brands: activities.brands,
      seq: activitySessions.seq,
      startsAt: activitySessions.startsAt,
      method: attendances.method,
    })
    .from(attendances)
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(attendances.residentId, residentId))
    .orderBy(desc(activitySessions.startsAt))
    .limit(500);
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString() }));
}
