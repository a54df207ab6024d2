import { and, count, desc, eq, getTableColumns, ilike, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  LOW_STOCK_BELOW,
  type restockInput,
  type ShopItemCreateInput,
  type ShopItemUpdateInput,
  type ShopItemView,
  type shopItemListQuery,
} from '../../../core/shop/contract';
import { fenToYuan, yuanToFen } from '../../../core/shop/rules';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { orgUnitNameOf } from '../org-units/service';
import { expireDue } from './expiry';
import { lockItem, type ShopItemRow } from './item-lock';
import { itemPhotoUrl } from './item-photos';
import { redemptions, shopItems } from './schema';

/** What open redemptions of the item hold: still on the shelf, no longer promisable. */
export const heldQuantityOf = sql<number>`(select coalesce(sum(r.quantity), 0)::int from redemptions r
  where r.item_id = shop_items.id and r.status = 'held')`;

export const itemViewColumns = {
  ...getTableColumns(shopItems),
  orgUnitName: orgUnitNameOf(shopItems.orgUnitId),
  heldQuantity: heldQuantityOf,
};
type ItemViewRow = ShopItemRow & { orgUnitName: string; heldQuantity: number };

export function toItemView(r: ItemViewRow, membershipId: string): ShopItemView {
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    name: r.name,
    kind: r.kind,
    description: r.description,
    donorName: r.donorName,
    value: fenToYuan(r.valueFen),
    pricePoints: r.pricePoints,
    stock: r.stock,
    heldQuantity: r.heldQuantity,
    perPersonLimit: r.perPersonLimit,
    availableFrom: r.availableFrom?.toISOString() ?? null,
    availableUntil: r.availableUntil?.toISOString() ?? null,
    photoUrl: itemPhotoUrl(r.id, r.photoKey, membershipId),
    status: r.status,
  };
}

/** One item of the actor's scope as the API shows it, or 404. */
export async function getShopItem(ctx: ServiceContext, id: string): Promise<ShopItemView> {
  return toItemView(
    await findInScopeOrThrow(
      ctx.db,
      { table: shopItems, columns: itemViewColumns, id, scope: inScope(ctx.actor, shopItems.orgPath) },
      'shop.item_not_found',
    ),
    ctx.actor.membership.id,
  );
}

type ListQuery = z.infer<typeof shopItemListQuery> & PageQuery;

/** Items of the actor's unit and below, newest first. */
export async function listShopItems(ctx: ServiceContext, query: ListQuery) {
  // Expired redemptions give their stock back before it is shown.
  await expireDue(ctx, inScope(ctx.actor, redemptions.orgPath));
  const filters = and(
    inScope(ctx.actor, shopItems.orgPath),
    query.q ? ilike(shopItems.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    query.kind ? eq(shopItems.kind, query.kind) : undefined,
    query.status ? eq(shopItems.status, query.status) : undefined,
    query.lowStock ? lt(shopItems.stock, LOW_STOCK_BELOW) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(itemViewColumns)
      .from(shopItems)
      .where(filters)
      .orderBy(desc(shopItems.createdAt), desc(shopItems.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(shopItems).where(filters),
  ]);
  return {
    items: rows.map((r) => toItemView(r, ctx.actor.membership.id)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function itemValues(input: ShopItemUpdateInput) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    donorName: input.donorName,
    valueFen: yuanToFen(input.value),
    pricePoints: input.pricePoints,
    perPersonLimit: input.perPersonLimit,
    availableFrom: input.availableFrom ? new Date(input.availableFrom) : null,
    availableUntil: input.availableUntil ? new Date(input.availableUntil) : null,
  };
}

/** Lists a new item at the actor's unit with its first stock. */
export async function createShopItem(ctx: ServiceContext, input: ShopItemCreateInput): Promise<ShopItemView> {
  const unit = { id: ctx.actor.membership.orgUnitId, path: ctx.actor.membership.orgPath };
  const id = await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(shopItems)
      .values({
        ...itemValues(input),
        orgUnitId: unit.id,
        orgPath: unit.path,
        stock: input.stock,
        createdBy: tx.actor.name,
      })
      .returning({ id: shopItems.id });
    await recordAudit(tx, {
      action: 'shop.create_item',
      entity: 'shopItem',
      entityId: row.id,
      detail: { name: input.name, stock: input.stock },
    });
    return row.id;
  });
  return getShopItem(ctx, id);
}

/** Edits what an item is, costs and when it is offered; never its stock. */
export async function updateShopItem(
  ctx: ServiceContext,
  id: string,
  input: ShopItemUpdateInput,
): Promise<ShopItemView> {
  await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, id, inScope(tx.actor, shopItems.orgPath));
    await tx.db
      .update(shopItems)
      .set({ ...itemValues(input), updatedAt: tx.clock.now() })
      .where(eq(shopItems.id, id));
    await recordAudit(tx, {
      action: 'shop.update_item',
      entity: 'shopItem',
      entityId: id,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
      detail: { name: input.name, pricePoints: input.pricePoints },
    });
  });
  return getShopItem(ctx, id);
}

/**
 * Withdraws (下架) or relists (上架) an item. Open redemptions of a withdrawn item stay valid: the
 * volunteer may still collect what was promised.
 */
export async function setShopItemListed(
  ctx: ServiceContext,
  id: string,
  listed: boolean,
): Promise<ShopItemView> {
  const to = listed ? 'listed' : 'withdrawn';
  await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, id, inScope(tx.actor, shopItems.orgPath));
    if (item.status === to)
      throw new AppError(listed ? 'shop.already_listed' : 'shop.already_withdrawn', 409);
    await tx.db.update(shopItems).set({ status: to, updatedAt: tx.clock.now() }).where(eq(shopItems.id, id));
    await recordAudit(tx, {
      action: listed ? 'shop.relist_item' : 'shop.withdraw_item',
      entity: 'shopItem',
      entityId: id,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
    });
  });
  return getShopItem(ctx, id);
}

/** Adds stock that arrived (a new donation), on the record with its reason. */
export async function restockShopItem(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof restockInput>,
): Promise<ShopItemView> {
  await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, id, inScope(tx.actor, shopItems.orgPath));
    await tx.db
      .update(shopItems)
      .set({ stock: sql`${shopItems.stock} + ${input.quantity}`, updatedAt: tx.clock.now() })
      .where(eq(shopItems.id, id));
    await recordAudit(tx, {
      action: 'shop.restock',
      entity: 'shopItem',
      entityId: id,
      reason: input.reason,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
      detail: { quantity: input.quantity, stockBefore: item.stock },
    });
  });
  return getShopItem(ctx, id);
}
