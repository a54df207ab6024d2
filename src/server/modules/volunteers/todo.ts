import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { serviceRecordCorrections, serviceRecords, volunteers } from './schema';

const countOf = async (ctx: ServiceContext, table: PgTable, where: SQL | undefined) =>
  (await ctx.db.select({ n: count() }).from(table).where(where))[0].n;

/** For those who screen volunteers and approve hours: applications, hours and corrections waiting. */
export async function volunteerTodo(ctx: ServiceContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'volunteers.manage')) return [];
  const [applications, hours, corrections] = await Promise.all([
    countOf(ctx, volunteers, and(eq(volunteers.status, 'applied'), inScope(ctx.actor, volunteers.orgPath))),
    countOf(
      ctx,
      serviceRecords,
      and(eq(serviceRecords.status, 'proposed'), inScope(ctx.actor, serviceRecords.orgPath)),
    ),
    countOf(
      ctx,
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
