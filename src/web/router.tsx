import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireAuth } from './components/RequireAuth';
import { RequirePermission } from './components/RequirePermission';
import { PERMISSIONS } from './hooks/usePermissions';
import { mobileRoute } from './mobile/mobileRoutes';
import { activityShellRoutes, checkInScreenRoute } from './pages/activities/activityRoutes';
import { SignInPage } from './pages/auth/SignInPage';
import { caseShellRoutes } from './pages/cases/caseRoutes';
import { ErrorBoundaryPage } from './pages/errors/ErrorBoundaryPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { HomePage } from './pages/home/HomePage';

// Module pages load on first visit (the shell's Suspense shows a spinner), keeping sign-in light on phones.
const OrgUnitsPage = lazy(() =>
  import('./pages/org-units/OrgUnitsPage').then((m) => ({ default: m.OrgUnitsPage })),
);
const UsersPage = lazy(() => import('./pages/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ProvidersPage = lazy(() =>
  import('./pages/providers/ProvidersPage').then((m) => ({ default: m.ProvidersPage })),
);
const ResidentListPage = lazy(() =>
  import('./pages/residents/ResidentListPage').then((m) => ({ default: m.ResidentListPage })),
);
const ResidentDetailPage = lazy(() =>
  import('./pages/residents/ResidentDetailPage').then((m) => ({ default: m.ResidentDetailPage })),
);
const ResidentImportPage = lazy(() =>
  import('./pages/residents/ResidentImportPage').then((m) => ({ default: m.ResidentImportPage })),
);
const PopulationStatsPage = lazy(() =>
  import('./pages/population-stats/PopulationStatsPage').then((m) => ({ default: m.PopulationStatsPage })),
);
const CommunityProfilePage = lazy(() =>
  import('./pages/community-profile/CommunityProfilePage').then((m) => ({ default: m.CommunityProfilePage })),
);
const ProjectsPage = lazy(() =>
  import('./pages/projects/ProjectsPage').then((m) => ({ default: m.ProjectsPage })),
);
const AuditPage = lazy(() => import('./pages/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const VisitsPage = lazy(() => import('./pages/visits/VisitsPage').then((m) => ({ default: m.VisitsPage })));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <ErrorBoundaryPage /> },
  checkInScreenRoute,
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
          {
            path: 'residents',
            element: (
              <RequirePermission permission={PERMISSIONS.residentsRead}>
                <ResidentListPage />
              </RequirePermission>
            ),
          },
          {
            path: 'residents/import',
            element: (
              <RequirePermission permission={PERMISSIONS.residentsManage}>
                <ResidentImportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'residents/:id',
            element: (
              <RequirePermission permission={PERMISSIONS.residentsRead}>
                <ResidentDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'population-stats',
            element: (
              <RequirePermission permission={PERMISSIONS.populationStatsRead}>
                <PopulationStatsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'community-profile',
            element: (
              <RequirePermission permission={PERMISSIONS.communityProfileRead}>
                <CommunityProfilePage />
              </RequirePermission>
            ),
          },
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
          ...activityShellRoutes,
          {
            path: 'projects',
            element: (
              <RequirePermission permission={PERMISSIONS.projectsRead}>
                <ProjectsPage />
              </RequirePermission>
            ),
          },
          ...caseShellRoutes,
          {
            path: 'visits',
            element: (
              <RequirePermission permission={PERMISSIONS.casesRead}>
                <VisitsPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
