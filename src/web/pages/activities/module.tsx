import { CalendarOutlined } from '@ant-design/icons';
import { Suspense } from 'react';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { LazyErrorBoundaryPage } from '../errors/LazyErrorBoundaryPage';
import { zhCN } from './i18n';

const ActivitiesPage = lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage');
const ActivityDetailPage = lazyPage(() => import('./ActivityDetailPage'), 'ActivityDetailPage');
const CheckInScreenRoute = lazyPage(() => import('./CheckInScreenRoute'), 'CheckInScreenRoute');

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('activities', PERMISSIONS.activitiesRead, ActivitiesPage),
    pageRoute('activities/:id', PERMISSIONS.activitiesRead, ActivityDetailPage),
  ],
  outsideRoutes: [
    // 签到大屏 fills the whole window (a projector in the room), so it sits outside the shell; its code (and
    // antd's) loads when opened, keeping this file light for the phone's bundle, which reads it too.
    {
      path: '/activities/:id/sessions/:sessionId/screen',
      element: (
        <Suspense fallback={null}>
          <CheckInScreenRoute />
        </Suspense>
      ),
      errorElement: <LazyErrorBoundaryPage />,
    },
  ],
  menu: [
    {
      key: 'activities',
      path: '/activities',
      icon: CalendarOutlined,
      permission: PERMISSIONS.activitiesRead,
      order: 40,
      label: 'activities.menu',
      summary: 'activities.shortcut',
    },
  ],
  i18n: { namespace: 'activities', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
