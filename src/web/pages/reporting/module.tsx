import { FundOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const ServiceFiguresPage = lazyPage(() => import('./ServiceFiguresPage'), 'ServiceFiguresPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('service-figures', PERMISSIONS.serviceFiguresRead, ServiceFiguresPage)],
  menu: [
    {
      key: 'serviceFigures',
      path: '/service-figures',
      icon: FundOutlined,
      permission: PERMISSIONS.serviceFiguresRead,
      order: 50,
      label: 'serviceFigures.menu',
      summary: 'serviceFigures.shortcut',
    },
  ],
  i18n: { namespace: 'serviceFigures', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
