import { and, count, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
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
export async function activityTodo(ctx: ServiceContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'activities.manage')) return [];
  const today = ctx.clock.today();
  const [start, end] = dayBounds(today);
  const [[sessions], [unlinked]] = await Promise.all([
    ctx.db
      .select({ n: count() })
      .from(activitySessions)
      .innerJoin(activities, eq(activities.id, activitySessions.activityId))
      .where(
        and(
          eq(activities.status, 'published'),
          gte(activitySessions.startsAt, start),
          lt(activitySessions.startsAt, end),
          inScope(ctx.actor, activities.orgPath),
        ),
      ),
    ctx.db
      .select({ n: count() })
      .from(activities)
      .where(
        and(
          inArray(activities.status, ['published', 'finished']),
          isNull(activities.projectId),
          gte(activities.createdAt, dayBounds(`${today.slice(0, 4)}-01-01`)[0]),
          inScope(ctx.actor, activities.orgPath),
        ),
      ),
  ]);
  return [
    { key: 'activities.todo.sessionsToday', count: sessions.n, link: '/activities', tone: 'normal' },
    { key: 'activities.todo.noProject', count: unlinked.n, link: '/activities', tone: 'warning' },
  ];
}
