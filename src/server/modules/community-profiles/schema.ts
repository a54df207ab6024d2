import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DeclaredProfile } from '../../../core/community-profiles/contract';
import { orgUnits } from '../org-units/schema';

/** One row per community: its declared profile (申报数); counted figures come from the records. */
export const communityProfiles = pgTable('community_profiles', {
  orgUnitId: uuid('org_unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  orgPath: text('org_path').notNull(),
  declared: jsonb('declared').$type<DeclaredProfile>().notNull(),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
