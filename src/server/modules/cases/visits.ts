import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { visitInput, visitPlanInput } from '../../../core/cases/contract';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import { recordAudit } from '../../http/audit';
import { getResidentRef } from '../residents/service';
import { visitPlans, visits } from './schema';

export async function setVisitPlan(db: Db, actor: Actor, input: z.infer<typeof visitPlanInput>) {
  const person = await getResidentRef(db, actor, input.residentId);
  await db.transaction(async (tx) => {
    await tx
      .insert(visitPlans)
      .values({
        orgUnitId: person.orgUnitId,
        orgPath: person.orgPath,
        residentId: person.id,
        intervalDays: input.intervalDays,
      })
      .onConflictDoUpdate({ target: visitPlans.residentId, set: { intervalDays: input.intervalDays } });
    await recordAudit(tx, actor, {
      action: 'visits.plan',
      entity: 'resident',
      entityId: person.id,
      orgUnit: { id: person.orgUnitId, path: person.orgPath },
      detail: { intervalDays: input.intervalDays },
    });
  });
}

export async function recordVisit(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  input: z.infer<typeof visitInput>,
) {
  const person = await getResidentRef(db, actor, input.residentId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(visits)
      .values({
        orgUnitId: person.orgUnitId,
        orgPath: person.orgPath,
        residentId: person.id,
        visitedOn: input.visitedOn,
        visitorName: actor.name,
        findingsEnc: crypto.encrypt(input.findings),
        followUpNeeded: input.followUpNeeded,
      })
      .returning({ id: visits.id });
    await recordAudit(tx, actor, {
      action: 'visits.record',
      entity: 'visit',
      entityId: row.id,
      orgUnit: { id: person.orgUnitId, path: person.orgPath },
    });
    return { id: row.id };
  });
}

/** Plans whose last visit (or, never visited, the plan itself) is older than its interval, by grid. */
export async function overdueVisits(db: Db, actor: Actor, asOf: string) {
  const scope = actor.membership.orgPath;
  return queryRows<{
    residentId: string;
    name: string;
    gridName: string | null;
    lastVisitedOn: string | null;
    dueOn: string;
    daysOverdue: number;
  }>(
    db,
    sql`select p.resident_id as "residentId", r.name, g.name as "gridName", last.visited_on::text as "lastVisitedOn",
        (coalesce(last.visited_on, p.created_at::date) + p.interval_days)::text as "dueOn",
        (${asOf}::date - (coalesce(last.visited_on, p.created_at::date) + p.interval_days))::int as "daysOverdue"
      from visit_plans p
      join residents r on r.id = p.resident_id and r.status = 'active'
      left join grids g on g.id = r.grid_id
      left join lateral (select max(v.visited_on) visited_on from visits v where v.resident_id = p.resident_id) last on true
      where (p.org_path = ${scope} or p.org_path like ${`${scope}.%`})
        and coalesce(last.visited_on, p.created_at::date) + p.interval_days < ${asOf}::date
      order by g.name nulls last, "daysOverdue" desc`,
  );
}

export async function visitsOf(db: Db, crypto: FieldCrypto, actor: Actor, residentId: string) {
  const person = await getResidentRef(db, actor, residentId);
  const rows = await db
    .select()
    .from(visits)
    .where(and(eq(visits.residentId, person.id)))
    .orderBy(sql`visited_on desc`);
  return rows.map((v) => ({
    id: v.id,
    visitedOn: v.visitedOn,
    visitorName: v.visitorName,
    findings: crypto.decrypt(v.findingsEnc),
    followUpNeeded: v.followUpNeeded,
  }));
}
