import type { ModuleManifest } from '../../platform/module';
import { suggestionPhotos, suggestions } from './schema';

/** The suggestion box (便民信箱): residents' suggestions, routed, replied and closed. */
export const suggestionsModule: ModuleManifest = {
  name: 'suggestions',
  routes: [],
  tables: [suggestions, suggestionPhotos],
};
