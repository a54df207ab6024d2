import { and, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { activities, activitySessions } from './schema';

/** Midnight (Asia/Shanghai) of a `YYYY-MM-DD` day and of the day after. */
const dayBounds = (day: string) => {
  const start = new Date(`${day}T00:00:00+08:00`);
  return [start, new Date(start.getTime() + 86_400_000)] as const;
};

/**
 * For those who run activities: today's sessions (to check people in), and this year's activities
 * delivered under no project — the year-end figures of a project cannot count them.
 */
export async function activityTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'activities.manage')) return [];
  const today = ctx.clock.today();
  const [start, end] = dayBounds(today);
  const [sessions, unlinked] = await Promise.all([
    ctx.count(
      activitySessions,
      and(
        gte(activitySessions.startsAt, start),
        lt(activitySessions.startsAt, end),
        sql`exists (select 1 from ${activities} where ${and(
          eq(activities.id, activitySessions.activityId),
          eq(activities.status, 'published'),
          inScope(ctx.actor, activities.orgPath),
        )})`,
      ),
    ),
    ctx.count(
      activities,
      and(
        inArray(activities.status, ['published', 'finished']),
        isNull(activities.projectId),
        gte(activities.createdAt, dayBounds(`${today.slice(0, 4)}-01-01`)[0]),
        inScope(ctx.actor, activities.orgPath),
      ),
    ),
  ]);
  return [
    { key: 'activities.todo.sessionsToday', count: sessions, link: '/activities', tone: 'normal' },
    { key: 'activities.todo.noProject', count: unlinked, link: '/activities', tone: 'warning' },
  ];
}
