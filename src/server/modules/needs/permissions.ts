import type { PermissionGrants } from '../../platform/permissions';

/**
 * Who holds each permission of this module. Reviewers are left out of the list: its sources name
 * residents; they see the deliberation figures (service-figures.read) instead.
 */
export const needPermissions = {
  'needs.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'needs.manage': ['communityStaff', 'socialWorker'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof needPermissions, true> {}
}
