import type { ModuleManifest } from '../../platform/module';
import { actionRoutes } from './action-routes';
import { loadDemoMeetings } from './demo-data';
import { meetingErrors } from './errors';
import { meetingRoutes } from './meeting-routes';
import { meetingPermissions } from './permissions';
import {
  actionItemPhotos,
  actionItems,
  agendaItems,
  meetingKinds,
  meetingParticipants,
  meetingRules,
  meetings,
} from './schema';
import { meetingTodo } from './todo';

/** Deliberation meetings (议事协商): agendas from the needs list, decisions and action items followed to done. */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  routes: [meetingRoutes, actionRoutes],
  permissions: meetingPermissions,
  errors: meetingErrors,
  tables: [
    meetingKinds,
    meetingRules,
    meetings,
    meetingParticipants,
    agendaItems,
    actionItems,
    actionItemPhotos,
  ],
  demo: loadDemoMeetings,
  todo: meetingTodo,
};
