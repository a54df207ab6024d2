import type { ModuleManifest } from '../../platform/module';
import { loadDemoRegistryChanges } from './demo-data';
import { registryChangeErrors } from './errors';
import { registryChangePermissions } from './permissions';
import { registryChangeRoutes } from './routes';
import { residentChangeRequests } from './schema';
import { registryChangeTodo } from './todo';

/** 登记变更: proposed changes to residents' records, reviewed by the community's staff before they apply. */
export const registryChangesModule: ModuleManifest = {
  name: 'registry-changes',
  routes: [registryChangeRoutes],
  permissions: registryChangePermissions,
  errors: registryChangeErrors,
  tables: [residentChangeRequests],
  demo: loadDemoRegistryChanges,
  todo: registryChangeTodo,
};
