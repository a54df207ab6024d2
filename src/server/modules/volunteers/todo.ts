import { and, eq } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { serviceRecordCorrections, serviceRecords, volunteers } from './schema';

/** For those who screen volunteers and approve hours: applications, hours and corrections waiting. */
export async function volunteerTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'volunteers.manage')) return [];
  const [applications, hours, corrections] = await Promise.all([
    ctx.count(volunteers, and(eq(volunteers.status, 'applied'), inScope(ctx.actor, volunteers.orgPath))),
    ctx.count(
      serviceRecords,
      and(eq(serviceRecords.status, 'proposed'), inScope(ctx.actor, serviceRecords.orgPath)),
    ),
    ctx.count(
      serviceRecordCorrections,
      and(eq(serviceRecordCorrections.status, 'open'), inScope(ctx.actor, serviceRecordCorrections.orgPath)),
    ),
  ]);
  return [
    {
      key: 'volunteers.todo.applications',
      count: applications,
      link: '/volunteers?status=applied',
      tone: 'normal',
    },
    { key: 'volunteers.todo.hoursToApprove', count: hours, link: '/volunteers/hours', tone: 'normal' },
    { key: 'volunteers.todo.corrections', count: corrections, link: '/volunteers/hours', tone: 'warning' },
  ];
}
