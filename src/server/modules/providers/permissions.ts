import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const providerPermissions = {
  'providers.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker', 'reviewer'],
  'providers.manage': ['districtAdmin', 'streetAdmin'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof providerPermissions, true> {}
}
