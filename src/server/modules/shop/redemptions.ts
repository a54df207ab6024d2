import { and, eq, getTableColumns, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { RedemptionView } from '../../../core/shop/contract';
import { redemptionExpiresAt, withinPersonLimit, withinWindow } from '../../../core/shop/rules';
import { prepared } from '../../db/client';
import { AppError } from '../../http/errors';
import { atOrAbovePath, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { holdPoints, settleHold } from '../points/service';
import type { VolunteerRef } from '../volunteers/service';
import { expireDue, giveBack, isHeld, type RedemptionRow } from './expiry';
import { findItem, lockItem, type ShopItemRow } from './item-lock';
import { getRedemption } from './redemption-list';
import { redemptions, shopItems } from './schema';

/** Quantities of the item the volunteer holds or has collected: what the per-person limit counts. */
async function takenBy(tx: ServiceContext, itemId: string, volunteerId: string): Promise<number> {
  const [row] = await tx.db
    .select({ taken: sql<number>`coalesce(sum(${redemptions.quantity}), 0)::int` })
    .from(redemptions)
    .where(
      and(
        eq(redemptions.itemId, itemId),
        eq(redemptions.volunteerId, volunteerId),
        inArray(redemptions.status, ['held', 'collected']),
      ),
    );
  return row.taken;
}

export type RedeemSource = 'self' | 'counter';

/** What the item must be for a redemption of `quantity` now. */
function assertRedeemable(item: ShopItemRow, quantity: number, now: Date) {
  if (item.status !== 'listed') throw new AppError('shop.item_withdrawn', 409);
  if (!withinWindow(item, now)) throw new AppError('shop.outside_window', 409);
  if (item.stock < quantity) throw new AppError('shop.out_of_stock', 409);
}

/**
 * Redeems `quantity` of an item for a volunteer, in one transaction under the item's row lock (taken
 * first, as by every change of the item's stock, then the volunteer's points account): status, window,
 * stock and per-person limit are checked against what is current, the stock is promised and the points
 * are held (the points service refuses, 积分不足, when the volunteer cannot cover them). A refusal
 * writes nothing. The volunteer collects within REDEMPTION_HOLD_DAYS, else it expires.
 * On the phone (`self`) the items of the volunteer's community and the units above it are on offer; at
 * the counter, the items of the staff's scope.
 */
export async function redeem(
  ctx: ServiceContext,
  itemId: string,
  volunteer: VolunteerRef,
  quantity: number,
  source: RedeemSource,
): Promise<RedemptionView> {
  const visible =
    source === 'self'
      ? atOrAbovePath(shopItems.orgPath, volunteer.orgPath)
      : inScope(ctx.actor, shopItems.orgPath);
  // Refused before the lock when already sold out or closed: in a rush, those who come after the
  // sell-out cost one read and do not queue for the item. The same read asks whether a hold of this
  // item or volunteer has expired; those give their stock and points back first.
  const due = or(eq(redemptions.itemId, itemId), eq(redemptions.volunteerId, volunteer.id));
  const { hasExpiredHolds, ...item } = await findItemForRedemption(ctx, itemId, visible, due);
  if (hasExpiredHolds) await expireDue(ctx, due);
  assertRedeemable(
    hasExpiredHolds ? await findItem(ctx.db, itemId, visible) : item,
    quantity,
    ctx.clock.now(),
  );
  const id = await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, itemId, visible);
    const now = tx.clock.now();
    assertRedeemable(item, quantity, now);
    if (
      item.perPersonLimit !== null &&
      !withinPersonLimit(item.perPersonLimit, await takenBy(tx, itemId, volunteer.id), quantity)
    ) {
      throw new AppError('shop.over_person_limit', 409);
    }
    // Guarded as well as locked: the CHECK (stock >= 0) is the last line, this the first.
    const [promised] = await tx.db
      .update(shopItems)
      .set({ stock: sql`${shopItems.stock} - ${quantity}` })
      .where(and(eq(shopItems.id, itemId), gte(shopItems.stock, quantity)))
      .returning({ stock: shopItems.stock });
    if (!promised) throw new AppError('shop.out_of_stock', 409);
    const points = quantity * item.pricePoints;
    await holdPoints(tx, volunteer, points);
    const [row] = await tx.db
      .insert(redemptions)
      .values({
        itemId,
        volunteerId: volunteer.id,
        orgPath: item.orgPath,
        quantity,
        points,
        source,
        expiresAt: redemptionExpiresAt(now),
        createdBy: tx.actor.name,
        createdAt: now,
      })
      .returning({ id: redemptions.id });
    await recordAudit(tx, {
      action: 'shop.redeem',
      entity: 'redemption',
      entityId: row.id,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
      detail: { itemId, volunteerId: volunteer.id, quantity, points, source },
    });
    return row.id;
  });
  return getRedemption(ctx, id, source === 'self' ? volunteer : undefined);
}

