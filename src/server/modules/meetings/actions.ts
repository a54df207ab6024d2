import { and, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActionItemView, actionItemInput, actionItemListQuery } from '../../../core/meetings/contract';
import { type ActionItemMove, actionItemMoves, shanghaiDayOf } from '../../../core/meetings/rules';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { findActivity } from '../activities/service';
import { recordAudit } from '../audit/service';
import { recordNeedAction } from '../needs/service';
import { getVisibleProvider } from '../providers/service';
import { supervisorCandidates } from '../users/service';
import { teamRefInScope, teamsLedByUser } from '../volunteers/service';
import { assertMeeting } from './access';
import { actionItemViews, countActionItems, overdueWhere } from './action-views';
import { lockAgendaItem } from './agenda';
import { actionItems, agendaItems } from './schema';

// 任务: what a decision asks of whom by when; followed to done with evidence, reopened or cancelled
// with a reason. Each change of status is guarded in its UPDATE and steps the need's thread.

type ActionRow = typeof actionItems.$inferSelect;
type Input = z.infer<typeof actionItemInput>;

const badAssignee = () =>
  new AppError('actionItems.bad_assignee', 400, [{ path: 'assigneeKind', message: '请选择本社区的责任方' }]);

/** Who carries the item out, checked to belong to the meeting's community, and their name as shown. */
async function resolveAssignee(
  tx: ServiceContext,
  meeting: { orgUnitId: string; orgPath: string },
  input: Input,
) {
  if (input.assigneeKind === 'volunteerTeam') {
    const team = await teamRefInScope(tx, input.volunteerTeamId ?? '');
    if (team.orgUnitId !== meeting.orgUnitId) throw badAssignee();
    return { volunteerTeamId: team.id, assigneeName: team.name };
  }
  if (input.assigneeKind === 'staff') {
    const userId = input.staffUserId ?? '';
    const [staff] = await supervisorCandidates(tx, { coveringPath: meeting.orgPath, userId });
    if (!staff) throw badAssignee();
    return { staffUserId: userId, assigneeName: staff.name };
  }
  if (input.providerId) {
    const provider = await getVisibleProvider(tx, input.providerId);
    return { providerId: provider.id, assigneeName: provider.name };
  }
  return { assigneeName: input.partnerName };
}

/** A decided agenda item gains an action item; the need's thread records the assignment. */
export async function createActionItem(
  ctx: ServiceContext,
  agendaItemId: string,
  input: Input,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { item, meeting } = await lockAgendaItem(tx, agendaItemId);
    assertMeeting('prepare', meeting);
    if (item.decision === null) throw new AppError('agendaItems.not_decided', 409);
    if (input.dueOn < shanghaiDayOf(meeting.startsAt))
      throw new AppError('actionItems.due_before_meeting', 400, [
        { path: 'dueOn', message: '完成时限不能早于会议日期' },
      ]);
    const assignee = await resolveAssignee(tx, meeting, input);
    const [row] = await tx.db
      .insert(actionItems)
      .values({
        orgUnitId: meeting.orgUnitId,
        orgPath: meeting.orgPath,
        agendaItemId,
        meetingId: meeting.id,
        what: input.what,
        assigneeKind: input.assigneeKind,
        ...assignee,
        dueOn: input.dueOn,
        status: 'open',
        createdBy: tx.actor.userId,
      })
      .returning({ id: actionItems.id });
    if (item.needId)
      await recordNeedAction(tx, item.needId, 'actionAssigned', {
        actionItemId: row.id,
        note: `${input.what}（${assignee.assigneeName}，${input.dueOn}前）`,
      });
    return row;
  });
}

/** Staff: an action item in scope. A team leader: an item of a team they lead. Otherwise 404. */
export async function lockAction(tx: ServiceContext, id: string, asLeader: boolean): Promise<ActionRow> {
  const led = asLeader ? (await teamsLedByUser(tx)).map((t) => t.id) : [];
  const [row] = await tx.db
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.id, id),
        inScope(tx.actor, actionItems.orgPath),
        asLeader ? (led.length ? inArray(actionItems.volunteerTeamId, led) : sql`false`) : undefined,
      ),
    )
    .for('update');
  if (!row) throw new AppError('actionItems.not_found', 404);
  return row;
}

async function needOf(tx: ServiceContext, row: ActionRow): Promise<string | null> {
  const [item] = await tx.db
    .select({ needId: agendaItems.needId })
    .from(agendaItems)
    .where(eq(agendaItems.id, row.agendaItemId));
  return item.needId;
}

