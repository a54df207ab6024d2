import { AuditOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const AuditPage = lazyPage(() => import('./AuditPage'), 'AuditPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('audit', PERMISSIONS.auditRead, AuditPage)],
  menu: [
    {
      key: 'audit',
      path: '/audit',
      icon: AuditOutlined,
      permission: PERMISSIONS.auditRead,
      order: 130,
      label: 'audit.menu',
      summary: 'audit.shortcut',
    },
  ],
  i18n: { namespace: 'audit', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
