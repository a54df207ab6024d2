import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const projectPermissions = {
  'projects.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
  'projects.manage': ['districtAdmin', 'streetAdmin', 'communityStaff'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof projectPermissions, true> {}
}
