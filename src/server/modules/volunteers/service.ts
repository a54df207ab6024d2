import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { inScopeLookup } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { volunteers } from './schema';

/** What other modules know of a volunteer: who, where, and whether they may act as one. */
export type VolunteerRef = {
  id: string;
  orgUnitId: string;
  orgPath: string;
  name: string;
  volunteerNo: string;
  role: 'backbone' | 'member';
  status: 'applied' | 'active' | 'rejected' | 'left';
  priority: boolean;
};

const refColumns = {
  id: volunteers.id,
  orgUnitId: volunteers.orgUnitId,
  orgPath: volunteers.orgPath,
  name: volunteers.name,
  volunteerNo: volunteers.volunteerNo,
  role: volunteers.role,
  status: volunteers.status,
  priority: volunteers.priority,
};

/** The signed-in user's own volunteer record (not a rejected application), or 404. */
export async function volunteerOfUser(ctx: ServiceContext): Promise<VolunteerRef> {
  const [row] = await ctx.db
    .select(refColumns)
    .from(volunteers)
    .where(and(eq(volunteers.userId, ctx.actor.userId), ne(volunteers.status, 'rejected')));
  if (!row) throw new AppError('volunteers.not_registered', 404);
  return row;
}

/** The signed-in user's own volunteer record if they are an active volunteer, else 403. */
export async function activeVolunteerOfUser(ctx: ServiceContext): Promise<VolunteerRef> {
  const volunteer = await volunteerOfUser(ctx);
  if (volunteer.status !== 'active') throw new AppError('volunteers.not_active', 403);
  return volunteer;
}

/** A volunteer of the actor's scope by id (any status), or 404 as for a missing one: the shop's counter. */
export function volunteerInScope(ctx: ServiceContext, id: string): Promise<VolunteerRef> {
  return volunteerLookup(ctx.db, ctx.actor, id);
}

// Built once: a counter redemption rush looks up a volunteer per request.
const volunteerLookup = inScopeLookup(
  { table: volunteers, columns: refColumns, path: volunteers.orgPath },
  'volunteers.not_found',
);

// Scalar sub-selects for another module's select list over rows it has scoped (the inner `sql` keeps
// the columns qualified where drizzle would print them bare).
const volunteerColumnOf = (column: AnyPgColumn, volunteerId: AnyPgColumn): SQL<string> =>
  sql<string>`(${sql`select ${column} from ${volunteers} where ${volunteers.id} = ${volunteerId}`})`;
/** The name of the volunteer `volunteerId` points to. */
export const volunteerNameOf = (volunteerId: AnyPgColumn) => volunteerColumnOf(volunteers.name, volunteerId);
/** The public volunteer number of the volunteer `volunteerId` points to. */
export const volunteerNoOf = (volunteerId: AnyPgColumn) =>
  volunteerColumnOf(volunteers.volunteerNo, volunteerId);

// What volunteers contribute to the service figures: approved hours and the volunteers who served.
export {
  type ServiceRecordFilter,
  type VolunteerCounts,
  type VolunteerServiceFigures,
  volunteerCountsByUnit,
  volunteerHoursByProject,
  volunteerServiceFigures,
  volunteerServiceFiguresByUnit,
} from './figures';
// The approved records the points demo loader credits.
export { approvedServiceRecords } from './record-queries';
// Teams for meetings' action items: a team's name in scope, the teams the signed-in volunteer leads.
export {
  leadTeamForDemo,
  type TeamRef,
  teamRefInScope,
  teamsLedByUser,
  teamsOfUnitForDemo,
  volunteerTeamNameOf,
} from './team-refs';

/** Whether a resident is an active volunteer holding the priority flag (优先权, from a commendation). */
export async function residentHasPriority(db: Db, residentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.residentId, residentId),
        eq(volunteers.status, 'active'),
        eq(volunteers.priority, true),
      ),
    )
    .limit(1);
  return !!row;
}
