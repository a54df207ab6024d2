import type { ModuleManifest } from '../../platform/module';
import { loadDemoShop } from './demo-data';
import { shopErrors } from './errors';
import { shopItemPhotoRoutes } from './item-photo-routes';
import { shopItemRoutes } from './item-routes';
import { shopPermissions } from './permissions';
import { redemptionRoutes } from './redemption-routes';
import { redemptions, shopItems, stockTakes } from './schema';
import { shopTodo } from './todo';

/** The points shop 友邻超市: items, redemptions and stock-takes. */
export const shopModule: ModuleManifest = {
  name: 'shop',
  routes: [shopItemRoutes, shopItemPhotoRoutes, redemptionRoutes],
  permissions: shopPermissions,
  errors: shopErrors,
  tables: [shopItems, redemptions, stockTakes],
  demo: loadDemoShop,
  todo: shopTodo,
};
