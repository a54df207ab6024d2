import { and, eq } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import type { ResidentAttention } from '../../../core/residents/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { attentionCondition } from './attention';
import { residents } from './schema';

/** For those who keep the registry: records to complete and consents to obtain (see `attentionCondition`). */
export async function residentTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'residents.manage')) return [];
  const countOf = (kind: ResidentAttention) =>
    ctx.count(
      residents,
      and(inScope(ctx.actor, residents.orgPath), eq(residents.status, 'active'), attentionCondition(kind)),
    );
  const [incomplete, consentMissing] = await Promise.all([countOf('incomplete'), countOf('consentMissing')]);
  return [
    {
      key: 'residents.todo.incomplete',
      count: incomplete,
      link: '/residents?attention=incomplete',
      tone: 'normal',
    },
    {
      key: 'residents.todo.consentMissing',
      count: consentMissing,
      link: '/residents?attention=consentMissing',
      tone: 'warning',
    },
  ];
}
