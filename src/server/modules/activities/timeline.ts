import { desc, eq } from 'drizzle-orm';
import type { ResidentServiceEntry } from '../../../core/activities/timeline-contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { casesOfResident } from '../cases/case-list';
import { visitDatesOf } from '../cases/visits';
import { getResidentRef } from '../residents/service';
import { activities, activitySessions, attendances } from './schema';

/**
 * Every service a resident received, newest first: the timeline on the resident's page. Cases appear
 * (at their opening day) only to those who may see them whole; visits by date and visitor only.
 */
export async function servicesReceived(
  db: Db,
  actor: Actor,
  residentId: string,
): Promise<ResidentServiceEntry[]> {
  await getResidentRef(db, actor, residentId);
  const [attended, opened, visited] = await Promise.all([
    attendedSessions(db, residentId),
    casesOfResident(db, actor, residentId),
    visitDatesOf(db, actor, residentId),
  ]);
  const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
  const entries: ResidentServiceEntry[] = [
    ...attended.map((a) => ({ type: 'activity' as const, at: a.startsAt, ...a })),
    ...opened.map((c) => ({ type: 'case' as const, at: dayStart(c.openedOn), ...c })),
    ...visited.map((v) => ({ type: 'visit' as const, at: dayStart(v.visitedOn), ...v })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

async function attendedSessions(db: Db, residentId: string) {
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
