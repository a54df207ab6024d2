import type { PermissionGrants } from '../../platform/permissions';

/** Who holds each permission of this module. */
export const notificationPermissions = {
  // One's own messages on the phone page: the people who sign up there.
  'notifications.read': ['volunteer', 'resident', 'partner'],
} as const satisfies PermissionGrants;

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof notificationPermissions, true> {}
}
