import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { residents } from '../residents/schema';

/**
 * 登记变更: new values for a few fields of a resident's record, proposed by a social worker or by the
 * resident, waiting for the community's staff. The proposed values and those they replace are
 * AES-GCM ciphertext (a mobile number and a room are encrypted in the registry too), as JSON;
 * `before` is kept so a reviewer sees when the record has changed since the proposal.
 */
export const residentChangeRequests = pgTable(
  'resident_change_requests',
  {
    id: id(),
    ...ownerColumns(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    changesEnc: text('changes_enc').notNull(),
    beforeEnc: text('before_enc').notNull(),
    note: text('note').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedByName: text('proposed_by_name').notNull(),
    proposedByRole: text('proposed_by_role', { enum: ['socialWorker', 'resident'] }).notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('resident_change_requests_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('resident_change_requests_resident_idx').on(t.residentId),
  ],
);