async function move(
  tx: ServiceContext,
  row: ActionRow,
  how: ActionItemMove,
  set: Partial<typeof actionItems.$inferInsert>,
  reason?: string,
) {
  const { from, to } = actionItemMoves[how];
  const moved = await tx.db
    .update(actionItems)
    .set({ ...set, status: to })
    .where(and(eq(actionItems.id, row.id), eq(actionItems.status, from)))
    .returning({ id: actionItems.id });
  if (moved.length === 0) throw new AppError('actionItems.wrong_status', 409);
  await recordAudit(tx, {
    action: `actionItems.${how}`,
    entity: 'actionItem',
    entityId: row.id,
    reason,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
  });
}

/**
 * 已完成 with the evidence: a note, and (staff) an activity of the unit it was done at. A team
 * leader marks their team's items done from the phone (`asLeader`).
 */
export async function markActionDone(
  ctx: ServiceContext,
  id: string,
  input: { note: string; activityId: string | null },
  asLeader = false,
): Promise<ActionItemView> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockAction(tx, id, asLeader);
    if (row.status !== 'open') throw new AppError('actionItems.wrong_status', 409);
    if (input.activityId) {
      const activity = await findActivity(tx, input.activityId).catch(() => null);
      if (!activity || activity.orgUnitId !== row.orgUnitId)
        throw new AppError('actionItems.bad_activity', 400);
    }
    const needId = await needOf(tx, row);
    await move(tx, row, 'done', {
      evidenceNote: input.note,
      activityId: input.activityId,
      doneAt: tx.clock.now(),
      doneBy: tx.actor.userId,
    });
    if (needId) await recordNeedAction(tx, needId, 'actionDone', { actionItemId: id, note: input.note });
  });
  return (await actionItemViews(ctx, eq(actionItems.id, id)))[0];
}

/**
 * Back to 进行中 (the evidence did not hold) or 已撤销 (no longer needed), with the reason: it is kept
 * as the item's note, so the team sees why, and in the audit row.
 */
export async function reopenOrCancelAction(
  ctx: ServiceContext,
  id: string,
  how: 'reopen' | 'cancel',
  reason: string,
): Promise<ActionItemView> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockAction(tx, id, false);
    const note = how === 'reopen' ? `退回：${reason}` : `撤销：${reason}`;
    await move(
      tx,
      row,
      how,
      how === 'reopen' ? { evidenceNote: note, doneAt: null, doneBy: null } : { evidenceNote: note },
      reason,
    );
  });
  return (await actionItemViews(ctx, eq(actionItems.id, id)))[0];
}

type ListQuery = z.infer<typeof actionItemListQuery> & PageQuery;

/** 任务督办: action items in scope by status (or overdue), assignee, team and meeting, with tab counts. */
export async function listActionItems(ctx: ServiceContext, q: ListQuery) {
  const base = and(
    inScope(ctx.actor, actionItems.orgPath),
    q.assigneeKind ? eq(actionItems.assigneeKind, q.assigneeKind) : undefined,
    q.volunteerTeamId ? eq(actionItems.volunteerTeamId, q.volunteerTeamId) : undefined,
    q.meetingId ? eq(actionItems.meetingId, q.meetingId) : undefined,
  );
  const where = and(
    base,
    q.status ? eq(actionItems.status, q.status) : undefined,
    q.overdue === true ? overdueWhere(ctx) : undefined,
    q.overdue === false ? sql`not (${overdueWhere(ctx)})` : undefined,
  );
  const [items, total, counts] = await Promise.all([
    actionItemViews(ctx, where, { limit: q.pageSize, offset: offsetOf(q) }),
    countActionItems(ctx, where),
    tabCounts(ctx, base),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize, counts };
}

async function tabCounts(ctx: ServiceContext, base: SQL | undefined) {
  const today = ctx.clock.today();
  const [row] = await ctx.db
    .select({
      open: sql<number>`count(*) filter (where ${actionItems.status} = 'open')::int`,
      overdue: sql<number>`count(*) filter (where ${actionItems.status} = 'open' and ${actionItems.dueOn} < ${today})::int`,
      done: sql<number>`count(*) filter (where ${actionItems.status} = 'done')::int`,
      cancelled: sql<number>`count(*) filter (where ${actionItems.status} = 'cancelled')::int`,
    })
    .from(actionItems)
    .where(base);
  return row;
}

/** 我的任务: the open items of the teams the signed-in volunteer leads, and those done in the last 30 days. */
export async function myActionItems(ctx: ServiceContext) {
  const teams = await teamsLedByUser(ctx);
  if (teams.length === 0) return { teams: [], items: [] };
  const since = new Date(ctx.clock.now().getTime() - 30 * 86_400_000);
  const items = await actionItemViews(
    ctx,
    and(
      inScope(ctx.actor, actionItems.orgPath),
      inArray(
        actionItems.volunteerTeamId,
        teams.map((t) => t.id),
      ),
      or(eq(actionItems.status, 'open'), and(eq(actionItems.status, 'done'), gte(actionItems.doneAt, since))),
    ),
  );
  return { teams: teams.map(({ id, name }) => ({ id, name })), items };
}
