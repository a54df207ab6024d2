import type { PermissionGrants } from '../../platform/permissions';

/**
 * Who holds each permission of this module. Reviewers are left out as from the needs list: participants
 * and agendas name residents; they see the deliberation figures instead. A volunteer acts only on the
 * action items of the teams they lead (checked per item).
 */
export const meetingPermissions = {
  'meetings.read': ['districtAdmin', 'streetAdmin', 'communityStaff', 'socialWorker'],
  'meetings.manage': ['communityStaff', 'socialWorker'],
  'meetings.actOwn': ['volunteer'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof meetingPermissions, true> {}
}
