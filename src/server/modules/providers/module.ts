import type { ModuleManifest } from '../../platform/module';
import { loadDemoProviders } from './demo-data';
import { providerErrors } from './errors';
import { providerPermissions } from './permissions';
import { providerRoutes } from './routes';
import { providers } from './schema';

/** Social work organizations, the contractors of projects: a registry shared down the tree. */
export const providersModule: ModuleManifest = {
  name: 'providers',
  routes: [providerRoutes],
  permissions: providerPermissions,
  errors: providerErrors,
  tables: [providers],
  demo: loadDemoProviders,
};
