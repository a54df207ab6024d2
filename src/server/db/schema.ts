// The whole schema in one object, for drizzle-kit and the typed client.
export * from '../auth/schema';
export * from '../modules/activities/schema';
export * from '../modules/audit/schema';
export * from '../modules/cases/schema';
export * from '../modules/community-profiles/schema';
export * from '../modules/org-units/schema';
export * from '../modules/projects/schema';
export * from '../modules/providers/schema';
export * from '../modules/residents/schema';
export * from '../modules/users/schema';
