import { lazy, useEffect } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { webModules } from '../modules/webModules';
import { MobileErrorPage, MobileNotFoundPage } from './MobileErrorPage';
import { MobileHomePage } from './MobileHomePage';
import { MobileRequireAuth } from './MobileRequireAuth';
import { MobileShell } from './MobileShell';

// The home page comes with the entry (it is what /m shows first); the others load when opened.
const MobileActivityDetailPage = lazy(() =>
  import('./MobileActivityDetailPage').then((m) => ({ default: m.MobileActivityDetailPage })),
);
const MobileCheckInPage = lazy(() =>
  import('./MobileCheckInPage').then((m) => ({ default: m.MobileCheckInPage })),
);
const MobileNotificationsPage = lazy(() =>
  import('./MobileNotificationsPage').then((m) => ({ default: m.MobileNotificationsPage })),
);
const MobileMePage = lazy(() => import('./MobileMePage').then((m) => ({ default: m.MobileMePage })));

// Any address outside /m (sign-in, the desk) belongs to the desk's bundle: load it as a whole page.
const LeaveForDesk = () => {
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.location.replace(`${pathname}${search}`);
  }, [pathname, search]);
  return null;
};

/** The phone pages for residents and volunteers; signing in first returns to the same address. */
export const mobileRouter = createBrowserRouter([
  {
    path: '/m',
    element: (
      <MobileRequireAuth>
        <MobileShell />
      </MobileRequireAuth>
    ),
    errorElement: <MobileErrorPage />,
    children: [
      { index: true, element: <MobileHomePage /> },
      { path: 'me', element: <MobileMePage /> },
      { path: 'activities/:id', element: <MobileActivityDetailPage /> },
      { path: 'check-in', element: <MobileCheckInPage /> },
      { path: 'notifications', element: <MobileNotificationsPage /> },
      ...webModules.flatMap((module) => module.mobileRoutes ?? []),
      { path: '*', element: <MobileNotFoundPage /> },
    ],
  },
  // The built page's own name, opened directly.
  { path: '/mobile.html', element: <Navigate to="/m" replace /> },
  { path: '*', element: <LeaveForDesk /> },
]);
