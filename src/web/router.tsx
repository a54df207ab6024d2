import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './components/RequireAuth';
import { OpenPhonePages } from './mobile/OpenPhonePages';
import { webModules } from './modules/webModules';
import { ErrorBoundaryPage } from './pages/errors/ErrorBoundaryPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';

// Sign-in and the signed-in shell load apart: a visitor at sign-in downloads no menu or home page, and a
// signed-in user no sign-in form (the size budgets in scripts/web-budget.ts hold each first page).
const SignInPage = lazy(() => import('./pages/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const AppShell = lazy(() => import('./components/AppShell').then((m) => ({ default: m.AppShell })));
const HomePage = lazy(() => import('./pages/home/HomePage').then((m) => ({ default: m.HomePage })));

const pageLoading = (
  <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
    <Spin size="large" />
  </div>
);

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={pageLoading}>
        <SignInPage />
      </Suspense>
    ),
    errorElement: <ErrorBoundaryPage />,
  },
  ...webModules.flatMap((module) => module.outsideRoutes ?? []),
  // The phone pages are served from their own page (mobile.html); a link here from the desk opens it.
  { path: '/m/*', element: <OpenPhonePages /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Suspense fallback={pageLoading}>
          <AppShell />
        </Suspense>
      </RequireAuth>
    ),
    errorElement: <ErrorBoundaryPage />,
    children: [
      {
        // A page that throws is replaced inside the shell, which keeps its menu.
        errorElement: <ErrorBoundaryPage />,
        children: [
          { index: true, element: <HomePage /> },
          ...webModules.flatMap((module) => module.shellRoutes),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
