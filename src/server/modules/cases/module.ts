import type { ModuleManifest } from '../../platform/module';
import { loadDemoCasework } from './demo-data';
import { caseErrors } from './errors';
import { casePermissions } from './permissions';
import { caseRoutes } from './routes';
import { caseRecords, cases, visitPlans, visits } from './schema';
import { caseTodo } from './todo';
import { visitRoutes } from './visit-routes';

/** Casework through its stages, and home visits by plan. */
export const casesModule: ModuleManifest = {
  name: 'cases',
  routes: [caseRoutes, visitRoutes],
  permissions: casePermissions,
  errors: caseErrors,
  tables: [cases, caseRecords, visitPlans, visits],
  demo: loadDemoCasework,
  todo: caseTodo,
};
