import type { ModuleManifest } from '../../platform/module';
import { loadDemoNeeds } from './demo-data';
import { needErrors } from './errors';
import { needPermissions } from './permissions';
import { needRoutes } from './routes';
import { needEvents, needSources, needs } from './schema';
import { needTodo } from './todo';

/** The needs list (需求清单): residents' needs from every source, their status and thread. */
export const needsModule: ModuleManifest = {
  name: 'needs',
  routes: [needRoutes],
  permissions: needPermissions,
  errors: needErrors,
  tables: [needs, needSources, needEvents],
  demo: loadDemoNeeds,
  todo: needTodo,
};
