import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const activityPermissions = {
  'activities.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'brands.manage': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'activities.manage': ['communityStaff', 'socialWorker'],
  'activities.join': ['volunteer', 'resident', 'partner'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof activityPermissions, true> {}
}
