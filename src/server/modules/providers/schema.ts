import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';

/** A social work organization (社工机构), registered at the unit that buys from it. */
export const providers = pgTable(
  'providers',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('providers_name_key').on(t.name),
    index('providers_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);
