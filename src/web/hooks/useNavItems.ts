import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ContactsOutlined,
  FileProtectOutlined,
  FundOutlined,
  HomeOutlined,
  MobileOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { PERMISSIONS, type Permission, usePermissions } from './usePermissions';

export type NavItem = {
  key:
    | 'home'
    | 'residents'
    | 'populationStats'
    | 'communityProfile'
    | 'activities'
    | 'serviceFigures'
    | 'projects'
    | 'cases'
    | 'visits'
    | 'mobile'
    | 'orgUnits'
    | 'users'
    | 'providers'
    | 'audit';
  path: string;
  icon: ComponentType;
  permission: Permission | null;
};

// Only capabilities that exist today; each one is shown only when the acting role may use it.
const ALL_ITEMS: NavItem[] = [
  { key: 'home', path: '/', icon: HomeOutlined, permission: null },
  { key: 'residents', path: '/residents', icon: ContactsOutlined, permission: PERMISSIONS.residentsRead },
  {
    key: 'populationStats',
    path: '/population-stats',
    icon: BarChartOutlined,
    permission: PERMISSIONS.populationStatsRead,
  },
  {
    key: 'communityProfile',
    path: '/community-profile',
    icon: BankOutlined,
    permission: PERMISSIONS.communityProfileRead,
  },
  { key: 'activities', path: '/activities', icon: CalendarOutlined, permission: PERMISSIONS.activitiesRead },
  {
    key: 'serviceFigures',
    path: '/service-figures',
    icon: FundOutlined,
    permission: PERMISSIONS.serviceFiguresRead,
  },
  { key: 'projects', path: '/projects', icon: ProjectOutlined, permission: PERMISSIONS.projectsRead },
  { key: 'cases', path: '/cases', icon: FileProtectOutlined, permission: PERMISSIONS.casesRead },
  { key: 'visits', path: '/visits', icon: ScheduleOutlined, permission: PERMISSIONS.casesRead },
  // The phone pages (/m) live outside the shell; residents and volunteers reach them from here too.
  { key: 'mobile', path: '/m', icon: MobileOutlined, permission: PERMISSIONS.activitiesJoin },
  { key: 'orgUnits', path: '/org-units', icon: ApartmentOutlined, permission: PERMISSIONS.orgUnitsRead },
  { key: 'users', path: '/users', icon: TeamOutlined, permission: PERMISSIONS.usersRead },
  { key: 'providers', path: '/providers', icon: SolutionOutlined, permission: PERMISSIONS.providersRead },
  { key: 'audit', path: '/audit', icon: AuditOutlined, permission: PERMISSIONS.auditRead },
];

export const useNavItems = (): NavItem[] => {
  const { can } = usePermissions();
  return ALL_ITEMS.filter((item) => item.permission === null || can(item.permission));
};

export const navKeyForPath = (pathname: string): NavItem['key'] => {
  const match = ALL_ITEMS.filter((item) => item.path !== '/').find(
    (item) => pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  return match?.key ?? 'home';
};
