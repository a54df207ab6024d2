import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const shopPermissions = {
  'shop.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'shop.manage': ['communityStaff', 'socialWorker'],
  'shop.redeem': ['volunteer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof shopPermissions, true> {}
}
