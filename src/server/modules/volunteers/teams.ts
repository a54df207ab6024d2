import { and, asc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import type { TeamDetail, TeamInput, TeamNode, TeamView } from '../../../core/volunteers/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { compoundNameOf, placesOfCommunity } from '../org-units/service';
import { activeVolunteersOfUnit, actorCommunity } from './registry';
import { volunteers, volunteerTeamMembers, volunteerTeams } from './schema';

type TeamRow = typeof volunteerTeams.$inferSelect;

// Correlated sub-selects name the outer table explicitly: drizzle prints bare column names here.
const memberCount = sql<number>`(select count(*)::int from volunteer_team_members m where m.team_id = "volunteer_teams"."id")`;

const viewColumns = {
  id: volunteerTeams.id,
  name: volunteerTeams.name,
  parentTeamId: volunteerTeams.parentTeamId,
  compoundId: volunteerTeams.compoundId,
  compoundName: compoundNameOf(volunteerTeams.compoundId),
  description: volunteerTeams.description,
  memberCount,
};

/** Leaders of the given teams, by team id. */
async function leadersOf(db: Db, teamIds: string[]) {
  const byTeam = new Map<string, { volunteerId: string; name: string }[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return byTeam;
  const rows = await db
    .select({ teamId: volunteerTeamMembers.teamId, volunteerId: volunteers.id, name: volunteers.name })
    .from(volunteerTeamMembers)
    .innerJoin(volunteers, eq(volunteers.id, volunteerTeamMembers.volunteerId))
    .where(and(eq(volunteerTeamMembers.isLeader, true), inArray(volunteerTeamMembers.teamId, teamIds)))
    .orderBy(asc(volunteers.volunteerNo));
  for (const r of rows) byTeam.get(r.teamId)?.push({ volunteerId: r.volunteerId, name: r.name });
  return byTeam;
}

/** Every team in scope as a tree: community teams (社区总支) with their compound branches (小区分支). */
export async function teamTree(ctx: ServiceContext): Promise<TeamNode[]> {
  const rows = await ctx.db
    .select(viewColumns)
    .from(volunteerTeams)
    .where(inScope(ctx.actor, volunteerTeams.orgPath))
    .orderBy(asc(volunteerTeams.orgPath), asc(volunteerTeams.name));
  const leaders = await leadersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const nodes = new Map<string, TeamNode>(
    rows.map((r) => [r.id, { ...r, leaders: leaders.get(r.id) ?? [], children: [] }]),
  );
  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentTeamId ? nodes.get(node.parentTeamId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function findTeam(ctx: ServiceContext, id: string): Promise<TeamRow> {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: volunteerTeams,
      columns: getTableColumns(volunteerTeams),
      id,
      scope: inScope(ctx.actor, volunteerTeams.orgPath),
    },
    'volunteerTeams.not_found',
  );
}

async function teamView(ctx: ServiceContext, id: string): Promise<TeamView> {
  const [row] = await ctx.db.select(viewColumns).from(volunteerTeams).where(eq(volunteerTeams.id, id));
  return { ...row, leaders: (await leadersOf(ctx.db, [id])).get(id) ?? [] };
}

export async function getTeam(ctx: ServiceContext, id: string): Promise<TeamDetail> {
  await findTeam(ctx, id);
  const [view, members] = await Promise.all([
    teamView(ctx, id),
    ctx.db
      .select({
        volunteerId: volunteers.id,
        volunteerNo: volunteers.volunteerNo,
        name: volunteers.name,
        role: volunteers.role,
        isLeader: volunteerTeamMembers.isLeader,
      })
      .from(volunteerTeamMembers)
      .innerJoin(volunteers, eq(volunteers.id, volunteerTeamMembers.volunteerId))
      .where(eq(volunteerTeamMembers.teamId, id))
      .orderBy(asc(volunteers.volunteerNo)),
  ]);
  return { ...view, members };
}

/**
 * The tree's shape: a community team names no compound and has no parent; a branch hangs under a
 * community team of the same community and names one of that community's compounds.
 */
async function assertShape(tx: ServiceContext, unit: { id: string }, input: TeamInput, selfId?: string) {
  if (input.parentTeamId === null) {
    if (input.compoundId !== null)
      throw new AppError('volunteerTeams.compound_required', 400, [
        { path: 'compoundId', message: '社区总支不选小区' },
      ]);
    return;
  }
  // Another unit's team reads as missing (404), as anywhere.
  const parent = await findTeam(tx, input.parentTeamId);
  if (parent.orgUnitId !== unit.id || parent.parentTeamId !== null || input.parentTeamId === selfId)
    throw new AppError('volunteerTeams.bad_parent', 400, [
      { path: 'parentTeamId', message: '请选择本社区的社区总支' },
    ]);
  if (selfId) {
    const [child] = await tx.db
      .select({ id: volunteerTeams.id })
      .from(volunteerTeams)
      .where(eq(volunteerTeams.parentTeamId, selfId))
      .limit(1);
    if (child)
      throw new AppError('volunteerTeams.bad_parent', 400, [
        { path: 'parentTeamId', message: '该队下已有分支' },
      ]);
  }
  const places = await placesOfCommunity(tx.db, unit.id);
  if (!input.compoundId || !places.compounds.some((c) => c.id === input.compoundId))
    throw new AppError('volunteerTeams.compound_required', 400, [
      { path: 'compoundId', message: '请选择本社区的小区' },
    ]);
}

async function assertNameFree(tx: ServiceContext, unitId: string, name: string, selfId?: string) {
  const [clash] = await tx.db
    .select({ id: volunteerTeams.id })
    .from(volunteerTeams)
    .where(
      and(
        eq(volunteerTeams.orgUnitId, unitId),
        eq(volunteerTeams.name, name),
        selfId ? ne(volunteerTeams.id, selfId) : undefined,
      ),
    );
  if (clash)
    throw new AppError('volunteerTeams.duplicate_name', 409, [{ path: 'name', message: '队伍名称已存在' }]);
}

export async function createTeam(ctx: ServiceContext, input: TeamInput): Promise<TeamView> {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await actorCommunity(tx);
    await assertShape(tx, unit, input);
    await assertNameFree(tx, unit.id, input.name);
    const [row] = await tx.db
      .insert(volunteerTeams)
      .values({ ...input, orgUnitId: unit.id, orgPath: unit.path })
      .returning({ id: volunteerTeams.id });
    return row.id;
  });
  return teamView(ctx, id);
}

