import { and } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { awaitingStep, caseQuietDays } from './awaiting';
import { overdueVisitsByGrid } from './overdue-counts';
import { cases } from './schema';

/**
 * For those who visit and work cases: overdue visits with a part per grid (each opens the 逾期 list on
 * that grid), and the caller's open cases with no record for `caseQuietDays` days.
 */
export async function caseTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'cases.manage')) return [];
  const [grids, quiet] = await Promise.all([
    overdueVisitsByGrid(ctx),
    ctx.count(cases, and(inScope(ctx.actor, cases.orgPath), awaitingStep(ctx.actor, ctx.clock.today()))),
  ]);
  return [
    {
      key: 'visits.todo.overdue',
      count: grids.reduce((sum, g) => sum + g.count, 0),
      link: '/visits?tab=overdue',
      tone: 'warning',
      parts: grids.map((g) => ({
        ...(g.gridName
          ? { key: 'visits.todo.grid', params: { grid: g.gridName } }
          : { key: 'visits.noGrid' }),
        count: g.count,
        link: `/visits?tab=overdue&grid=${g.gridId ?? 'none'}`,
      })),
    },
    {
      key: 'cases.todo.awaitingStep',
      count: quiet,
      link: '/cases?waiting=true',
      tone: 'normal',
      params: { days: String(caseQuietDays) },
    },
  ];
}
