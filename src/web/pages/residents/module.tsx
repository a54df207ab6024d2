import { ContactsOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const ResidentListPage = lazyPage(() => import('./ResidentListPage'), 'ResidentListPage');
const ResidentDetailPage = lazyPage(() => import('./ResidentDetailPage'), 'ResidentDetailPage');
const ResidentImportPage = lazyPage(() => import('./ResidentImportPage'), 'ResidentImportPage');

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('residents', PERMISSIONS.residentsRead, ResidentListPage),
    pageRoute('residents/import', PERMISSIONS.residentsManage, ResidentImportPage),
    pageRoute('residents/:id', PERMISSIONS.residentsRead, ResidentDetailPage),
  ],
  menu: [
    {
      key: 'residents',
      path: '/residents',
      icon: ContactsOutlined,
      permission: PERMISSIONS.residentsRead,
      order: 10,
      label: 'residents.menu',
      summary: 'residents.shortcut',
    },
  ],
  i18n: { namespace: 'residents', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
