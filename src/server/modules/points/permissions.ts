import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const pointsPermissions = {
  'points.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'points.manage': ['communityStaff', 'socialWorker'],
  'points.self': ['volunteer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof pointsPermissions, true> {}
}
