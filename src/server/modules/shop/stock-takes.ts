import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StockTakeView, stockTakeInput } from '../../../core/shop/contract';
import { bookQuantity, stockAfterCount } from '../../../core/shop/rules';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { expireDue } from './expiry';
import { lockItem } from './item-lock';
import { redemptions, shopItems, stockTakes } from './schema';

const viewColumns = {
  id: stockTakes.id,
  itemId: stockTakes.itemId,
  itemName: shopItems.name,
  bookQuantity: stockTakes.bookQuantity,
  countedQuantity: stockTakes.countedQuantity,
  reason: stockTakes.reason,
  createdByName: stockTakes.createdBy,
  createdAt: stockTakes.createdAt,
};

type ViewRow = { createdAt: Date } & Omit<StockTakeView, 'createdAt'>;
const toView = (r: ViewRow): StockTakeView => ({ ...r, createdAt: r.createdAt.toISOString() });

/**
 * 盘点: the count on the shelf against the books (stock + what open redemptions hold). The difference
 * adjusts the stock, with a reason whenever there is one; the held quantities stay promised, so a count
 * below them is refused until those redemptions are cancelled.
 */
export async function takeStock(
  ctx: ServiceContext,
  itemId: string,
  input: z.infer<typeof stockTakeInput>,
): Promise<StockTakeView> {
  await expireDue(ctx, eq(redemptions.itemId, itemId));
  const id = await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, itemId, inScope(tx.actor, shopItems.orgPath));
    const [{ held }] = await tx.db
      .select({ held: sql<number>`coalesce(sum(${redemptions.quantity}), 0)::int` })
      .from(redemptions)
      .where(and(eq(redemptions.itemId, itemId), eq(redemptions.status, 'held')));
    const book = bookQuantity(item.stock, held);
    if (input.countedQuantity !== book && !input.reason) throw new AppError('shop.reason_required', 400);
    const stock = stockAfterCount(input.countedQuantity, held);
    if (stock === null) throw new AppError('shop.count_below_held', 409);
    await tx.db.update(shopItems).set({ stock, updatedAt: tx.clock.now() }).where(eq(shopItems.id, itemId));
    const [row] = await tx.db
      .insert(stockTakes)
      .values({
        itemId,
        orgPath: item.orgPath,
        bookQuantity: book,
        countedQuantity: input.countedQuantity,
        reason: input.reason,
        createdBy: tx.actor.name,
        createdAt: tx.clock.now(),
      })
      .returning({ id: stockTakes.id });
    await recordAudit(tx, {
      action: 'shop.stock_take',
      entity: 'stockTake',
      entityId: row.id,
      reason: input.reason || undefined,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
      detail: {
        itemId,
        bookQuantity: book,
        countedQuantity: input.countedQuantity,
        stockBefore: item.stock,
        stock,
      },
    });
    return row.id;
  });
  const [row] = await ctx.db
    .select(viewColumns)
    .from(stockTakes)
    .innerJoin(shopItems, eq(shopItems.id, stockTakes.itemId))
    .where(eq(stockTakes.id, id));
  return toView(row);
}

/** Stock-takes of the actor's scope, newest first; `itemId` narrows to one item. */
export async function listStockTakes(ctx: ServiceContext, query: PageQuery & { itemId?: string }) {
  const filters = and(
    inScope(ctx.actor, stockTakes.orgPath),
    query.itemId ? eq(stockTakes.itemId, query.itemId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(viewColumns)
      .from(stockTakes)
      .innerJoin(shopItems, eq(shopItems.id, stockTakes.itemId))
      .where(filters)
      .orderBy(desc(stockTakes.createdAt), desc(stockTakes.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(stockTakes).where(filters),
  ]);
  return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
}
