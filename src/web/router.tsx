import { createBrowserRouter } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireAuth } from './components/RequireAuth';
import { RequirePermission } from './components/RequirePermission';
import { PERMISSIONS } from './hooks/usePermissions';
import { AuditPage } from './pages/audit/AuditPage';
import { SignInPage } from './pages/auth/SignInPage';
import { ErrorBoundaryPage } from './pages/errors/ErrorBoundaryPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { HomePage } from './pages/home/HomePage';
import { OrgUnitsPage } from './pages/org-units/OrgUnitsPage';
import { ProvidersPage } from './pages/providers/ProvidersPage';
import { UsersPage } from './pages/users/UsersPage';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <ErrorBoundaryPage /> },
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
          {
            path: 'org-units',
            element: (
              <RequirePermission permission={PERMISSIONS.orgUnitsRead}>
                <OrgUnitsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'users',
            element: (
              <RequirePermission permission={PERMISSIONS.usersRead}>
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'providers',
            element: (
              <RequirePermission permission={PERMISSIONS.providersRead}>
                <ProvidersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission={PERMISSIONS.auditRead}>
                <AuditPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
