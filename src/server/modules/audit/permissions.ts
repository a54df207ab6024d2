import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const auditPermissions = {
  'audit.read': ['districtAdmin', 'streetAdmin'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof auditPermissions, true> {}
}
