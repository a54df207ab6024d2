import { ShopOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const ShopPage = lazyPage(() => import('./ShopPage'), 'ShopPage');
const MobileShopPage = lazyPage(() => import('./MobileShopPage'), 'MobileShopPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('shop', 'shop.read', ShopPage)],
  mobileRoutes: [{ path: 'shop', element: <MobileShopPage /> }],
  mobileEntries: [
    {
      key: 'shop',
      path: '/m/shop',
      icon: ShopOutlined,
      permission: 'shop.redeem',
      order: 21,
      label: 'shop.mobile.tile',
      summary: 'shop.mobile.tileSummary',
    },
  ],
  menu: [
    {
      key: 'shop',
      path: '/shop',
      icon: ShopOutlined,
      permission: 'shop.read',
      order: 48,
      label: 'shop.menu',
      summary: 'shop.shortcut',
    },
  ],
  i18n: { namespace: 'shop', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
