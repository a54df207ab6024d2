import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { roles } from '../../../core/roles';
import type { MembershipView } from '../../../core/users/contract';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { atOrAbovePath, inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitKindOf, orgUnitNameOf } from '../org-units/service';
import { providerNameOf } from '../providers/service';
import { memberships } from './schema';

const membershipColumns = {
  id: memberships.id,
  userId: memberships.userId,
  orgUnitId: memberships.orgUnitId,
  orgUnitName: orgUnitNameOf(memberships.orgUnitId),
  orgUnitKind: orgUnitKindOf(memberships.orgUnitId),
  orgPath: memberships.orgPath,
  role: memberships.role,
  providerId: memberships.providerId,
  providerName: providerNameOf(memberships.providerId),
};

/**
 * Highest unit first. Two roles at one unit (a street admin who also reviews) were made together: the
 * role list's order (admins first) decides, so the default membership never depends on the query plan.
 */
export const membershipOrder: SQL[] = [
  sql`length(${memberships.orgPath})`,
  asc(memberships.orgPath),
  sql`array_position(array[${sql.join(
    roles.map((r) => sql`${r}`),
    sql`, `,
  )}]::text[], ${memberships.role})`,
  asc(memberships.createdAt),
  asc(memberships.id),
];

/** Memberships of the given users, highest unit first, grouped by user. */
export async function membershipsOfUsers(db: Db, userIds: string[]): Promise<Map<string, MembershipView[]>> {
  const grouped = new Map<string, MembershipView[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grouped;
  const rows = await db
    .select(membershipColumns)
    .from(memberships)
    .where(inArray(memberships.userId, userIds))
    .orderBy(...membershipOrder);
  for (const { userId, ...membership } of rows) grouped.get(userId)?.push(membership);
  return grouped;
}

/**
 * A user's own memberships, highest unit first. It runs before there is an actor (the sign-in hook
 * resolves the actor from it), so it takes only the executor.
 */
export async function loadMemberships(db: Db, userId: string): Promise<MembershipView[]> {
  return (await membershipsOfUsers(db, [userId])).get(userId) ?? [];
}

export type SupervisorCandidate = {
  userId: string;
  name: string;
  role: 'socialWorker' | 'communityStaff';
  orgUnitName: string;
};

/**
 * Who may supervise casework: social workers and community staff with a membership in the actor's
 * scope, not banned. With `coveringPath`, only memberships at that unit or above it, so the
 * supervisor can open the case; with `userId`, only that person.
 */
export async function supervisorCandidates(
  ctx: ServiceContext,
  filter: { coveringPath?: string; userId?: string } = {},
): Promise<SupervisorCandidate[]> {
  const rows = await ctx.db
    .select({
      userId: memberships.userId,
      name: users.name,
      role: memberships.role,
      orgUnitName: orgUnitNameOf(memberships.orgUnitId),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inScope(ctx.actor, memberships.orgPath),
        inArray(memberships.role, ['socialWorker', 'communityStaff']),
        sql`${users.banned} is not true`,
        filter.coveringPath ? atOrAbovePath(memberships.orgPath, filter.coveringPath) : undefined,
        filter.userId ? eq(memberships.userId, filter.userId) : undefined,
      ),
    )
    .orderBy(asc(memberships.role), asc(users.name));
  // One line per person: a user holding both roles is listed once.
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.userId)) return [];
    seen.add(r.userId);
    return [{ ...r, role: r.role as SupervisorCandidate['role'] }];
  });
}
