import type { ModuleManifest } from '../../platform/module';
import { loadDemoPoints } from './demo-data';
import { pointsErrors } from './errors';
import { pointsPermissions } from './permissions';
import { pointsRoutes } from './routes';
import { pointsAccounts, pointsLedger, pointsRules } from './schema';

/** Points rules and the append-only points ledger. */
export const pointsModule: ModuleManifest = {
  name: 'points',
  routes: [pointsRoutes],
  permissions: pointsPermissions,
  errors: pointsErrors,
  tables: [pointsRules, pointsAccounts, pointsLedger],
  demo: loadDemoPoints,
};
