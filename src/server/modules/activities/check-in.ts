import { and, eq, sql } from 'drizzle-orm';
import { maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { today } from '../residents/mapping';
import { getResidentRefs, type ResidentRef } from '../residents/service';
import { activities, activitySessions, attendances } from './schema';
import { sessionOf } from './service';

const codeLifetimeMs = 15 * 60 * 1000;
// The QR code works from an hour before a session to half an hour after it.
const windowBeforeMs = 60 * 60 * 1000;
const windowAfterMs = 30 * 60 * 1000;

function sign(crypto: FieldCrypto, payload: string): string {
  return crypto.hash(`check-in:${payload}`).slice(0, 32);
}

/** A signed code for one session, good for 15 minutes; the staff screen shows it as a QR code. */
export async function issueCheckInCode(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  activityId: string,
  sessionId: string,
) {
  const { session } = await sessionOf(db, actor, activityId, sessionId);
  const expiresAt = Math.min(Date.now() + codeLifetimeMs, session.endsAt.getTime() + windowAfterMs);
  const payload = `${session.id}.${expiresAt}`;
  return { code: `${payload}.${sign(crypto, payload)}`, expiresAt: new Date(expiresAt).toISOString() };
}

/** One row per person and session; those already present are left as they were. Returns how many were new. */
async function recordAttendance(
  tx: Db,
  sessionId: string,
  people: ResidentRef[],
  method: 'qr' | 'staff' | 'paper' | 'walkIn',
): Promise<number> {
  if (people.length === 0) return 0;
  const inserted = await tx
    .insert(attendances)
    .values(people.map((p) => ({ sessionId, residentId: p.id, orgPath: p.orgPath, method })))
    .onConflictDoNothing()
    .returning({ id: attendances.id });
  return inserted.length;
}

/** A resident scans the code with the phone: checked in once, however often they scan. */
export async function checkInWithCode(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  resident: ResidentRef,
  code: string,
) {
  const [sessionId, expires, signature] = code.split('.');
  const payload = `${sessionId}.${expires}`;
  const now = Date.now();
  if (!signature || signature !== sign(crypto, payload) || Number(expires) < now) {
    throw new AppError('activities.invalid_check_in_code', 400);
  }
  const [row] = await db
    .select({
      session: activitySessions,
      title: activities.title,
      status: activities.status,
      orgUnitId: activities.orgUnitId,
      orgPath: activities.orgPath,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(activitySessions.id, sessionId));
  const open =
    row &&
    row.status === 'published' &&
    now >= row.session.startsAt.getTime() - windowBeforeMs &&
    now <= row.session.endsAt.getTime() + windowAfterMs;
  if (!open) throw new AppError('activities.invalid_check_in_code', 400);
  const isNew = await db.transaction(async (tx) => {
    const created = (await recordAttendance(tx, sessionId, [resident], 'qr')) > 0;
    if (created) {
      await recordAudit(tx, actor, {
        action: 'activities.check_in',
        entity: 'attendance',
        entityId: sessionId,
        orgUnit: { id: row.orgUnitId, path: row.orgPath },
        detail: { residentId: resident.id, method: 'qr' },
      });
    }
    return created;
  });
  return { activityTitle: row.title, sessionSeq: row.session.seq, alreadyCheckedIn: !isNew };
}

/** Staff check people in by name, many at once, from a paper sheet, or as walk-ins. */
export async function staffCheckIn(
  db: Db,
  actor: Actor,
  activityId: string,
  sessionId: string,
  residentIds: string[],
  method: 'staff' | 'paper' | 'walkIn',
) {
  const { activity, session } = await sessionOf(db, actor, activityId, sessionId);
  if (activity.status !== 'published' && activity.status !== 'finished')
    throw new AppError('activities.not_published', 409);
  if (session.startsAt.getTime() - windowBeforeMs > Date.now())
    throw new AppError('activities.session_not_started', 409);
  const people = await getResidentRefs(db, actor, residentIds);
  return db.transaction(async (tx) => {
    const added = await recordAttendance(tx, sessionId, people, method);
    await recordAudit(tx, actor, {
      action: 'activities.attendance',
      entity: 'session',
      entityId: sessionId,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
      detail: { method, added, residentIds },
    });
    return { added, alreadyPresent: people.length - added };
  });
}

/** Unregistered guests are counted by number. */
export async function setGuestCount(
  db: Db,
  actor: Actor,
  activityId: string,
  sessionId: string,
  count: number,
) {
  const { activity } = await sessionOf(db, actor, activityId, sessionId);
  await db.transaction(async (tx) => {
    await tx.update(activitySessions).set({ guestCount: count }).where(eq(activitySessions.id, sessionId));
    await recordAudit(tx, actor, {
      action: 'activities.guests',
      entity: 'session',
      entityId: sessionId,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
      detail: { count },
    });
  });
}

export async function sessionAttendance(db: Db, actor: Actor, activityId: string, sessionId: string) {
  await sessionOf(db, actor, activityId, sessionId);
  return db
    .select({
      residentId: attendances.residentId,
      method: attendances.method,
      checkedInAt: attendances.checkedInAt,
      name: sql<string>`(select r.name from residents r where r.id = ${attendances.residentId})`,
      birthDate: sql<string>`(select r.birth_date::text from residents r where r.id = ${attendances.residentId})`,
    })
    .from(attendances)
    .where(and(eq(attendances.sessionId, sessionId)))
    .then((rows) =>
      // Minors are masked here as in every list.
      rows.map(({ birthDate, ...r }) => ({
        ...r,
        name: ageOn(birthDate, today()) < 18 ? maskName(r.name) : r.name,
      })),
    );
}
