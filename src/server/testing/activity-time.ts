import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { activities, activitySessions } from '../modules/activities/schema';

/**
 * Moves an activity's whole plan — sessions, sign-up window, cancellation deadline — earlier by
 * `hours`, as if that much time had passed. Sign-up must close before the first session, so a test
 * that registers people and then checks them in plans the activity ahead and lets the time pass.
 */
export async function letTimePass(db: Db, activityId: string, hours: number): Promise<void> {
  const by = sql`make_interval(secs => ${hours * 3600})`;
  await db
    .update(activities)
    .set({
      registrationOpensAt: sql`${activities.registrationOpensAt} - ${by}`,
      registrationClosesAt: sql`${activities.registrationClosesAt} - ${by}`,
      cancellationDeadline: sql`${activities.cancellationDeadline} - ${by}`,
    })
    .where(eq(activities.id, activityId));
  await db
    .update(activitySessions)
    .set({
      startsAt: sql`${activitySessions.startsAt} - ${by}`,
      endsAt: sql`${activitySessions.endsAt} - ${by}`,
    })
    .where(eq(activitySessions.activityId, activityId));
}
