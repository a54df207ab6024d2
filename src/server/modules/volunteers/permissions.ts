import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const volunteerPermissions = {
  'volunteers.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'volunteers.manage': ['communityStaff', 'socialWorker'],
  'volunteers.reveal': ['communityStaff'],
  'volunteers.self': ['volunteer', 'resident', 'partner'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof volunteerPermissions, true> {}
}
