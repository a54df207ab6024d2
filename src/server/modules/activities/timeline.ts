import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { getResidentRef } from '../residents/service';
import { activities, activitySessions, attendances } from './schema';

/** Every service a resident received, newest first: the timeline on the resident's page. */
export async function servicesReceived(db: Db, actor: Actor, residentId: string) {
  await getResidentRef(db, actor, residentId);
  const rows = await db
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
