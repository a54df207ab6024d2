import { useMe } from './useMe';

// Permission names as the server's role→permission table spells them ('<module>.<action>').
export const PERMISSIONS = {
  orgUnitsRead: 'org-units.read',
  orgUnitsManage: 'org-units.manage',
  usersRead: 'users.read',
  usersManage: 'users.manage',
  providersRead: 'providers.read',
  providersManage: 'providers.manage',
  auditRead: 'audit.read',
  residentsRead: 'residents.read',
  residentsManage: 'residents.manage',
  residentsReveal: 'residents.reveal',
  residentsExport: 'residents.export',
  populationStatsRead: 'population-stats.read',
  communityProfileRead: 'community-profile.read',
  communityProfileManage: 'community-profile.manage',
  activitiesRead: 'activities.read',
  activitiesManage: 'activities.manage',
  brandsManage: 'brands.manage',
  activitiesJoin: 'activities.join',
  serviceFiguresRead: 'service-figures.read',
  projectsRead: 'projects.read',
  projectsManage: 'projects.manage',
  casesRead: 'cases.read',
  casesManage: 'cases.manage',
} as const;

/**
 * A permission as the server spells it. The names above are the existing modules'; a new module may name
 * its own in its folder without editing this file (the server refuses what the role does not hold).
 */
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS] | `${string}.${string}`;

export const usePermissions = (): { can: (permission: Permission) => boolean } => {
  const { data: me } = useMe();
  const granted = new Set(me?.permissions ?? []);
  return { can: (permission) => granted.has(permission) };
};