/**
 * The redemption by id that `whose` lets the caller act on, closed from `held` to `to` in one guarded
 * update (two clerks pressing at once cannot both close it), or 404 / 409.
 */
async function closeHeld(
  tx: ServiceContext,
  id: string,
  whose: SQL,
  to: 'collected' | 'cancelled',
): Promise<RedemptionRow> {
  const [found] = await tx.db
    .select({ itemId: redemptions.itemId, status: redemptions.status })
    .from(redemptions)
    .where(and(eq(redemptions.id, id), whose));
  if (!found) throw new AppError('shop.redemption_not_found', 404);
  // The item first, as every change of its stock takes it: no deadlock with a redemption of the same item.
  if (to === 'cancelled') await lockItem(tx.db, found.itemId, sql`true`);
  const [row] = await tx.db
    .update(redemptions)
    .set({ status: to, closedAt: tx.clock.now(), closedBy: tx.actor.name })
    .where(and(eq(redemptions.id, id), isHeld))
    .returning();
  if (!row) throw new AppError('shop.redemption_closed', 409);
  return row;
}

/** Pick-up at the counter (领取): the held points are deducted for good. */
export async function collectRedemption(ctx: ServiceContext, id: string): Promise<RedemptionView> {
  const whose = inScope(ctx.actor, redemptions.orgPath);
  // One that has run out is released first, and then cannot be collected.
  await expireDue(ctx, and(eq(redemptions.id, id), whose));
  await inTransaction(ctx, async (tx) => {
    const row = await closeHeld(tx, id, whose, 'collected');
    await settleHold(tx, {
      volunteerId: row.volunteerId,
      amount: row.points,
      redemptionId: row.id,
      reason: '友邻超市兑换领取',
    });
    await recordAudit(tx, {
      action: 'shop.collect',
      entity: 'redemption',
      entityId: id,
      detail: { itemId: row.itemId, volunteerId: row.volunteerId, points: row.points },
    });
  });
  return getRedemption(ctx, id);
}

/**
 * Cancels a held redemption: the volunteer their own (`self`), staff one of their scope. The stock goes
 * back on offer and the points are released.
 */
export async function cancelRedemption(
  ctx: ServiceContext,
  id: string,
  self: VolunteerRef | null,
): Promise<RedemptionView> {
  const whose = self ? eq(redemptions.volunteerId, self.id) : inScope(ctx.actor, redemptions.orgPath);
  await inTransaction(ctx, async (tx) => {
    const row = await closeHeld(tx, id, whose, 'cancelled');
    await giveBack(tx, row);
    await recordAudit(tx, {
      action: 'shop.cancel_redemption',
      entity: 'redemption',
      entityId: id,
      detail: { itemId: row.itemId, volunteerId: row.volunteerId, by: self ? 'volunteer' : 'staff' },
    });
  });
  return getRedemption(ctx, id, self ?? undefined);
}

/** The item, and whether any held redemption matching `due` has passed its expiry: one statement. */
async function findItemForRedemption(
  ctx: ServiceContext,
  itemId: string,
  visible: SQL,
  due: SQL | undefined,
) {
  const [row] = await prepared(
    ctx.db
      .select({
        ...getTableColumns(shopItems),
        hasExpiredHolds: sql<boolean>`exists (${ctx.db
          .select({ one: sql`1` })
          .from(redemptions)
          .where(and(isHeld, lt(redemptions.expiresAt, ctx.clock.now()), due))})`,
      })
      .from(shopItems)
      .where(and(eq(shopItems.id, itemId), visible)),
  );
  if (!row) throw new AppError('shop.item_not_found', 404);
  return row;
}
