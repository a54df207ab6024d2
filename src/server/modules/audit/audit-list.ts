import { and, count, desc, eq, gte, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditRow, auditListQuery } from '../../../core/audit/contract';
import type { Actor } from '../../http/actor';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNames } from '../org-units/service';
import { auditLog } from './schema';

// Apart from service.ts: org-units records its changes through service.ts, so the listing, which
// names units through org-units, would close an import cycle there.

type AuditQuery = z.infer<typeof auditListQuery> & PageQuery;

/** Events with no unit (a failed sign-in of an unknown name) belong to the top of the tree. */
function auditScope(actor: Actor) {
  const scoped = inScope(actor, auditLog.orgPath);
  return actor.membership.orgUnitKind === 'district' ? or(scoped, isNull(auditLog.orgPath)) : scoped;
}

const dayAfter = (date: string) => sql`(${date}::date + 1)`;

export async function listAudit(ctx: ServiceContext, query: AuditQuery) {
  const where = and(
    auditScope(ctx.actor),
    query.action ? ilike(auditLog.action, `${query.action}%`) : undefined,
    query.actor ? ilike(auditLog.actorName, `%${query.actor}%`) : undefined,
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.from ? gte(auditLog.at, sql`${query.from}::date`) : undefined,
    query.to ? lt(auditLog.at, dayAfter(query.to)) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorName: auditLog.actorName,
        orgUnitId: auditLog.orgUnitId,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        reason: auditLog.reason,
        ip: auditLog.ip,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const units = await orgUnitNames(
    ctx,
    rows.flatMap((r) => (r.orgUnitId ? [r.orgUnitId] : [])),
  );
  const items: AuditRow[] = rows.map(({ orgUnitId, ...r }) => ({
    ...r,
    orgUnitName: orgUnitId ? (units.get(orgUnitId) ?? null) : null,
    at: r.at.toISOString(),
    detail: r.detail ?? null,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
