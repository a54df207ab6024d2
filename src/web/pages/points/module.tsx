import { GiftOutlined, WalletOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const PointsPage = lazyPage(() => import('./PointsPage'), 'PointsPage');
const PointsLedgerPage = lazyPage(() => import('./PointsLedgerPage'), 'PointsLedgerPage');
const MobilePointsPage = lazyPage(() => import('./MobilePointsPage'), 'MobilePointsPage');

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('points', 'points.read', PointsPage),
    pageRoute('points/:volunteerId', 'points.read', PointsLedgerPage),
  ],
  mobileRoutes: [{ path: 'points', element: <MobilePointsPage /> }],
  mobileEntries: [
    {
      key: 'points',
      path: '/m/points',
      icon: WalletOutlined,
      permission: 'points.self',
      order: 20,
      label: 'points.mobile.tile',
      summary: 'points.mobile.tileSummary',
    },
  ],
  menu: [
    {
      key: 'points',
      path: '/points',
      icon: GiftOutlined,
      permission: 'points.read',
      order: 47,
      label: 'points.menu',
      summary: 'points.shortcut',
    },
  ],
  i18n: { namespace: 'points', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
