import type { ModuleManifest } from '../../platform/module';
import { pointsErrors } from './errors';
import { pointsPermissions } from './permissions';
import { pointsAccounts, pointsLedger, pointsRules } from './schema';

/** Points rules and the append-only points ledger. */
export const pointsModule: ModuleManifest = {
  name: 'points',
  routes: [],
  permissions: pointsPermissions,
  errors: pointsErrors,
  tables: [pointsRules, pointsAccounts, pointsLedger],
};
