import { and, asc, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { ActionItemView } from '../../../core/meetings/contract';
import { isOverdue } from '../../../core/meetings/rules';
import type { ServiceContext } from '../../platform/context';
import { activityTitleOf } from '../activities/service';
import { actionItemPhotos, actionItems, agendaItems, meetings } from './schema';

// How action items read: with their meeting, their agenda item and need, overdue by ctx.clock, photos.

const viewColumns = {
  id: actionItems.id,
  meetingId: actionItems.meetingId,
  meetingTitle: meetings.title,
  agendaItemId: actionItems.agendaItemId,
  agendaTitle: agendaItems.title,
  needId: agendaItems.needId,
  what: actionItems.what,
  assigneeKind: actionItems.assigneeKind,
  volunteerTeamId: actionItems.volunteerTeamId,
  assigneeName: actionItems.assigneeName,
  dueOn: actionItems.dueOn,
  status: actionItems.status,
  evidenceNote: actionItems.evidenceNote,
  activityId: actionItems.activityId,
  activityTitle: activityTitleOf(actionItems.activityId),
  doneAt: actionItems.doneAt,
};

/** Open and due before today, as a predicate. */
export const overdueWhere = (ctx: ServiceContext): SQL =>
  and(eq(actionItems.status, 'open'), lt(actionItems.dueOn, ctx.clock.today())) as SQL;

const baseQuery = (ctx: ServiceContext, where: SQL | undefined) =>
  ctx.db
    .select(viewColumns)
    .from(actionItems)
    .innerJoin(agendaItems, eq(agendaItems.id, actionItems.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(where);

/**
 * Action items matching `where` (the caller has scoped it), most urgent first: open ones by due date,
 * then the rest newest first.
 */
export async function actionItemViews(
  ctx: ServiceContext,
  where: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<ActionItemView[]> {
  const query = baseQuery(ctx, where).orderBy(
    sql`case when ${actionItems.status} = 'open' then 0 else 1 end`,
    asc(actionItems.dueOn),
    desc(actionItems.createdAt),
  );
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const photos = rows.length
    ? await ctx.db
        .select({
          id: actionItemPhotos.id,
          actionItemId: actionItemPhotos.actionItemId,
          width: actionItemPhotos.width,
          height: actionItemPhotos.height,
        })
        .from(actionItemPhotos)
        .where(
          inArray(
            actionItemPhotos.actionItemId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(actionItemPhotos.createdAt))
    : [];
  const today = ctx.clock.today();
  return rows.map((r) => ({
    ...r,
    overdue: isOverdue(r, today),
    doneAt: r.doneAt?.toISOString() ?? null,
    photos: photos
      .filter((p) => p.actionItemId === r.id)
      .map(({ id, width, height }) => ({ id, width, height })),
  }));
}

/** How many action items match `where`. */
export async function countActionItems(ctx: ServiceContext, where: SQL | undefined): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(where);
  return row.n;
}
