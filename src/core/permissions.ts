import type { Role } from './roles';

/**
 * Every API route names one of these in its `config.permission`.
 * `public` routes need no session; `authenticated` ones need only a signed-in user.
 */
export const permissions = [
  'org-units.read',
  'org-units.manage',
  'providers.read',
  'providers.manage',
  'users.read',
  'users.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];
export type RoutePermission = Permission | 'public' | 'authenticated';

const adminPermissions: readonly Permission[] = permissions;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  districtAdmin: adminPermissions,
  streetAdmin: adminPermissions,
  communityStaff: ['org-units.read', 'providers.read'],
  socialWorker: ['org-units.read', 'providers.read'],
  reviewer: ['org-units.read', 'providers.read'],
  volunteer: [],
  resident: [],
  partner: [],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
