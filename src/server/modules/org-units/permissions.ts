import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const orgUnitPermissions = {
  'org-units.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
  'org-units.manage': ['districtAdmin', 'streetAdmin'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof orgUnitPermissions, true> {}
}
