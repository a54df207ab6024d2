import { and, eq } from 'drizzle-orm';
import { type MeetingAction, mayMeeting, meetingHasBegun } from '../../../core/meetings/rules';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { getOrgUnitInScope } from '../org-units/service';
import { meetings } from './schema';

export type MeetingRow = typeof meetings.$inferSelect;

/** The actor's own community: meetings, kinds and rules belong to a community. */
export async function actorCommunity(
  ctx: ServiceContext,
): Promise<{ id: string; path: string; name: string }> {
  const unit = await getOrgUnitInScope(ctx, ctx.actor.membership.orgUnitId);
  if (unit.kind !== 'community') throw new AppError('meetings.not_a_community', 400);
  return unit;
}

/** A meeting in the actor's scope, or 404 as for a missing one. */
export async function findMeeting(ctx: ServiceContext, id: string): Promise<MeetingRow> {
  const [row] = await ctx.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), inScope(ctx.actor, meetings.orgPath)));
  if (!row) throw new AppError('meetings.not_found', 404);
  return row;
}

/** The same, locked until the transaction ends: a change that depends on the status sees the current one. */
export async function lockMeeting(tx: ServiceContext, id: string): Promise<MeetingRow> {
  const [row] = await tx.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), inScope(tx.actor, meetings.orgPath)))
    .for('update');
  if (!row) throw new AppError('meetings.not_found', 404);
  return row;
}

/** Refuses what the meeting's status does not allow: 409 in Chinese. */
export function assertMeeting(action: MeetingAction, row: Pick<MeetingRow, 'status'>): void {
  if (mayMeeting(action, row.status)) return;
  throw new AppError(action === 'prepare' ? 'meetings.cancelled' : 'meetings.not_planned', 409);
}

/** Refuses signing in or deciding before the meeting's day. */
export function assertBegun(ctx: ServiceContext, row: Pick<MeetingRow, 'startsAt'>): void {
  if (!meetingHasBegun(row.startsAt, ctx.clock.today())) throw new AppError('meetings.not_begun', 409);
}
