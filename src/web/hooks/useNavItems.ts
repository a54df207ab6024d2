import { HomeOutlined, MobileOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../modules/webModule';
import { webModules } from '../modules/webModules';
import { PERMISSIONS, usePermissions } from './usePermissions';

export type NavItem = MenuEntry;

// The app's own entries sit among the modules' by their order.
const APP_ITEMS: NavItem[] = [
  { key: 'home', path: '/', icon: HomeOutlined, permission: null, order: 0, label: 'nav.home' },
  // The phone pages (/m) live outside the shell; residents and volunteers reach them from here too.
  {
    key: 'mobile',
    path: '/m',
    icon: MobileOutlined,
    permission: PERMISSIONS.activitiesJoin,
    order: 90,
    label: 'nav.mobile',
    summary: 'home.modules.mobile',
  },
];

// Only capabilities that exist today; each one is shown only when the acting role may use it.
const ALL_ITEMS: NavItem[] = [...APP_ITEMS, ...webModules.flatMap((module): NavItem[] => module.menu)].sort(
  (a, b) => a.order - b.order,
);

export const useNavItems = (): NavItem[] => {
  const { can } = usePermissions();
  return ALL_ITEMS.filter((item) => item.permission === null || can(item.permission));
};

/** The menu entry a page belongs to (the longest path that leads to it), or null on the home page. */
export const navItemForPath = (pathname: string): NavItem | null =>
  ALL_ITEMS.filter(
    (item) => item.path !== '/' && (pathname === item.path || pathname.startsWith(`${item.path}/`)),
  ).sort((a, b) => b.path.length - a.path.length)[0] ?? null;

export const navKeyForPath = (pathname: string): string => navItemForPath(pathname)?.key ?? 'home';
