import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { releaseHold } from '../points/service';
import { lockItem } from './item-lock';
import { redemptions, shopItems } from './schema';

export type RedemptionRow = typeof redemptions.$inferSelect;

/** A redemption that still holds points and stock. */
export const isHeld = eq(redemptions.status, 'held');

/**
 * Releases held redemptions past their expiry that match `which`, each in its own transaction, taking
 * the item's lock first and the points account's after, the order of every change of the shop. There
 * is no job runner in the product, so this runs lazily at the start of the calls that read or change
 * what the redemptions hold (see service.ts `expireRedemptions` for the unscoped sweep).
 */
export async function expireDue(
  ctx: ServiceContext,
  which: SQL | undefined,
  now: Date = ctx.clock.now(),
): Promise<number> {
  const due = await ctx.db
    .select({ id: redemptions.id, itemId: redemptions.itemId })
    .from(redemptions)
    .where(and(isHeld, lt(redemptions.expiresAt, now), which))
    .limit(500);
  let expired = 0;
  for (const { id, itemId } of due) {
    const released = await inTransaction(ctx, async (tx) => {
      await lockItem(tx.db, itemId, sql`true`);
      const [row] = await tx.db
        .update(redemptions)
        .set({ status: 'expired', closedAt: now })
        .where(and(eq(redemptions.id, id), isHeld))
        .returning();
      if (row) await giveBack(tx, row);
      return row !== undefined;
    });
    if (released) expired += 1;
  }
  return expired;
}

/** Puts the quantity back in stock and releases the points a redemption closed unfulfilled held. */
export async function giveBack(tx: ServiceContext, row: RedemptionRow) {
  await tx.db
    .update(shopItems)
    .set({ stock: sql`${shopItems.stock} + ${row.quantity}` })
    .where(eq(shopItems.id, row.itemId));
  await releaseHold(tx, row.volunteerId, row.points);
}
