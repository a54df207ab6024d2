import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../components/RequirePermission';
import { PERMISSIONS } from '../../hooks/usePermissions';

// Loaded on first visit, like the other module pages.
const CasesPage = lazy(() => import('./CasesPage').then((m) => ({ default: m.CasesPage })));
const CaseDetailPage = lazy(() => import('./CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));

/** Pages inside the shell: 个案 and one case. */
export const caseShellRoutes: RouteObject[] = [
  {
    path: 'cases',
    element: (
      <RequirePermission permission={PERMISSIONS.casesRead}>
        <CasesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'cases/:id',
    element: (
      <RequirePermission permission={PERMISSIONS.casesRead}>
        <CaseDetailPage />
      </RequirePermission>
    ),
  },
];
