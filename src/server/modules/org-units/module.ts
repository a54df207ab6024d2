import type { ModuleManifest } from '../../platform/module';
import { loadDemoOrgUnits } from './demo-data';
import { orgUnitErrors } from './errors';
import { orgUnitPermissions } from './permissions';
import { orgUnitRoutes } from './routes';
import { compounds, grids, orgUnits } from './schema';

/** The organisation tree: district → street → community, with each community's grids and compounds. */
export const orgUnitsModule: ModuleManifest = {
  name: 'org-units',
  routes: [orgUnitRoutes],
  permissions: orgUnitPermissions,
  errors: orgUnitErrors,
  tables: [orgUnits, grids, compounds],
  demo: loadDemoOrgUnits,
};
