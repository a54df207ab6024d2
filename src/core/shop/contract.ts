import { z } from 'zod';

// Requests and answers of the points shop 友邻超市 (items, redemptions, stock-takes).

export const shopItemKinds = ['goods', 'service'] as const;
export type ShopItemKind = (typeof shopItemKinds)[number];
export const shopItemStatuses = ['listed', 'withdrawn'] as const;
export const redemptionStatuses = ['held', 'collected', 'cancelled', 'expired'] as const;
export type RedemptionStatus = (typeof redemptionStatuses)[number];
export const redemptionSources = ['self', 'counter'] as const;

/** Stock below this many counts as low in the item list's filter. */
export const LOW_STOCK_BELOW = 5;

const instant = z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601' });
const positiveInt = (what: string) =>
  z
    .number({ error: `${what}须为正整数` })
    .int(`${what}须为整数`)
    .positive(`${what}须大于0`);

const itemFields = {
  name: z.string().trim().min(1, '请填写物品名称').max(100, '名称不超过100字'),
  kind: z.enum(shopItemKinds, '请选择物品或服务'),
  description: z.string().trim().max(1000, '说明不超过1000字').default(''),
  donorName: z.string().trim().max(100, '捐赠方不超过100字').default(''),
  /** Value in yuan, two decimals at most, as a string so no float rounding creeps in. */
  value: z
    .string()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, '价值须为元，最多两位小数')
    .default('0'),
  pricePoints: positiveInt('所需积分').max(1_000_000, '所需积分过大'),
  perPersonLimit: positiveInt('每人限兑').max(10_000).nullable().default(null),
  availableFrom: instant.nullable().default(null),
  availableUntil: instant.nullable().default(null),
};

const windowInOrder = (v: { availableFrom: string | null; availableUntil: string | null }) =>
  !v.availableFrom || !v.availableUntil || new Date(v.availableFrom) < new Date(v.availableUntil);
const windowIssue = { message: '兑换截止时间须晚于开始时间', path: ['availableUntil'] };

export const shopItemCreateInput = z
  .object({
    ...itemFields,
    stock: z.number({ error: '库存须为整数' }).int('库存须为整数').min(0, '库存不能为负').max(100_000),
  })
  .refine(windowInOrder, windowIssue);
export type ShopItemCreateInput = z.infer<typeof shopItemCreateInput>;

/**
 * An edit of an item's description, price, limit or window. Stock is not among them: it changes only by
 * redemptions, restocking and stock-takes, each on the record, so a `stock` key is refused.
 */
export const shopItemUpdateInput = z
  .strictObject(itemFields, { error: '库存只能通过补货、盘点或兑换变动，不能直接修改' })
  .refine(windowInOrder, windowIssue);
export type ShopItemUpdateInput = z.infer<typeof shopItemUpdateInput>;

export const restockInput = z.object({
  quantity: positiveInt('补货数量').max(100_000),
  reason: z.string().trim().min(1, '请填写补货说明').max(500),
});

export const stockTakeInput = z.object({
  countedQuantity: z
    .number({ error: '盘点数量须为整数' })
    .int('盘点数量须为整数')
    .min(0, '盘点数量不能为负')
    .max(100_000),
  /** Required when the count differs from the books (checked by the service, which knows the books). */
  reason: z.string().trim().max(500).default(''),
});

export const redeemInput = z.object({
  quantity: positiveInt('兑换数量').max(1000, '兑换数量过大'),
  /** At the counter: the volunteer staff redeem for. Ignored on the volunteer's own phone. */
  volunteerId: z.uuid('请选择志愿者').optional(),
});
export type RedeemInput = z.infer<typeof redeemInput>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const shopItemListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(shopItemKinds).optional(),
  status: z.enum(shopItemStatuses).optional(),
  lowStock: booleanQuery.optional(),
});

export const redemptionListQuery = z.object({
  status: z.enum(redemptionStatuses).optional(),
  itemId: z.uuid().optional(),
  volunteerId: z.uuid().optional(),
});

export const shopItemView = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  name: z.string(),
  kind: z.enum(shopItemKinds),
  description: z.string(),
  donorName: z.string(),
  value: z.string(),
  pricePoints: z.number().int(),
  stock: z.number().int(),
  /** Promised to open redemptions: still on the shelf. */
  heldQuantity: z.number().int(),
  perPersonLimit: z.number().int().nullable(),
  availableFrom: z.string().nullable(),
  availableUntil: z.string().nullable(),
  photoUrl: z.string().nullable(),
  status: z.enum(shopItemStatuses),
});
export type ShopItemView = z.infer<typeof shopItemView>;

export const redemptionView = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  volunteerNumber: z.string(),
  orgUnitName: z.string(),
  quantity: z.number().int(),
  points: z.number().int(),
  status: z.enum(redemptionStatuses),
  source: z.enum(redemptionSources),
  expiresAt: z.string(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RedemptionView = z.infer<typeof redemptionView>;

export const stockTakeView = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  bookQuantity: z.number().int(),
  countedQuantity: z.number().int(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type StockTakeView = z.infer<typeof stockTakeView>;

/** The phone page: items on offer now and the points the volunteer can spend. */
export const myShopView = z.object({ available: z.number().int(), items: z.array(shopItemView) });
