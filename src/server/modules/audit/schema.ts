import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorName: text('actor_name'),
    orgUnitId: uuid('org_unit_id'),
    orgPath: text('org_path'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('audit_log_actor_idx').on(t.actorUserId),
  ],
);
