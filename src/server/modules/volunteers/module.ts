import type { ModuleManifest } from '../../platform/module';
import { commendationRoutes } from './commendation-routes';
import { loadDemoVolunteers } from './demo-data';
import { loadDemoVolunteerService } from './demo-service';
import { volunteerErrors } from './errors';
import { volunteerPermissions } from './permissions';
import { recordRoutes } from './record-routes';
import { registryRoutes } from './registry-routes';
import {
  commendations,
  serviceRecordCorrections,
  serviceRecords,
  volunteerCertificates,
  volunteerPositions,
  volunteerSettings,
  volunteerShifts,
  volunteers,
  volunteerTeamMembers,
  volunteerTeams,
  volunteerTrainingAttendees,
  volunteerTrainings,
} from './schema';
import { settingsRoutes } from './settings-routes';
import { shiftRoutes } from './shift-routes';
import { teamRoutes } from './team-routes';
import { volunteerTodo } from './todo';
import { trainingRoutes } from './training-routes';

/** Volunteers, their teams and trainings, shifts at activities and the service records hours come from. */
export const volunteersModule: ModuleManifest = {
  name: 'volunteers',
  routes: [
    registryRoutes,
    teamRoutes,
    trainingRoutes,
    commendationRoutes,
    shiftRoutes,
    recordRoutes,
    settingsRoutes,
  ],
  permissions: volunteerPermissions,
  errors: volunteerErrors,
  tables: [
    volunteers,
    volunteerTeams,
    volunteerTeamMembers,
    volunteerTrainings,
    volunteerTrainingAttendees,
    volunteerPositions,
    volunteerShifts,
    serviceRecords,
    serviceRecordCorrections,
    commendations,
    volunteerCertificates,
    volunteerSettings,
  ],
  // The people and teams first; then a year of shifts and service records among them.
  demo: async (world) => {
    await loadDemoVolunteers(world);
    await loadDemoVolunteerService(world);
  },
  todo: volunteerTodo,
};
