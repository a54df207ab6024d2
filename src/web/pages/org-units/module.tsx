import { ApartmentOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const OrgUnitsPage = lazyPage(() => import('./OrgUnitsPage'), 'OrgUnitsPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('org-units', PERMISSIONS.orgUnitsRead, OrgUnitsPage)],
  menu: [
    {
      key: 'orgUnits',
      path: '/org-units',
      icon: ApartmentOutlined,
      permission: PERMISSIONS.orgUnitsRead,
      order: 100,
      label: 'orgUnits.menu',
      summary: 'orgUnits.shortcut',
    },
  ],
  i18n: { namespace: 'orgUnits', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
