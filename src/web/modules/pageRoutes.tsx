import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../components/RequirePermission';
import type { Permission } from '../hooks/usePermissions';

// Module pages load on first visit (the shell's Suspense shows a spinner), keeping sign-in light on phones.
export const lazyPage = <Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
) => lazy(() => load().then((module) => ({ default: module[name] })));

/** A page inside the shell that shows a 403 in place to a role without the permission. */
export const pageRoute = (path: string, permission: Permission, Page: ComponentType): RouteObject => ({
  path,
  element: (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  ),
});
