import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { visits } from './schema';

export type VisitRef = {
  id: string;
  residentId: string;
  orgUnitId: string;
  orgPath: string;
  visitedOn: string;
};

/** A home visit in the actor's scope, without its findings: for other modules that cite a visit (a need it raised). */
export async function getVisitRef(ctx: ServiceContext, id: string): Promise<VisitRef> {
  const [row] = await ctx.db
    .select({
      id: visits.id,
      residentId: visits.residentId,
      orgUnitId: visits.orgUnitId,
      orgPath: visits.orgPath,
      visitedOn: visits.visitedOn,
    })
    .from(visits)
    .where(and(eq(visits.id, id), inScope(ctx.actor, visits.orgPath)));
  if (!row) throw new AppError('visits.not_found', 404);
  return row;
}

/** Visits in the actor's scope that asked for follow-up, oldest first: where needs come up on the rounds. */
export async function followUpVisitRefs(ctx: ServiceContext, limit: number): Promise<VisitRef[]> {
  return ctx.db
    .select({
      id: visits.id,
      residentId: visits.residentId,
      orgUnitId: visits.orgUnitId,
      orgPath: visits.orgPath,
      visitedOn: visits.visitedOn,
    })
    .from(visits)
    .where(and(eq(visits.followUpNeeded, true), inScope(ctx.actor, visits.orgPath)))
    .orderBy(asc(visits.visitedOn), asc(visits.id))
    .limit(limit);
}
