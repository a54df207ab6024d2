import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { needs } from '../needs/schema';
import { compounds, ownerColumns } from '../org-units/schema';
import { residents } from '../residents/schema';

/**
 * A suggestion in the 便民信箱, posted by a resident on the phone page. Anonymous hides the author from
 * other residents, never from the unit's staff. Staff route it (to a compound's owners' committee,
 * the property manager, a grid worker), reply and close it; a published reply is shown to the
 * community's residents. It may become a need.
 */
export const suggestions = pgTable(
  'suggestions',
  {
    id: id(),
    ...ownerColumns(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    anonymous: boolean('anonymous').notNull().default(false),
    title: text('title').notNull(),
    body: text('body').notNull(),
    compoundId: uuid('compound_id').references(() => compounds.id),
    status: text('status', { enum: ['submitted', 'routed', 'replied', 'closed'] }).notNull(),
    routedTo: text('routed_to', { enum: ['ownersCommittee', 'propertyManager', 'gridWorker', 'staff'] }),
    routedToName: text('routed_to_name'),
    routedAt: timestamp('routed_at', { withTimezone: true }),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    repliedBy: text('replied_by'),
    /** A reply the unit chose to show to all its residents (公开答复). */
    published: boolean('published').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    needId: uuid('need_id').references(() => needs.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('suggestions_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('suggestions_resident_idx').on(t.residentId),
  ],
);

/** A photo attached to a suggestion; stored like activity photos (thumbnail + display, WebP). */
export const suggestionPhotos = pgTable(
  'suggestion_photos',
  {
    id: id(),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    orgPath: text('org_path').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('suggestion_photos_suggestion_idx').on(t.suggestionId)],
);
