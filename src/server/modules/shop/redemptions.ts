import { and, eq, getTableColumns, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { RedemptionView } from '../../../core/shop/contract';
import { redemptionExpiresAt, withinPersonLimit, withinWindow } from '../../../core/shop/rules';
import { statement } from '../../db/client';
import { AppError } from '../../http/errors';
import { atOrAbovePath, inScope, inScopePlaceholder, scopeValues } from '../../http/scope';
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
  // Refused before the lock when already sold out or closed: in a rush, those who come after the
  // sell-out cost one read and do not queue for the item. The same read asks whether a hold of this
  // item or volunteer has expired; those give their stock and points back first.
  const { hasExpiredHolds, ...item } = await findItemForRedemption(ctx, itemId, volunteer, source);
  const visible =
    source === 'self'
      ? atOrAbovePath(shopItems.orgPath, volunteer.orgPath)
      : inScope(ctx.actor, shopItems.orgPath);
  if (hasExpiredHolds)
    await expireDue(ctx, or(eq(redemptions.itemId, itemId), eq(redemptions.volunteerId, volunteer.id)));
  assertRedeemable(
    hasExpiredHolds ? await findItem(ctx.db, itemId, visible) : item,
    quantity,
    ctx.clock.now(),
  );
  const id = await inTransaction(ctx, (tx) =>
    promiseAndHold(tx, { itemId, visible, volunteer, quantity, source }),
  );
  return getRedemption(ctx, id, source === 'self' ? volunteer : undefined);
}

type Redemption = {
  itemId: string;
  visible: SQL;
  volunteer: VolunteerRef;
  quantity: number;
  source: RedeemSource;
};

/** Within the caller's transaction: promises the stock, holds the points, writes the redemption and its audit row. */
async function promiseAndHold(
  tx: ServiceContext,
  { itemId, visible, volunteer, quantity, source }: Redemption,
): Promise<string> {
  // The guarded update takes the item's row lock, as every change of its stock does, before the
  // volunteer's points account. One that finds the stock gone waits only for the holder's commit and
  // is refused inside the database, without a round trip under the lock. The CHECK (stock >= 0) is
  // the last line, this guard the first.
  const [item] = await tx.db
    .update(shopItems)
    .set({ stock: sql`${shopItems.stock} - ${quantity}` })
    .where(and(eq(shopItems.id, itemId), gte(shopItems.stock, quantity), visible))
    .returning();
  if (!item) throw new AppError('shop.out_of_stock', 409);
  const now = tx.clock.now();
  assertRedeemable({ ...item, stock: item.stock + quantity }, quantity, now);
  if (
    item.perPersonLimit !== null &&
    !withinPersonLimit(item.perPersonLimit, await takenBy(tx, itemId, volunteer.id), quantity)
  ) {
    throw new AppError('shop.over_person_limit', 409);
  }
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

/**
 * The item as `visible` (built with placeholders) lets the redeemer see it, and whether a held
 * redemption of the item or of the volunteer has passed its expiry: one statement, built once — in a
 * rush it is the only look-up of those who come after the sell-out.
 */
const itemForRedemption = (visible: SQL) =>
  statement((db) =>
    db
      .select({
        ...getTableColumns(shopItems),
        hasExpiredHolds: sql<boolean>`exists (${db
          .select({ one: sql`1` })
          .from(redemptions)
          .where(
            and(
              isHeld,
              lt(redemptions.expiresAt, sql.placeholder('now')),
              or(
                eq(redemptions.itemId, sql.placeholder('itemId')),
                eq(redemptions.volunteerId, sql.placeholder('volunteerId')),
              ),
            ),
          )})`,
      })
      .from(shopItems)
      .where(and(eq(shopItems.id, sql.placeholder('itemId')), visible)),
  );
const itemForSelf = itemForRedemption(
  atOrAbovePath(shopItems.orgPath, sql`${sql.placeholder('volunteerPath')}`),
);
const itemAtCounter = itemForRedemption(inScopePlaceholder(shopItems.orgPath));

async function findItemForRedemption(
  ctx: ServiceContext,
  itemId: string,
  volunteer: VolunteerRef,
  source: RedeemSource,
) {
  const values = { itemId, volunteerId: volunteer.id, now: ctx.clock.now().toISOString() };
  const [row] = await (source === 'self'
    ? itemForSelf(ctx.db, { ...values, volunteerPath: volunteer.orgPath })
    : itemAtCounter(ctx.db, { ...values, ...scopeValues(ctx.actor) }));
  if (!row) throw new AppError('shop.item_not_found', 404);
  return row;
}
