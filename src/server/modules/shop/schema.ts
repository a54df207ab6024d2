import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { volunteers } from '../volunteers/schema';

/**
 * An item of the points shop (友邻超市): goods or a service, often donated by a partner business with
 * its value in fen. `stock` is what can still be promised; items promised to open redemptions are on
 * the shelf too, so shelf = stock + held quantities.
 */
export const shopItems = pgTable(
  'shop_items',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['goods', 'service'] }).notNull(),
    description: text('description').notNull().default(''),
    donorName: text('donor_name').notNull().default(''),
    valueFen: integer('value_fen').notNull().default(0),
    pricePoints: integer('price_points').notNull(),
    stock: integer('stock').notNull(),
    /** At most this many per volunteer across their live redemptions; null means no limit. */
    perPersonLimit: integer('per_person_limit'),
    availableFrom: timestamp('available_from', { withTimezone: true }),
    availableUntil: timestamp('available_until', { withTimezone: true }),
    photoKey: text('photo_key'),
    status: text('status', { enum: ['listed', 'withdrawn'] })
      .notNull()
      .default('listed'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('shop_items_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('shop_items_stock_check', sql`${t.stock} >= 0`),
    check('shop_items_price_check', sql`${t.pricePoints} > 0 and ${t.valueFen} >= 0`),
    check('shop_items_limit_check', sql`${t.perPersonLimit} is null or ${t.perPersonLimit} > 0`),
  ],
);

/**
 * A redemption (积分兑换): points and stock are held when it is made, the points deducted when the item
 * is handed over, and both released if it is cancelled or expires uncollected.
 */
export const redemptions = pgTable(
  'redemptions',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => shopItems.id),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    orgPath: text('org_path').notNull(),
    quantity: integer('quantity').notNull(),
    points: integer('points').notNull(),
    status: text('status', { enum: ['held', 'collected', 'cancelled', 'expired'] })
      .notNull()
      .default('held'),
    source: text('source', { enum: ['self', 'counter'] }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('redemptions_item_idx').on(t.itemId, t.status),
    index('redemptions_volunteer_idx').on(t.volunteerId, t.status),
    index('redemptions_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('redemptions_expiry_idx').on(t.expiresAt).where(sql`status = 'held'`),
    check('redemptions_quantity_check', sql`${t.quantity} > 0 and ${t.points} > 0`),
  ],
);

/** 盘点: a count of an item on the shelf against the books, and the reason for any difference. */
export const stockTakes = pgTable(
  'stock_takes',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => shopItems.id),
    orgPath: text('org_path').notNull(),
    bookQuantity: integer('book_quantity').notNull(),
    countedQuantity: integer('counted_quantity').notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('stock_takes_item_idx').on(t.itemId),
    check('stock_takes_counted_check', sql`${t.countedQuantity} >= 0`),
  ],
);
