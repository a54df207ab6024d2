import { httpErrors } from '../http/error-messages';
import { collectErrorMessages } from '../platform/errors';
import type { ModuleManifest } from '../platform/module';
import { collectRolePermissions } from '../platform/permissions';
import { activitiesModule } from './activities/module';
import { auditModule } from './audit/module';
import { casesModule } from './cases/module';
import { communityProfilesModule } from './community-profiles/module';
import { meetingsModule } from './meetings/module';
import { needsModule } from './needs/module';
import { notificationsModule } from './notifications/module';
import { orgUnitsModule } from './org-units/module';
import { pointsModule } from './points/module';
import { projectsModule } from './projects/module';
import { providersModule } from './providers/module';
import { registryChangesModule } from './registry-changes/module';
import { reportingModule } from './reporting/module';
import { residentsModule } from './residents/module';
import { shopModule } from './shop/module';
import { suggestionsModule } from './suggestions/module';
import { surveysModule } from './surveys/module';
import { usersModule } from './users/module';
import { volunteersModule } from './volunteers/module';

/**
 * Every module of the product, one line each. The demo world loads in this order, so a module's demo
 * records may refer to those of the modules above it. (Imports between modules follow no order: every
 * module records through audit, for one.)
 */
export const modules: readonly ModuleManifest[] = [
  orgUnitsModule,
  residentsModule,
  communityProfilesModule,
  providersModule,
  projectsModule,
  activitiesModule,
  notificationsModule,
  usersModule,
  casesModule,
  volunteersModule,
  pointsModule,
  shopModule,
  needsModule,
  surveysModule,
  meetingsModule,
  suggestionsModule,
  registryChangesModule,
  auditModule,
  reportingModule,
];

/** Role → permissions, from every module's grants. */
export const rolePermissions = collectRolePermissions(
  modules.flatMap((m) => (m.permissions ? [m.permissions] : [])),
);

/** Every error title: the HTTP layer's own and each module's. */
export const errorCatalog = collectErrorMessages([
  httpErrors,
  ...modules.flatMap((m) => (m.errors ? [m.errors] : [])),
]);
