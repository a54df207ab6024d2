import type { ErrorMessages } from '../../platform/errors';

export const shopErrors = {
  'shop.item_not_found': { zh: '物品不存在', en: 'Item not found' },
  'shop.photo_missing': { zh: '请选择物品照片', en: 'Choose a photo of the item' },
  'shop.photo_invalid': { zh: '照片无法使用', en: 'The photo cannot be used' },
  'shop.photo_too_large': { zh: '照片超过10MB，请压缩后再上传', en: 'The photo is over 10 MB' },
  'shop.photo_not_found': { zh: '该物品没有照片', en: 'The item has no photo' },
  'shop.redemption_not_found': { zh: '兑换记录不存在', en: 'Redemption not found' },
  'shop.item_withdrawn': { zh: '该物品已下架，暂不能兑换', en: 'This item has been withdrawn' },
  'shop.outside_window': { zh: '不在该物品的兑换时间内', en: 'The item cannot be redeemed at this time' },
  'shop.out_of_stock': { zh: '库存不足，无法兑换', en: 'Not enough in stock' },
  'shop.over_person_limit': {
    zh: '超过每人限兑数量',
    en: 'That is more than one person may redeem of this item',
  },
  'shop.volunteer_required': {
    zh: '柜台兑换须选择志愿者',
    en: 'Choose the volunteer redeeming at the counter',
  },
  'shop.volunteer_not_active': {
    zh: '该志愿者不是在册的有效志愿者',
    en: 'This volunteer is not an active volunteer',
  },
  'shop.redemption_closed': {
    zh: '该兑换已领取、取消或过期，不能再操作',
    en: 'This redemption has already been collected, cancelled or has expired',
  },
  'shop.reason_required': {
    zh: '盘点数量与账面不符，请填写差异原因',
    en: 'The count differs from the books: give the reason',
  },
  'shop.count_below_held': {
    zh: '盘点数量少于待领取的兑换数量，请先取消相应兑换再盘点',
    en: 'Fewer are on the shelf than open redemptions hold: cancel those first',
  },
  'shop.already_listed': { zh: '该物品已上架', en: 'The item is already listed' },
  'shop.already_withdrawn': { zh: '该物品已下架', en: 'The item is already withdrawn' },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof shopErrors, true> {}
}
