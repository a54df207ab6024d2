import { and, eq } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { residentChangeRequests } from './schema';

/** For those who keep the registry: proposed changes waiting for their decision (登记变更待核). */
export async function registryChangeTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'registry-changes.review')) return [];
  const n = await ctx.count(
    residentChangeRequests,
    and(inScope(ctx.actor, residentChangeRequests.orgPath), eq(residentChangeRequests.status, 'pending')),
  );
  return [{ key: 'registryChanges.todo.pending', count: n, link: '/residents/changes', tone: 'normal' }];
}
