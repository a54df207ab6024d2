import type { ModuleManifest } from '../../platform/module';
import { shopErrors } from './errors';
import { shopPermissions } from './permissions';
import { redemptions, shopItems, stockTakes } from './schema';

/** The points shop 友邻超市: items, redemptions and stock-takes. */
export const shopModule: ModuleManifest = {
  name: 'shop',
  routes: [],
  permissions: shopPermissions,
  errors: shopErrors,
  tables: [shopItems, redemptions, stockTakes],
};
