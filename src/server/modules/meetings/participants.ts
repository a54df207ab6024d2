import { and, eq, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ParticipantView, participantInput } from '../../../core/meetings/contract';
import { roleLabels } from '../../../core/roles';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getVisibleProvider } from '../providers/service';
import { getResidentRef } from '../residents/service';
import { supervisorCandidates } from '../users/service';
import { volunteerInScope } from '../volunteers/service';
import { assertBegun, assertMeeting, lockMeeting, type MeetingRow } from './access';
import { meetingParticipants } from './schema';

// 参会人员: staff, volunteers, partners, residents (each of the meeting's community) or others by name;
// each signed in on the day.

type Input = z.infer<typeof participantInput>;
type Resolved = { name: string; affiliation: string; same: SQL | undefined };

const notInUnit = () => new AppError('meetingParticipants.not_in_unit', 400);

/** The person the input names, checked to belong to the meeting's community, with their name. */
async function resolve(tx: ServiceContext, meeting: MeetingRow, p: Input): Promise<Resolved> {
  const P = meetingParticipants;
  switch (p.kind) {
    case 'staff': {
      const userId = p.userId ?? '';
      const [staff] = await supervisorCandidates(tx, { coveringPath: meeting.orgPath, userId });
      if (!staff) throw notInUnit();
      return {
        name: staff.name,
        affiliation: p.affiliation || roleLabels[staff.role].zh,
        same: eq(P.userId, userId),
      };
    }
    case 'volunteer': {
      const v = await volunteerInScope(tx, p.volunteerId ?? '');
      if (v.orgUnitId !== meeting.orgUnitId || v.status !== 'active') throw notInUnit();
      return { name: v.name, affiliation: p.affiliation || '志愿者', same: eq(P.volunteerId, v.id) };
    }
    case 'resident': {
      const r = await getResidentRef(tx, p.residentId ?? '');
      if (r.orgUnitId !== meeting.orgUnitId) throw notInUnit();
      return { name: r.name, affiliation: p.affiliation || '居民代表', same: eq(P.residentId, r.id) };
    }
    case 'partner': {
      if (p.providerId) {
        const provider = await getVisibleProvider(tx, p.providerId);
        return {
          name: provider.name,
          affiliation: p.affiliation || '合作方',
          same: eq(P.providerId, provider.id),
        };
      }
      return {
        name: p.name,
        affiliation: p.affiliation,
        same: and(eq(P.kind, 'partner'), eq(P.name, p.name)),
      };
    }
    case 'other':
      return { name: p.name, affiliation: p.affiliation, same: and(eq(P.kind, 'other'), eq(P.name, p.name)) };
  }
}

/** Adds people to a planned or held meeting; one already listed is refused (409), nothing is added. */
export async function addParticipants(
  ctx: ServiceContext,
  meetingId: string,
  inputs: Input[],
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    assertMeeting('prepare', meeting);
    const resolved = [];
    for (const p of inputs) resolved.push({ p, r: await resolve(tx, meeting, p) });
    const [clash] = await tx.db
      .select({ id: meetingParticipants.id })
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.meetingId, meetingId), or(...resolved.map((x) => x.r.same))))
      .limit(1);
    const names = resolved.map(
      (x) => `${x.p.kind}:${x.p.userId ?? x.p.volunteerId ?? x.p.residentId ?? x.p.providerId ?? x.r.name}`,
    );
    if (clash || new Set(names).size !== names.length)
      throw new AppError('meetingParticipants.duplicate', 409);
    await tx.db.insert(meetingParticipants).values(
      resolved.map(({ p, r }) => ({
        meetingId,
        orgPath: meeting.orgPath,
        kind: p.kind,
        name: r.name,
        affiliation: r.affiliation,
        userId: p.kind === 'staff' ? p.userId : null,
        volunteerId: p.kind === 'volunteer' ? p.volunteerId : null,
        residentId: p.kind === 'resident' ? p.residentId : null,
        providerId: p.kind === 'partner' ? p.providerId : null,
      })),
    );
  });
}

/** A participant in scope with its meeting locked, or 404. */
async function lockParticipant(tx: ServiceContext, id: string) {
  const [row] = await tx.db
    .select()
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.id, id), inScope(tx.actor, meetingParticipants.orgPath)));
  if (!row) throw new AppError('meetingParticipants.not_found', 404);
  return { row, meeting: await lockMeeting(tx, row.meetingId) };
}

export async function removeParticipant(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { meeting } = await lockParticipant(tx, id);
    assertMeeting('prepare', meeting);
    await tx.db.delete(meetingParticipants).where(eq(meetingParticipants.id, id));
  });
}

/** 签到 (or taking it back) on the meeting's day or later; the time is the server's. */
export async function signInParticipant(
  ctx: ServiceContext,
  id: string,
  signedIn: boolean,
): Promise<ParticipantView> {
  return inTransaction(ctx, async (tx) => {
    const { row, meeting } = await lockParticipant(tx, id);
    assertMeeting('prepare', meeting);
    assertBegun(tx, meeting);
    const [updated] = await tx.db
      .update(meetingParticipants)
      .set({ signedInAt: signedIn ? (row.signedInAt ?? tx.clock.now()) : null })
      .where(eq(meetingParticipants.id, id))
      .returning();
    if (!signedIn && row.signedInAt)
      await recordAudit(tx, {
        action: 'meetings.sign_in_undo',
        entity: 'meetingParticipant',
        entityId: id,
        orgUnit: { id: meeting.orgUnitId, path: meeting.orgPath },
      });
    return {
      id: updated.id,
      kind: updated.kind,
      name: updated.name,
      affiliation: updated.affiliation,
      signedInAt: updated.signedInAt?.toISOString() ?? null,
    };
  });
}

/** Staff of the meeting's community a participant or an action item can name. */
export async function staffOfUnit(ctx: ServiceContext, orgPath: string) {
  const rows = await supervisorCandidates(ctx, { coveringPath: orgPath });
  return rows.map((r) => ({ userId: r.userId, name: r.name, role: roleLabels[r.role].zh }));
}
