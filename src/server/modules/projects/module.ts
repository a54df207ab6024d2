import type { ModuleManifest } from '../../platform/module';
import { loadDemoProjects } from './demo-data';
import { projectErrors } from './errors';
import { projectPermissions } from './permissions';
import { projectRoutes } from './routes';
import { projects } from './schema';

/** Projects bought from providers, the frame that activities, cases and visits belong to. */
export const projectsModule: ModuleManifest = {
  name: 'projects',
  routes: [projectRoutes],
  permissions: projectPermissions,
  errors: projectErrors,
  tables: [projects],
  demo: loadDemoProjects,
};
