import type { TFunction } from 'i18next';
import type { ShopItem } from './api';

const day = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date(iso))
    .replaceAll('/', '-');

// 兑换期: from – until, open on either side; "长期" when there is no window at all.
export const windowText = (
  item: Pick<ShopItem, 'availableFrom' | 'availableUntil'>,
  t: TFunction,
): string => {
  const { availableFrom: from, availableUntil: until } = item;
  if (from && until) return `${day(from)} ~ ${day(until)}`;
  if (from) return t('shop.window.from', { date: day(from) });
  if (until) return t('shop.window.until', { date: day(until) });
  return t('shop.window.always');
};

export const limitText = (item: Pick<ShopItem, 'perPersonLimit'>, t: TFunction): string =>
  item.perPersonLimit ? t('shop.limitN', { n: item.perPersonLimit }) : t('shop.noLimit');

export const yuan = (value: string) => `¥${value}`;
