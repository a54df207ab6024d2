import { eq } from 'drizzle-orm';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import {
  getResidentRefs,
  listedName,
  type ResidentRef,
  residentBirthDateOf,
  residentNameOf,
  residentOfUser,
} from '../residents/service';
import { activities, activitySessions, attendances } from './schema';
import { type SessionKey, sessionOf } from './service';

const codeLifetimeMs = 15 * 60 * 1000;
// The QR code works from an hour before a session to half an hour after it.
const windowBeforeMs = 60 * 60 * 1000;
const windowAfterMs = 30 * 60 * 1000;

function sign(crypto: FieldCrypto, payload: string): string {
  return crypto.hash(`check-in:${payload}`).slice(0, 32);
}

/** A signed code for one session, good for 15 minutes; the staff screen shows it as a QR code. */
export async function issueCheckInCode(ctx: ServiceContext, key: SessionKey) {
  const { session } = await sessionOf(ctx, key);
  const expiresAt = Math.min(
    ctx.clock.now().getTime() + codeLifetimeMs,
    session.endsAt.getTime() + windowAfterMs,
  );
  const payload = `${session.id}.${expiresAt}`;
  return { code: `${payload}.${sign(ctx.crypto, payload)}`, expiresAt: new Date(expiresAt).toISOString() };
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

/** The signed-in resident scans the code with the phone: checked in once, however often they scan. */
export async function checkInWithCode(ctx: ServiceContext, code: string) {
  const resident = await residentOfUser(ctx);
  const [sessionId, expires, signature] = code.split('.');
  const payload = `${sessionId}.${expires}`;
  const now = ctx.clock.now().getTime();
  if (!signature || signature !== sign(ctx.crypto, payload) || Number(expires) < now) {
    throw new AppError('activities.invalid_check_in_code', 400);
  }
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
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
    const isNew = (await recordAttendance(tx.db, sessionId, [resident], 'qr')) > 0;
    if (isNew) {
      await recordAudit(tx, {
        action: 'activities.check_in',
        entity: 'attendance',
        entityId: sessionId,
        orgUnit: { id: row.orgUnitId, path: row.orgPath },
        detail: { residentId: resident.id, method: 'qr' },
      });
    }
    return { activityTitle: row.title, sessionSeq: row.session.seq, alreadyCheckedIn: !isNew };
  });
}

/** Staff check people in by name, many at once, from a paper sheet, or as walk-ins. */
export async function staffCheckIn(
  ctx: ServiceContext,
  key: SessionKey,
  { residentIds, method }: { residentIds: string[]; method: 'staff' | 'paper' | 'walkIn' },
) {
  return inTransaction(ctx, async (tx) => {
    const { activity, session } = await sessionOf(tx, key);
    if (activity.status !== 'published' && activity.status !== 'finished')
      throw new AppError('activities.not_published', 409);
    if (session.startsAt.getTime() - windowBeforeMs > tx.clock.now().getTime())
      throw new AppError('activities.session_not_started', 409);
    const people = await getResidentRefs(tx, residentIds);
    const added = await recordAttendance(tx.db, session.id, people, method);
    await recordAudit(tx, {
      action: 'activities.attendance',
      entity: 'session',
      entityId: session.id,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
      detail: { method, added, residentIds },
    });
    return { added, alreadyPresent: people.length - added };
  });
}

/** Unregistered guests are counted by number. */
export async function setGuestCount(ctx: ServiceContext, key: SessionKey, count: number) {
  await inTransaction(ctx, async (tx) => {
    const { activity, session } = await sessionOf(tx, key);
    await tx.db
      .update(activitySessions)
      .set({ guestCount: count })
      .where(eq(activitySessions.id, session.id));
    await recordAudit(tx, {
      action: 'activities.guests',
      entity: 'session',
      entityId: session.id,
      orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
      detail: { count },
    });
  });
}

/** Who was present at a session of the caller's scope, named whichever unit they live in. */
export async function sessionAttendance(ctx: ServiceContext, key: SessionKey) {
  const { session } = await sessionOf(ctx, key);
  const rows = await ctx.db
    .select({
      residentId: attendances.residentId,
      method: attendances.method,
      checkedInAt: attendances.checkedInAt,
      name: residentNameOf(attendances.residentId),
      birthDate: residentBirthDateOf(attendances.residentId),
    })
    .from(attendances)
    .where(eq(attendances.sessionId, session.id));
  return rows.map(({ birthDate, ...r }) => ({ ...r, name: listedName(ctx, { name: r.name, birthDate }) }));
}
