import { and, count, desc, eq, gte, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditRow, auditListQuery } from '../../../core/audit/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import type { SignInAuditEntry } from '../../platform/platform';
import { orgUnits } from '../org-units/schema';
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

/** Writes one audit row on the executor given, so it commits or rolls back with the change it records. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
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

type AuditQuery = z.infer<typeof auditListQuery> & PageQuery;

/** Events with no unit (a failed sign-in of an unknown name) belong to the top of the tree. */
function auditScope(actor: Actor) {
  const scoped = inScope(actor, auditLog.orgPath);
  return actor.membership.orgUnitKind === 'district' ? or(scoped, isNull(auditLog.orgPath)) : scoped;
}

const dayAfter = (date: string) => sql`(${date}::date + 1)`;

export async function listAudit(db: Db, actor: Actor, query: AuditQuery) {
  const where = and(
    auditScope(actor),
    query.action ? ilike(auditLog.action, `${query.action}%`) : undefined,
    query.actor ? ilike(auditLog.actorName, `%${query.actor}%`) : undefined,
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.from ? gte(auditLog.at, sql`${query.from}::date`) : undefined,
    query.to ? lt(auditLog.at, dayAfter(query.to)) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorName: auditLog.actorName,
        orgUnitName: orgUnits.name,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        reason: auditLog.reason,
        ip: auditLog.ip,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .leftJoin(orgUnits, eq(orgUnits.id, auditLog.orgUnitId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const items: AuditRow[] = rows.map((r) => ({ ...r, at: r.at.toISOString(), detail: r.detail ?? null }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
