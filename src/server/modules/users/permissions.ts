import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const userPermissions = {
  'users.read': ['districtAdmin', 'streetAdmin'],
  'users.manage': ['districtAdmin', 'streetAdmin'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof userPermissions, true> {}
}
