import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const residentPermissions = {
  'population-stats.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
  'residents.read': ['communityStaff', 'socialWorker'],
  'residents.manage': ['communityStaff'],
  'residents.reveal': ['communityStaff'],
  'residents.export': ['communityStaff'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof residentPermissions, true> {}
}
