import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { shopItems } from './schema';

export type ShopItemRow = typeof shopItems.$inferSelect;

/**
 * The item row locked for the rest of the transaction: stock, held quantities and per-person counts of
 * one item change one at a time, so no stock goes below zero under any number of parallel requests.
 */
export async function lockItem(tx: Db, id: string, visible: SQL): Promise<ShopItemRow> {
  const [row] = await tx
    .select()
    .from(shopItems)
    .where(and(eq(shopItems.id, id), visible))
    .for('update');
  if (!row) throw new AppError('shop.item_not_found', 404);
  return row;
}

/** The item row as it is now, without a lock, or 404. */
export async function findItem(db: Db, id: string, visible: SQL): Promise<ShopItemRow> {
  const [row] = await db
    .select()
    .from(shopItems)
    .where(and(eq(shopItems.id, id), visible));
  if (!row) throw new AppError('shop.item_not_found', 404);
  return row;
}
