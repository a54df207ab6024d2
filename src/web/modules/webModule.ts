import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '../hooks/usePermissions';
import type { Messages } from '../i18n/messages';

/** One item of the side menu, shown also as a shortcut card on the home page. */
export type MenuEntry = {
  key: string;
  path: string;
  icon: ComponentType;
  /** Shown only to a role that holds it; null for what every signed-in user may open. */
  permission: Permission | null;
  /** The menu sorts every module's entries by this number, lowest first. */
  order: number;
  /** i18n keys: the menu label, and the line under it on the home-page shortcut. */
  label: string;
  summary?: string;
};

/** A tile on the phone home page (/m) leading to one of a module's phone pages. */
export type MobileEntry = {
  key: string;
  /** Absolute, under /m. */
  path: string;
  icon: ComponentType;
  permission: Permission | null;
  order: number;
  /** i18n keys: the tile's label and the short line under it. */
  label: string;
  summary?: string;
};

/** A feature of the web app: what it adds to the router, the side menu and the translations. */
export type WebModule = {
  /** Pages inside the signed-in shell, their paths relative to '/'. */
  shellRoutes: RouteObject[];
  /** Whole-window pages outside the shell, with absolute paths. */
  outsideRoutes?: RouteObject[];
  /** Phone pages inside the phone shell, their paths relative to '/m'. */
  mobileRoutes?: RouteObject[];
  /** Tiles on the phone home page. */
  mobileEntries?: MobileEntry[];
  menu: MenuEntry[];
  /** The module's labels, read as t('<namespace>.…'); the English ones load when English is chosen. */
  i18n: { namespace: string; zhCN: Messages; en: () => Promise<Messages> };
};
