import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../components/RequireAuth';
import { RequirePermission } from '../../components/RequirePermission';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { ErrorBoundaryPage } from '../errors/ErrorBoundaryPage';

// Loaded on first visit, like the other module pages.
const ActivitiesPage = lazy(() => import('./ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
const ActivityDetailPage = lazy(() =>
  import('./ActivityDetailPage').then((m) => ({ default: m.ActivityDetailPage })),
);
const ServiceFiguresPage = lazy(() =>
  import('./ServiceFiguresPage').then((m) => ({ default: m.ServiceFiguresPage })),
);
const CheckInScreenPage = lazy(() =>
  import('./CheckInScreenPage').then((m) => ({ default: m.CheckInScreenPage })),
);

/** Pages inside the shell: 活动与小组 and 服务统计. */
export const activityShellRoutes: RouteObject[] = [
  {
    path: 'activities',
    element: (
      <RequirePermission permission={PERMISSIONS.activitiesRead}>
        <ActivitiesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'activities/:id',
    element: (
      <RequirePermission permission={PERMISSIONS.activitiesRead}>
        <ActivityDetailPage />
      </RequirePermission>
    ),
  },
  {
    path: 'service-figures',
    element: (
      <RequirePermission permission={PERMISSIONS.serviceFiguresRead}>
        <ServiceFiguresPage />
      </RequirePermission>
    ),
  },
];

/** 签到大屏 fills the whole window (a projector in the room), so it sits outside the shell. */
export const checkInScreenRoute: RouteObject = {
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
};
