import { ScheduleOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const VisitsPage = lazyPage(() => import('./VisitsPage'), 'VisitsPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('visits', PERMISSIONS.casesRead, VisitsPage)],
  menu: [
    {
      key: 'visits',
      path: '/visits',
      icon: ScheduleOutlined,
      permission: PERMISSIONS.casesRead,
      order: 80,
      label: 'visits.menu',
      summary: 'visits.description',
    },
  ],
  i18n: { namespace: 'visits', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
