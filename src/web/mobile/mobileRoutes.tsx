import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { webModules } from '../modules/webModules';
import { ErrorBoundaryPage } from '../pages/errors/ErrorBoundaryPage';

// antd-mobile and the phone pages load only when /m is opened.
const MobileShell = lazy(() => import('./MobileShell').then((m) => ({ default: m.MobileShell })));
const MobileHomePage = lazy(() => import('./MobileHomePage').then((m) => ({ default: m.MobileHomePage })));
const MobileActivityDetailPage = lazy(() =>
  import('./MobileActivityDetailPage').then((m) => ({ default: m.MobileActivityDetailPage })),
);
const MobileCheckInPage = lazy(() =>
  import('./MobileCheckInPage').then((m) => ({ default: m.MobileCheckInPage })),
);
const MobileNotificationsPage = lazy(() =>
  import('./MobileNotificationsPage').then((m) => ({ default: m.MobileNotificationsPage })),
);

/** The phone pages for residents and volunteers; signing in first returns to the same address. */
export const mobileRoute: RouteObject = {
  path: '/m',
  element: (
    <RequireAuth>
      <Suspense
        fallback={
          <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
            <Spin size="large" />
          </div>
        }
      >
        <MobileShell />
      </Suspense>
    </RequireAuth>
  ),
  errorElement: <ErrorBoundaryPage />,
  children: [
    { index: true, element: <MobileHomePage /> },
    { path: 'activities/:id', element: <MobileActivityDetailPage /> },
    { path: 'check-in', element: <MobileCheckInPage /> },
    { path: 'notifications', element: <MobileNotificationsPage /> },
    ...webModules.flatMap((module) => module.mobileRoutes ?? []),
  ],
};
