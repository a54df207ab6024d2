import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { teamsLedByUser } from '../volunteers/service';
import { overdueWhere } from './action-views';
import { actionItems, meetings } from './schema';

/**
 * Staff: overdue action items (to the 任务督办 list, filtered) and today's meetings. A volunteer who
 * leads a team: the team's open action items (to the phone's 我的任务).
 */
export async function meetingTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (hasPermission(ctx.actor, 'meetings.manage')) {
    const start = new Date(`${ctx.clock.today()}T00:00:00+08:00`);
    const end = new Date(start.getTime() + 86_400_000);
    const [overdue, today] = await Promise.all([
      ctx.count(actionItems, and(inScope(ctx.actor, actionItems.orgPath), overdueWhere(ctx))),
      ctx.count(
        meetings,
        and(
          inScope(ctx.actor, meetings.orgPath),
          eq(meetings.status, 'planned'),
          gte(meetings.startsAt, start),
          lt(meetings.startsAt, end),
        ),
      ),
    ]);
    return [
      {
        key: 'meetings.todo.overdue',
        count: overdue,
        link: '/meetings/tasks?tab=overdue',
        tone: 'warning',
      },
      { key: 'meetings.todo.today', count: today, link: '/meetings', tone: 'normal' },
    ];
  }
  if (!hasPermission(ctx.actor, 'meetings.actOwn')) return [];
  const teams = await teamsLedByUser(ctx);
  if (teams.length === 0) return [];
  const open = await ctx.count(
    actionItems,
    and(
      eq(actionItems.status, 'open'),
      inArray(
        actionItems.volunteerTeamId,
        teams.map((t) => t.id),
      ),
    ),
  );
  return [{ key: 'meetings.todo.myTasks', count: open, link: '/m/tasks', tone: 'normal' }];
}
