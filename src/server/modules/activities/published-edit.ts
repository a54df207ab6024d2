import { and, asc, eq } from 'drizzle-orm';
import type { ActivityInput } from '../../../core/activities/contract';
import {
  type LockedField,
  lockedFieldsChanged,
  sessionTimesMoved,
} from '../../../core/activities/published-edit';
import { AppError, type FieldError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import { notifyRegistrants } from './registrant-notices';
import { activities, activitySessions } from './schema';

type ActivityRow = typeof activities.$inferSelect;

const LOCKED_MESSAGES: Record<LockedField, string> = {
  kind: '活动发布后不能更改类型',
  title: '活动发布后不能更改名称',
  capacity: '活动发布后不能更改名额',
  audience: '活动发布后不能更改报名范围',
  registrationOpensAt: '活动发布后不能更改报名时间',
  registrationClosesAt: '活动发布后不能更改报名时间',
  cancellationDeadline: '活动发布后不能更改取消截止时间',
  priorityOpensAt: '活动发布后不能更改优先报名时间',
  sessions: '活动发布后不能增减活动节数',
};

const shanghaiMinute = (d: Date) =>
  d.toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
    hour12: false,
  });

/**
 * A published activity changes only what leaves its registrations intact; the sessions keep their ids
 * (attendance hangs on them) and move in place, and everyone signed up or waiting is told of a move.
 * The update checks the status again, so a concurrent finish or cancel wins and this writes nothing.
 */
export async function updatePublishedActivity(
  tx: ServiceContext,
  current: ActivityRow,
  input: ActivityInput,
  projectId: string | null,
): Promise<{ timesMoved: boolean }> {
  const stored = await tx.db
    .select({ id: activitySessions.id, startsAt: activitySessions.startsAt, endsAt: activitySessions.endsAt })
    .from(activitySessions)
    .where(eq(activitySessions.activityId, current.id))
    .orderBy(asc(activitySessions.seq));
  const locked = lockedFieldsChanged({ ...current, sessionCount: stored.length }, input);
  if (locked.length > 0) {
    const errors: FieldError[] = locked.map((path) => ({ path, message: LOCKED_MESSAGES[path] }));
    throw new AppError('activities.locked_after_publishing', 409, errors);
  }
  const [updated] = await tx.db
    .update(activities)
    .set({
      description: input.description,
      place: input.place,
      brands: input.brands,
      targetGroups: input.targetGroups,
      projectId,
    })
    .where(and(eq(activities.id, current.id), eq(activities.status, 'published')))
    .returning({ id: activities.id });
  if (!updated) throw new AppError('activities.not_editable', 409);
  const timesMoved = sessionTimesMoved(stored, input.sessions);
  if (!timesMoved) return { timesMoved };
  for (const [i, s] of stored.entries()) {
    await tx.db
      .update(activitySessions)
      .set({ startsAt: new Date(input.sessions[i].startsAt), endsAt: new Date(input.sessions[i].endsAt) })
      .where(eq(activitySessions.id, s.id));
  }
  await notifyRegistrants(tx, current.id, {
    title: '活动时间已调整',
    body: `您报名的“${current.title}”时间已调整，现在 ${shanghaiMinute(new Date(input.sessions[0].startsAt))} 开始，请留意安排。`,
  });
  return { timesMoved };
}
