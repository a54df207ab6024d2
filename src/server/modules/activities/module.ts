import type { ModuleManifest } from '../../platform/module';
import { brandRoutes } from './brand-routes';
import { loadDemoActivities } from './demo-data';
import { activityErrors } from './errors';
import { activityPermissions } from './permissions';
import { activityPhotoRoutes } from './photo-routes';
import { activityRoutes } from './routes';
import { activities, activityPhotos, activitySessions, attendances, brands, registrations } from './schema';
import { selfServiceRoutes } from './self-routes';
import { activityTodo } from './todo';

/** Activities and group work: planning, registration with a waitlist, check-in, photos, brands, phone pages. */
export const activitiesModule: ModuleManifest = {
  name: 'activities',
  routes: [activityRoutes, brandRoutes, activityPhotoRoutes, selfServiceRoutes],
  permissions: activityPermissions,
  errors: activityErrors,
  tables: [brands, activities, activitySessions, registrations, attendances, activityPhotos],
  demo: loadDemoActivities,
  todo: activityTodo,
};
