import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { CommendationInput, CommendationView } from '../../../core/volunteers/contract';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { earnForCommendation } from '../points/service';
import { activeVolunteersOfUnit, actorCommunity, findVolunteer } from './registry';
import { commendations, volunteers } from './schema';

// A bounded list, like every list read on PGlite: a year of a street's commendations fits well within it.
const listLimit = 500;

const viewColumns = {
  id: commendations.id,
  volunteerId: commendations.volunteerId,
  volunteerName: volunteers.name,
  volunteerNo: volunteers.volunteerNo,
  period: commendations.period,
  title: commendations.title,
  reason: commendations.reason,
  createdBy: commendations.createdBy,
  createdAt: commendations.createdAt,
};

async function selectCommendations(ctx: ServiceContext, where: SQL | undefined): Promise<CommendationView[]> {
  const rows = await ctx.db
    .select(viewColumns)
    .from(commendations)
    .innerJoin(volunteers, eq(volunteers.id, commendations.volunteerId))
    .where(and(inScope(ctx.actor, commendations.orgPath), where))
    .orderBy(desc(commendations.createdAt))
    .limit(listLimit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export function listCommendations(
  ctx: ServiceContext,
  query: { period?: string },
): Promise<CommendationView[]> {
  return selectCommendations(ctx, query.period ? eq(commendations.period, query.period) : undefined);
}

/** A volunteer's commendations (表扬), part of their record (志愿服务条例 art. 19). */
export async function commendationsOfVolunteer(ctx: ServiceContext, volunteerId: string) {
  await findVolunteer(ctx, volunteerId);
  return selectCommendations(ctx, eq(commendations.volunteerId, volunteerId));
}

/**
 * Commends an active volunteer of the community: credits the unit's commendation bonus in the same
 * transaction (nothing is commended without its points, nor credited without the commendation) and
 * grants the priority flag when asked.
 */
export async function createCommendation(ctx: ServiceContext, input: CommendationInput) {
  const { id, pointsAwarded } = await inTransaction(ctx, async (tx) => {
    const unit = await actorCommunity(tx);
    // Another unit's volunteer reads as missing (404); one of this community who is not active, 400.
    const [volunteer] = await activeVolunteersOfUnit(tx, unit.id, [input.volunteerId]);
    const [row] = await tx.db
      .insert(commendations)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        volunteerId: volunteer.id,
        period: input.period,
        title: input.title,
        reason: input.reason,
        createdBy: tx.actor.name,
      })
      .returning({ id: commendations.id });
    const points = await earnForCommendation(tx, { volunteer, commendationId: row.id, at: tx.clock.now() });
    if (input.grantPriority)
      await tx.db.update(volunteers).set({ priority: true }).where(eq(volunteers.id, volunteer.id));
    await recordAudit(tx, {
      action: 'commendations.create',
      entity: 'commendation',
      entityId: row.id,
      orgUnit: unit,
      detail: { volunteerId: volunteer.id, period: input.period, points, grantPriority: input.grantPriority },
    });
    return { id: row.id, pointsAwarded: points };
  });
  const [view] = await selectCommendations(ctx, eq(commendations.id, id));
  return { ...view, pointsAwarded };
}
