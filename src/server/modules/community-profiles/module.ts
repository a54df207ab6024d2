import type { ModuleManifest } from '../../platform/module';
import { loadDemoProfiles } from './demo-data';
import { communityProfileErrors } from './errors';
import { communityProfilePermissions } from './permissions';
import { communityProfileRoutes } from './routes';
import { communityProfiles } from './schema';
import { communityProfileTodo } from './todo';

/** A community's declared facts beside the figures the registry computes. */
export const communityProfilesModule: ModuleManifest = {
  name: 'community-profiles',
  routes: [communityProfileRoutes],
  permissions: communityProfilePermissions,
  errors: communityProfileErrors,
  tables: [communityProfiles],
  demo: loadDemoProfiles,
  todo: communityProfileTodo,
};
