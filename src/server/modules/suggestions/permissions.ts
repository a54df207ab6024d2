import type { PermissionGrants } from '../../platform/permissions';

/**
 * Who holds each permission of this module. Posting needs a resident record (checked in the service);
 * reviewers are left out: suggestions name residents.
 */
export const suggestionPermissions = {
  'suggestions.post': ['resident', 'volunteer'],
  'suggestions.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'suggestions.manage': ['communityStaff', 'socialWorker'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof suggestionPermissions, true> {}
}
