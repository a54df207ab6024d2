import type { ModuleManifest } from '../../platform/module';
import {
  actionItemPhotos,
  actionItems,
  agendaItems,
  meetingKinds,
  meetingParticipants,
  meetingRules,
  meetings,
} from './schema';

/** Deliberation meetings (议事协商): agendas from the needs list, decisions and action items followed to done. */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  routes: [],
  tables: [
    meetingKinds,
    meetingRules,
    meetings,
    meetingParticipants,
    agendaItems,
    actionItems,
    actionItemPhotos,
  ],
};
