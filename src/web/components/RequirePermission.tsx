import { lazy, type ReactNode, Suspense } from 'react';
import { type Permission, usePermissions } from '../hooks/usePermissions';

// Loaded only when refused: every module's routes use this guard, and the phone's bundle (which reads
// the modules' routes) must not carry the desk's component library for it.
const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));

// A page the acting role may not open shows a 403 in place, never an empty screen.
export const RequirePermission = ({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) => {
  const { can } = usePermissions();
  if (!can(permission)) {
    return (
      <Suspense fallback={null}>
        <Forbidden />
      </Suspense>
    );
  }
  return children;
};
