import { createBrowserRouter } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireAuth } from './components/RequireAuth';
import { mobileRoute } from './mobile/mobileRoutes';
import { webModules } from './modules/webModules';
import { SignInPage } from './pages/auth/SignInPage';
import { ErrorBoundaryPage } from './pages/errors/ErrorBoundaryPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { HomePage } from './pages/home/HomePage';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <ErrorBoundaryPage /> },
  ...webModules.flatMap((module) => module.outsideRoutes ?? []),
  mobileRoute,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
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
