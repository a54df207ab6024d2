import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const casePermissions = {
  'cases.read': ['communityStaff', 'socialWorker'],
  'cases.manage': ['communityStaff', 'socialWorker'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof casePermissions, true> {}
}
