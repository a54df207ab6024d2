import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const surveyPermissions = {
  'surveys.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'surveys.manage': ['communityStaff', 'socialWorker'],
  // Residents answer on the phone page; a volunteer answers as the resident their account is linked to.
  'surveys.answer': ['resident', 'volunteer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof surveyPermissions, true> {}
}
