import type { ModuleManifest } from '../../platform/module';
import { loadDemoResidents } from './demo-data';
import { residentErrors } from './errors';
import { residentPermissions } from './permissions';
import { rosterRoutes } from './roster-routes';
import { residentRoutes } from './routes';
import { households, residentConsents, residents } from './schema';
import { populationStatsRoutes } from './stats-routes';
import { residentTodo } from './todo';
import { fillMaskedForms } from './upgrade';

/** The resident registry: records, households, consents, roster import and export, population statistics. */
export const residentsModule: ModuleManifest = {
  name: 'residents',
  routes: [residentRoutes, rosterRoutes, populationStatsRoutes],
  permissions: residentPermissions,
  errors: residentErrors,
  tables: [residents, households, residentConsents],
  demo: loadDemoResidents,
  upgrade: fillMaskedForms,
  todo: residentTodo,
};
