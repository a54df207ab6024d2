import { and, eq } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { suggestions } from './schema';
import { overdueSql } from './service';

/** For those who answer the 便民信箱: suggestions nobody has taken up yet, and those past the reply deadline. */
export async function suggestionTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'suggestions.manage')) return [];
  const scope = inScope(ctx.actor, suggestions.orgPath);
  const [pending, overdue] = await Promise.all([
    ctx.count(suggestions, and(scope, eq(suggestions.status, 'submitted'))),
    ctx.count(suggestions, and(scope, overdueSql(ctx.clock.now()))),
  ]);
  return [
    {
      key: 'suggestions.todo.pending',
      count: pending,
      link: '/suggestions?status=submitted',
      tone: 'normal',
    },
    { key: 'suggestions.todo.overdue', count: overdue, link: '/suggestions?overdue=true', tone: 'warning' },
  ];
}
