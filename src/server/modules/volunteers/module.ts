import type { ModuleManifest } from '../../platform/module';
import { volunteerErrors } from './errors';
import { volunteerPermissions } from './permissions';
import {
  commendations,
  serviceRecordCorrections,
  serviceRecords,
  volunteerCertificates,
  volunteerPositions,
  volunteerShifts,
  volunteers,
  volunteerTeams,
  volunteerTrainings,
} from './schema';

/** Volunteers, their teams and trainings, shifts at activities and the service records hours come from. */
export const volunteersModule: ModuleManifest = {
  name: 'volunteers',
  routes: [],
  permissions: volunteerPermissions,
  errors: volunteerErrors,
  tables: [
    volunteers,
    volunteerTeams,
    volunteerTrainings,
    volunteerPositions,
    volunteerShifts,
    serviceRecords,
    serviceRecordCorrections,
    commendations,
    volunteerCertificates,
  ],
};
