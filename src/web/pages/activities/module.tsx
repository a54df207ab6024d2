import { CalendarOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { Suspense } from 'react';
import { RequireAuth } from '../../components/RequireAuth';
import { RequirePermission } from '../../components/RequirePermission';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { ErrorBoundaryPage } from '../errors/ErrorBoundaryPage';
import { en, zhCN } from './i18n';

const ActivitiesPage = lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage');
const ActivityDetailPage = lazyPage(() => import('./ActivityDetailPage'), 'ActivityDetailPage');
const CheckInScreenPage = lazyPage(() => import('./CheckInScreenPage'), 'CheckInScreenPage');

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('activities', PERMISSIONS.activitiesRead, ActivitiesPage),
    pageRoute('activities/:id', PERMISSIONS.activitiesRead, ActivityDetailPage),
  ],
  outsideRoutes: [
    // 签到大屏 fills the whole window (a projector in the room), so it sits outside the shell.
    {
      path: '/activities/:id/sessions/:sessionId/screen',
      element: (
        <RequireAuth>
          <RequirePermission permission={PERMISSIONS.activitiesManage}>
            <Suspense
              fallback={
                <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
                  <Spin size="large" />
                </div>
              }
            >
              <CheckInScreenPage />
            </Suspense>
          </RequirePermission>
        </RequireAuth>
      ),
      errorElement: <ErrorBoundaryPage />,
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
  i18n: { namespace: 'activities', zhCN, en },
};
