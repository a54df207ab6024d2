import { and, eq } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { needs } from './schema';

/** For those who take needs in: the new ones waiting to be accepted or declined. */
export async function needTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'needs.manage')) return [];
  const n = await ctx.count(needs, and(eq(needs.status, 'new'), inScope(ctx.actor, needs.orgPath)));
  return [{ key: 'needs.todo.new', count: n, link: '/needs?status=new', tone: 'normal' }];
}
