import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cancelRedemption,
  collectRedemption,
  createShopItem,
  getMyShop,
  listMyRedemptions,
  listRedemptions,
  listShopItems,
  listStockTakes,
  type RedemptionQuery,
  redeemItem,
  removeItemPhoto,
  restockShopItem,
  type ShopItemInput,
  type ShopItemQuery,
  setItemPhoto,
  setShopItemListed,
  takeStock,
  updateShopItem,
} from './api';

export const SHOP_KEY = ['shop'] as const;

export const useShopItems = (query: ShopItemQuery) =>
  useQuery({
    queryKey: [...SHOP_KEY, 'items', query],
    queryFn: () => listShopItems(query),
    placeholderData: keepPreviousData,
  });

export const useRedemptions = (query: RedemptionQuery) =>
  useQuery({
    queryKey: [...SHOP_KEY, 'redemptions', query],
    queryFn: () => listRedemptions(query),
    placeholderData: keepPreviousData,
  });

export const useStockTakes = (query: { page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...SHOP_KEY, 'stock-takes', query],
    queryFn: () => listStockTakes(query),
    placeholderData: keepPreviousData,
  });

export const useMyShop = () => useQuery({ queryKey: [...SHOP_KEY, 'mine'], queryFn: getMyShop });

export const useMyRedemptions = () =>
  useQuery({ queryKey: [...SHOP_KEY, 'my-redemptions'], queryFn: listMyRedemptions });

// Stock, redemptions and points move together: a change refreshes the shop and every points view.
const useInvalidateShop = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: SHOP_KEY }),
      queryClient.invalidateQueries({ queryKey: ['points'] }),
    ]);
};

export const useSaveShopItem = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({ id, input, stock }: { id?: string; input: ShopItemInput; stock: number }) =>
      id ? updateShopItem(id, input) : createShopItem({ ...input, stock }),
    onSuccess: invalidate,
  });
};

export const useSetItemListed = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({ id, listed }: { id: string; listed: boolean }) => setShopItemListed(id, listed),
    onSuccess: invalidate,
  });
};

export const useRestock = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({ id, quantity, reason }: { id: string; quantity: number; reason: string }) =>
      restockShopItem(id, { quantity, reason }),
    onSuccess: invalidate,
  });
};

export const useTakeStock = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({ id, countedQuantity, reason }: { id: string; countedQuantity: number; reason: string }) =>
      takeStock(id, { countedQuantity, reason }),
    onSuccess: invalidate,
  });
};

export const useRedeem = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({
      itemId,
      quantity,
      volunteerId,
    }: {
      itemId: string;
      quantity: number;
      volunteerId?: string;
    }) => redeemItem(itemId, { quantity, volunteerId }),
    onSuccess: invalidate,
  });
};

export const useCollectRedemption = () => {
  const invalidate = useInvalidateShop();
  return useMutation({ mutationFn: collectRedemption, onSuccess: invalidate });
};

export const useCancelRedemption = () => {
  const invalidate = useInvalidateShop();
  return useMutation({ mutationFn: cancelRedemption, onSuccess: invalidate });
};

export const useItemPhoto = () => {
  const invalidate = useInvalidateShop();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File | null }) =>
      file ? setItemPhoto(id, file).then(() => undefined) : removeItemPhoto(id),
    onSuccess: invalidate,
  });
};