export async function updateTeam(ctx: ServiceContext, id: string, input: TeamInput): Promise<TeamView> {
  await inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, id);
    await assertShape(tx, { id: team.orgUnitId }, input, id);
    await assertNameFree(tx, team.orgUnitId, input.name, id);
    await tx.db.update(volunteerTeams).set(input).where(eq(volunteerTeams.id, id));
  });
  return teamView(ctx, id);
}

/** Only an empty team goes: one with branches or members is refused, so nobody drops out of a team unseen. */
export async function deleteTeam(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, id);
    const [[child], [member]] = await Promise.all([
      tx.db
        .select({ id: volunteerTeams.id })
        .from(volunteerTeams)
        .where(eq(volunteerTeams.parentTeamId, id))
        .limit(1),
      tx.db
        .select({ id: volunteerTeamMembers.volunteerId })
        .from(volunteerTeamMembers)
        .where(eq(volunteerTeamMembers.teamId, id))
        .limit(1),
    ]);
    if (child || member) throw new AppError('volunteerTeams.not_empty', 409);
    await tx.db.delete(volunteerTeams).where(eq(volunteerTeams.id, id));
    await recordAudit(tx, {
      action: 'volunteerTeams.delete',
      entity: 'volunteerTeam',
      entityId: id,
      orgUnit: { id: team.orgUnitId, path: team.orgPath },
      detail: { name: team.name },
    });
  });
}

/** Adds an active volunteer of the team's community, or changes their leader mark. */
export async function addTeamMember(
  ctx: ServiceContext,
  teamId: string,
  input: { volunteerId: string; isLeader: boolean },
): Promise<TeamDetail> {
  await inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, teamId);
    await activeVolunteersOfUnit(tx, team.orgUnitId, [input.volunteerId]);
    await tx.db
      .insert(volunteerTeamMembers)
      .values({ teamId, volunteerId: input.volunteerId, orgPath: team.orgPath, isLeader: input.isLeader })
      .onConflictDoUpdate({
        target: [volunteerTeamMembers.teamId, volunteerTeamMembers.volunteerId],
        set: { isLeader: input.isLeader },
      });
  });
  return getTeam(ctx, teamId);
}

export async function removeTeamMember(
  ctx: ServiceContext,
  teamId: string,
  volunteerId: string,
): Promise<TeamDetail> {
  await inTransaction(ctx, async (tx) => {
    await findTeam(tx, teamId);
    const removed = await tx.db
      .delete(volunteerTeamMembers)
      .where(and(eq(volunteerTeamMembers.teamId, teamId), eq(volunteerTeamMembers.volunteerId, volunteerId)))
      .returning({ id: volunteerTeamMembers.volunteerId });
    if (removed.length === 0) throw new AppError('volunteerTeams.not_member', 404);
  });
  return getTeam(ctx, teamId);
}
