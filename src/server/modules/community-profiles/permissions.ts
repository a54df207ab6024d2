import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const communityProfilePermissions = {
  'community-profile.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
  'community-profile.manage': ['communityStaff'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof communityProfilePermissions, true> {}
}
