import type { ModuleManifest } from '../../platform/module';
import { auditPermissions } from './permissions';
import { auditRoutes } from './routes';

/** The append-only audit log: every module records through `recordAudit` in its own transaction. */
export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: [auditRoutes],
  permissions: auditPermissions,
};
