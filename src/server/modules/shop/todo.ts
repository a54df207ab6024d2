import { and, eq, lt } from 'drizzle-orm';
import type { TodoItem } from '../../../core/home/contract';
import { LOW_STOCK_BELOW } from '../../../core/shop/contract';
import { hasPermission } from '../../http/actor';
import { inScope } from '../../http/scope';
import type { TodoContext } from '../../platform/module';
import { redemptions, shopItems } from './schema';

/** For the shop's keepers: redemptions waiting to be handed over, and listed items running low. */
export async function shopTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasPermission(ctx.actor, 'shop.manage')) return [];
  const [held, low] = await Promise.all([
    ctx.count(redemptions, and(eq(redemptions.status, 'held'), inScope(ctx.actor, redemptions.orgPath))),
    ctx.count(
      shopItems,
      and(
        eq(shopItems.status, 'listed'),
        lt(shopItems.stock, LOW_STOCK_BELOW),
        inScope(ctx.actor, shopItems.orgPath),
      ),
    ),
  ]);
  return [
    { key: 'shop.todo.toHandOver', count: held, link: '/shop?tab=redemptions', tone: 'normal' },
    { key: 'shop.todo.lowStock', count: low, link: '/shop', tone: 'warning' },
  ];
}
