import type { z } from 'zod';
import type {
  RedemptionStatus,
  RedemptionView,
  ShopItemKind,
  ShopItemView,
  StockTakeView,
  shopItemUpdateInput,
} from '../../../core/shop/contract';
import { apiRequest } from '../../api/client';
import { sendFile } from '../../api/files';
import type { Page } from '../../api/types';

// The points shop API (友邻超市); its shapes are the zod contracts in src/core/shop, shared with the server.
// Spelled here (checked against the contract's types) so the bundle does not pull zod in for three lists.

export const ITEM_KINDS = ['goods', 'service'] as const satisfies readonly ShopItemKind[];
export type ItemKind = ShopItemKind;
export const ITEM_STATUSES = ['listed', 'withdrawn'] as const satisfies readonly ShopItemView['status'][];
export type ItemStatus = ShopItemView['status'];
export const REDEMPTION_STATUSES = [
  'held',
  'collected',
  'cancelled',
  'expired',
] as const satisfies readonly RedemptionStatus[];
export type { RedemptionStatus };

export type ShopItem = ShopItemView;
export type Redemption = RedemptionView;
export type StockTake = StockTakeView;
export type ShopItemInput = z.input<typeof shopItemUpdateInput>;

export type ShopItemQuery = {
  q?: string;
  kind?: ItemKind;
  status?: ItemStatus;
  lowStock?: boolean;
  page: number;
  pageSize: number;
};

export type RedemptionQuery = {
  status?: RedemptionStatus;
  itemId?: string;
  volunteerId?: string;
  page: number;
  pageSize: number;
};

const itemPath = (id: string) => `/api/v1/shop-items/${encodeURIComponent(id)}`;
const redemptionPath = (id: string) => `/api/v1/redemptions/${encodeURIComponent(id)}`;

export const listShopItems = (query: ShopItemQuery): Promise<Page<ShopItem>> =>
  apiRequest('/api/v1/shop-items', { query });

export const createShopItem = (input: ShopItemInput & { stock: number }): Promise<ShopItem> =>
  apiRequest('/api/v1/shop-items', { method: 'POST', body: input });

export const updateShopItem = (id: string, input: ShopItemInput): Promise<ShopItem> =>
  apiRequest(itemPath(id), { method: 'PATCH', body: input });

export const setShopItemListed = (id: string, listed: boolean): Promise<ShopItem> =>
  apiRequest(`${itemPath(id)}/${listed ? 'relist' : 'withdraw'}`, { method: 'POST', body: {} });

export const restockShopItem = (id: string, input: { quantity: number; reason: string }): Promise<ShopItem> =>
  apiRequest(`${itemPath(id)}/restock`, { method: 'POST', body: input });

export const takeStock = (
  id: string,
  input: { countedQuantity: number; reason: string },
): Promise<StockTake> => apiRequest(`${itemPath(id)}/stock-takes`, { method: 'POST', body: input });

export const listStockTakes = (query: { page: number; pageSize: number }): Promise<Page<StockTake>> =>
  apiRequest('/api/v1/stock-takes', { query });

export const redeemItem = (
  id: string,
  input: { quantity: number; volunteerId?: string },
): Promise<Redemption> => apiRequest(`${itemPath(id)}/redemptions`, { method: 'POST', body: input });

export const listRedemptions = (query: RedemptionQuery): Promise<Page<Redemption>> =>
  apiRequest('/api/v1/redemptions', { query });

export const collectRedemption = (id: string): Promise<Redemption> =>
  apiRequest(`${redemptionPath(id)}/collect`, { method: 'POST', body: {} });

export const cancelRedemption = (id: string): Promise<Redemption> =>
  apiRequest(`${redemptionPath(id)}/cancel`, { method: 'POST', body: {} });

export type MyShop = { available: number; items: ShopItem[] };

export const getMyShop = (): Promise<MyShop> => apiRequest('/api/v1/me/shop');

export const listMyRedemptions = (): Promise<{ items: Redemption[] }> => apiRequest('/api/v1/me/redemptions');

// The item's one photo: a multipart PUT replaces it, DELETE takes it off.
export const setItemPhoto = async (id: string, file: File): Promise<ShopItem> => {
  const body = new FormData();
  body.append('file', file, file.name);
  return (await sendFile(`${itemPath(id)}/photo`, { method: 'PUT', body })).json();
};
export const removeItemPhoto = (id: string): Promise<void> =>
  apiRequest(`${itemPath(id)}/photo`, { method: 'DELETE' });
