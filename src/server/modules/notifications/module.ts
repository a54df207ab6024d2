import type { ModuleManifest } from '../../platform/module';
import { notificationPermissions } from './permissions';
import { notificationRoutes } from './routes';
import { notifications } from './schema';

/** Messages to residents: written by other modules through `notifyResidents`, read on the phone page. */
export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  routes: [notificationRoutes],
  permissions: notificationPermissions,
  tables: [notifications],
};
