import { TeamOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const UsersPage = lazyPage(() => import('./UsersPage'), 'UsersPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('users', PERMISSIONS.usersRead, UsersPage)],
  menu: [
    {
      key: 'users',
      path: '/users',
      icon: TeamOutlined,
      permission: PERMISSIONS.usersRead,
      order: 110,
      label: 'users.menu',
      summary: 'users.shortcut',
    },
  ],
  i18n: { namespace: 'users', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
