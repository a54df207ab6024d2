import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roles } from '../../../core/roles';
import { users } from '../../auth/schema';
import { createdAt, id } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { providers } from '../providers/schema';

/** A user's role at one unit; a user may hold several and chooses which one they act through. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...ownerColumns(),
    role: text('role', { enum: roles }).notNull(),
    providerId: uuid('provider_id').references(() => providers.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_user_unit_role_key').on(t.userId, t.orgUnitId, t.role),
    index('memberships_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('memberships_user_idx').on(t.userId),
  ],
);
