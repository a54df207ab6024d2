import { is, SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ServiceContext } from '../../platform/context';
import type { SignInAuditEntry } from '../../platform/platform';
import { auditLog } from './schema';

export type AuditEntry = {
  action: string;
  entity?: string;
  entityId?: string;
  reason?: string;
  detail?: Record<string, unknown>;
  /** The unit the event concerns; defaults to the actor's. */
  orgUnit?: { id: string; path: string };
};

/** Writes one audit row on the context's executor (the transaction of the change), so it commits or rolls back with the change it records. */
export async function recordAudit(
  { db, actor }: Pick<ServiceContext, 'db' | 'actor'>,
  entry: AuditEntry,
): Promise<void> {
  const unit = entry.orgUnit ?? { id: actor.membership.orgUnitId, path: actor.membership.orgPath };
  await db.insert(auditLog).values({
    actorUserId: actor.userId,
    actorName: actor.name,
    orgUnitId: unit.id,
    orgPath: unit.path,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    reason: entry.reason,
    ip: actor.ip,
    userAgent: actor.userAgent,
    detail: entry.detail,
  });
}

/** A value of an audit row written by a statement: a parameter, or an expression over its source's row. */
type AuditValue = string | null | SQL;

/**
 * The audit rows of a change made by one statement, as one of its CTEs: `insert … select … from source`,
 * one for each of the source's rows. Any value may be an expression over the source's row (the change's own
 * result, or who asked for each row of a batch). They commit with the change, like `recordAudit`, without a
 * statement of their own.
 */
export function auditFromRow(
  actor: Record<'userId' | 'name' | 'ip' | 'userAgent', AuditValue>,
  source: SQL,
  entry: {
    action: SQL;
    entity: string;
    entityId: SQL;
    orgUnit: { id: string; path: string };
    detail: Record<string, unknown> | SQL;
  },
): SQL {
  const c = auditLog;
  const columns = [
    c.actorUserId,
    c.actorName,
    c.orgUnitId,
    c.orgPath,
    c.action,
    c.entity,
    c.entityId,
    c.ip,
    c.userAgent,
    c.detail,
  ];
  const detail = is(entry.detail, SQL) ? entry.detail : sql`${JSON.stringify(entry.detail)}::jsonb`;
  return sql`insert into ${auditLog} (${sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  )})
    select ${actor.userId}, ${actor.name}, ${entry.orgUnit.id}::uuid, ${entry.orgUnit.path}, ${entry.action},
      ${entry.entity}, ${entry.entityId}, ${actor.ip}, ${actor.userAgent}, ${detail}
    from ${source}`;
}

/** For events before an actor exists (sign-in, sign-in failure): the platform's sign-in audit. */
export async function recordSignInEvent(db: Db, entry: SignInAuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    actorName: entry.actorName,
    orgUnitId: entry.orgUnit?.id,
    orgPath: entry.orgUnit?.path,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    ip: entry.ip,
    userAgent: entry.userAgent,
    detail: entry.detail,
  });
}
