import type { ModuleManifest } from '../../platform/module';
import { needEvents, needSources, needs } from './schema';

/** The needs list (需求清单): residents' needs from every source, their status and thread. */
export const needsModule: ModuleManifest = {
  name: 'needs',
  routes: [],
  tables: [needs, needSources, needEvents],
};
