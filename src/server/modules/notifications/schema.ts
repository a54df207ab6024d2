import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { residents } from '../residents/schema';

/** The in-app messages a resident sees on the phone page: a cancelled activity, a promotion from the waitlist. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_resident_idx').on(t.residentId)],
);
