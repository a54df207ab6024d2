import { FileProtectOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const CasesPage = lazyPage(() => import('./CasesPage'), 'CasesPage');
const CaseDetailPage = lazyPage(() => import('./CaseDetailPage'), 'CaseDetailPage');

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('cases', PERMISSIONS.casesRead, CasesPage),
    pageRoute('cases/:id', PERMISSIONS.casesRead, CaseDetailPage),
  ],
  menu: [
    {
      key: 'cases',
      path: '/cases',
      icon: FileProtectOutlined,
      permission: PERMISSIONS.casesRead,
      order: 70,
      label: 'cases.menu',
      summary: 'cases.description',
    },
  ],
  i18n: { namespace: 'cases', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
