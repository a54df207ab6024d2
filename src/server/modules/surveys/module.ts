import type { ModuleManifest } from '../../platform/module';
import { surveyResponses, surveys } from './schema';

/** Questionnaires (问卷) published on the phone page or filled from paper, and their results. */
export const surveysModule: ModuleManifest = {
  name: 'surveys',
  routes: [],
  tables: [surveys, surveyResponses],
};
