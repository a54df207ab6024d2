import { SolutionOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const ProvidersPage = lazyPage(() => import('./ProvidersPage'), 'ProvidersPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('providers', PERMISSIONS.providersRead, ProvidersPage)],
  menu: [
    {
      key: 'providers',
      path: '/providers',
      icon: SolutionOutlined,
      permission: PERMISSIONS.providersRead,
      order: 120,
      label: 'providers.menu',
      summary: 'providers.shortcut',
    },
  ],
  i18n: { namespace: 'providers', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
