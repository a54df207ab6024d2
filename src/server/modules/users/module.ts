import { accounts, users } from '../../auth/schema';
import type { ModuleManifest } from '../../platform/module';
import { loadDemoUsers } from './demo-data';
import { userErrors } from './errors';
import { meRoutes } from './me-routes';
import { userPermissions } from './permissions';
import { userRoutes } from './routes';
import { memberships } from './schema';

/** Accounts, their memberships (unit + role) and the signed-in user's own settings. */
export const usersModule: ModuleManifest = {
  name: 'users',
  routes: [meRoutes, userRoutes],
  permissions: userPermissions,
  errors: userErrors,
  tables: [memberships, users, accounts],
  demo: loadDemoUsers,
};
