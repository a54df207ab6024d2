import type { ModuleManifest } from '../../platform/module';
import { reportingPermissions } from './permissions';
import { reportingRoutes } from './routes';

/** Figures and timelines that span modules: each module contributes its counts through its service. */
export const reportingModule: ModuleManifest = {
  name: 'reporting',
  routes: [reportingRoutes],
  permissions: reportingPermissions,
};
