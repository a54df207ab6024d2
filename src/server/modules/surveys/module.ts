import type { ModuleManifest } from '../../platform/module';
import { loadDemoSurveys } from './demo-data';
import { surveyErrors } from './errors';
import { mySurveyRoutes } from './me-routes';
import { surveyPermissions } from './permissions';
import { surveyRoutes } from './routes';
import { surveyResponses, surveys } from './schema';

/** Questionnaires (问卷) published on the phone page or filled from paper, and their results. */
export const surveysModule: ModuleManifest = {
  name: 'surveys',
  routes: [surveyRoutes, mySurveyRoutes],
  permissions: surveyPermissions,
  errors: surveyErrors,
  tables: [surveys, surveyResponses],
  demo: loadDemoSurveys,
};
