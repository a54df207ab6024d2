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
  'residents.read',
  'residents.manage',
  'residents.reveal',
  'residents.export',
  'population-stats.read',
  'community-profile.read',
  'community-profile.manage',
  'activities.read',
  'activities.manage',
  'activities.join',
  'brands.manage',
  'service-figures.read',
  'cases.read',
  'cases.manage',
  'projects.read',
  'projects.manage',
] as const;
export type Permission = (typeof permissions)[number];
export type RoutePermission = Permission | 'public' | 'authenticated';

// Admins run the tree and read figures; records of people stay with the community that holds them.
const adminPermissions: readonly Permission[] = [
  'org-units.read',
  'org-units.manage',
  'providers.read',
  'providers.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'population-stats.read',
  'community-profile.read',
  'activities.read',
  'brands.manage',
  'service-figures.read',
  'projects.read',
  'projects.manage',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  districtAdmin: adminPermissions,
  streetAdmin: adminPermissions,
  communityStaff: [
    'org-units.read',
    'providers.read',
    'residents.read',
    'residents.manage',
    'residents.reveal',
    'residents.export',
    'population-stats.read',
    'community-profile.read',
    'community-profile.manage',
    'activities.read',
    'activities.manage',
    'brands.manage',
    'service-figures.read',
    'cases.read',
    'cases.manage',
    'projects.read',
    'projects.manage',
  ],
  socialWorker: [
    'org-units.read',
    'providers.read',
    'residents.read',
    'population-stats.read',
    'community-profile.read',
    'activities.read',
    'activities.manage',
    'brands.manage',
    'service-figures.read',
    'cases.read',
    'cases.manage',
    'projects.read',
  ],
  reviewer: [
    'org-units.read',
    'providers.read',
    'population-stats.read',
    'community-profile.read',
    'service-figures.read',
    'projects.read',
  ],
  volunteer: ['activities.join'],
  resident: ['activities.join'],
  partner: ['activities.join'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
