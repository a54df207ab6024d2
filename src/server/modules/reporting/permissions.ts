import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const reportingPermissions = {
  'service-figures.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof reportingPermissions, true> {}
}
