import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { volunteers, volunteerTeamMembers, volunteerTeams } from './schema';

// What other modules (meetings' action items) know of a team: its name and unit, and which teams the
// signed-in volunteer leads.

export type TeamRef = { id: string; name: string; orgUnitId: string; orgPath: string };

const refColumns = {
  id: volunteerTeams.id,
  name: volunteerTeams.name,
  orgUnitId: volunteerTeams.orgUnitId,
  orgPath: volunteerTeams.orgPath,
};

/** A team in the actor's scope, or 404 as for a missing one. */
export async function teamRefInScope(ctx: ServiceContext, id: string): Promise<TeamRef> {
  const [row] = await ctx.db
    .select(refColumns)
    .from(volunteerTeams)
    .where(and(eq(volunteerTeams.id, id), inScope(ctx.actor, volunteerTeams.orgPath)));
  if (!row) throw new AppError('volunteerTeams.not_found', 404);
  return row;
}

/** The teams the signed-in user leads as an active volunteer (a leader who left leads nothing). */
export async function teamsLedByUser(ctx: ServiceContext): Promise<TeamRef[]> {
  return ctx.db
    .select(refColumns)
    .from(volunteerTeamMembers)
    .innerJoin(volunteers, eq(volunteers.id, volunteerTeamMembers.volunteerId))
    .innerJoin(volunteerTeams, eq(volunteerTeams.id, volunteerTeamMembers.teamId))
    .where(
      and(
        eq(volunteers.userId, ctx.actor.userId),
        eq(volunteers.status, 'active'),
        eq(volunteerTeamMembers.isLeader, true),
      ),
    )
    .orderBy(asc(volunteerTeams.name));
}

/** The name of the team `teamId` points to, as a scalar sub-select over rows the caller has scoped. */
export const volunteerTeamNameOf = (teamId: AnyPgColumn): SQL<string | null> =>
  sql<
    string | null
  >`(${sql`select ${volunteerTeams.name} from ${volunteerTeams} where ${volunteerTeams.id} = ${teamId}`})`;

/** A community's teams with their leaders, for the demo world (which has no signed-in actor). */
export async function teamsOfUnitForDemo(db: Db, orgUnitId: string) {
  const teams = await db
    .select({ ...refColumns, parentTeamId: volunteerTeams.parentTeamId })
    .from(volunteerTeams)
    .where(eq(volunteerTeams.orgUnitId, orgUnitId))
    .orderBy(asc(volunteerTeams.name));
  const leaders = teams.length
    ? await db
        .select({ teamId: volunteerTeamMembers.teamId, volunteerId: volunteers.id, name: volunteers.name })
        .from(volunteerTeamMembers)
        .innerJoin(volunteers, eq(volunteers.id, volunteerTeamMembers.volunteerId))
        .where(
          and(
            eq(volunteerTeamMembers.isLeader, true),
            inArray(
              volunteerTeamMembers.teamId,
              teams.map((t) => t.id),
            ),
          ),
        )
    : [];
  return teams.map((t) => ({
    ...t,
    leaders: leaders.filter((l) => l.teamId === t.id).map(({ volunteerId, name }) => ({ volunteerId, name })),
  }));
}

/**
 * Makes the demo user `userId` (an active volunteer of the team's community) a leader of the team, so
 * the demo world's phone has a team leader to act as. Nothing happens when the user is no volunteer there.
 */
export async function leadTeamForDemo(db: Db, teamId: string, userId: string): Promise<boolean> {
  const [team] = await db
    .select({ orgUnitId: volunteerTeams.orgUnitId, orgPath: volunteerTeams.orgPath })
    .from(volunteerTeams)
    .where(eq(volunteerTeams.id, teamId));
  const [volunteer] = team
    ? await db
        .select({ id: volunteers.id })
        .from(volunteers)
        .where(
          and(
            eq(volunteers.userId, userId),
            eq(volunteers.orgUnitId, team.orgUnitId),
            eq(volunteers.status, 'active'),
          ),
        )
    : [];
  if (!team || !volunteer) return false;
  await db
    .insert(volunteerTeamMembers)
    .values({ teamId, volunteerId: volunteer.id, orgPath: team.orgPath, isLeader: true })
    .onConflictDoUpdate({
      target: [volunteerTeamMembers.teamId, volunteerTeamMembers.volunteerId],
      set: { isLeader: true },
    });
  return true;
}
