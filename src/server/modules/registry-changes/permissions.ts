import type { PermissionGrants } from '../../platform/permissions';

/**
 * Who holds each permission of this module. Only community staff change the registry (residents.manage);
 * a social worker proposes, and a resident proposes for their own record on the phone.
 */
export const registryChangePermissions = {
  'registry-changes.read': ['communityStaff', 'socialWorker'],
  'registry-changes.propose': ['socialWorker'],
  'registry-changes.review': ['communityStaff'],
  'registry-changes.self': ['resident', 'volunteer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof registryChangePermissions, true> {}
}
