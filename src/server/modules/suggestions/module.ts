import type { ModuleManifest } from '../../platform/module';
import { loadDemoSuggestions } from './demo-data';
import { suggestionErrors } from './errors';
import { mySuggestionRoutes } from './me-routes';
import { suggestionPermissions } from './permissions';
import { suggestionRoutes } from './routes';
import { suggestionPhotos, suggestions } from './schema';
import { suggestionTodo } from './todo';

/** The suggestion box (便民信箱): residents' suggestions, routed, replied and closed. */
export const suggestionsModule: ModuleManifest = {
  name: 'suggestions',
  routes: [suggestionRoutes, mySuggestionRoutes],
  permissions: suggestionPermissions,
  errors: suggestionErrors,
  tables: [suggestions, suggestionPhotos],
  demo: loadDemoSuggestions,
  todo: suggestionTodo,
};
