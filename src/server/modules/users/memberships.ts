import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { roles } from '../../../core/roles';
import type { MembershipView } from '../../../core/users/contract';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { inScope } from '../../http/scope';
import { orgUnits } from '../org-units/schema';
import { providers } from '../providers/schema';
import { memberships } from './schema';

const membershipColumns = {
  id: memberships.id,
  userId: memberships.userId,
  orgUnitId: memberships.orgUnitId,
  orgUnitName: orgUnits.name,
  orgUnitKind: orgUnits.kind,
  orgPath: memberships.orgPath,
  role: memberships.role,
  providerId: memberships.providerId,
  providerName: providers.name,
};

/** Memberships of the given users, highest unit first, grouped by user. */
export async function membershipsOfUsers(db: Db, userIds: string[]): Promise<Map<string, MembershipView[]>> {
  const grouped = new Map<string, MembershipView[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grouped;
  const rows = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId))
    .leftJoin(providers, eq(providers.id, memberships.providerId))
    .where(inArray(memberships.userId, userIds))
    // Two roles at one unit (a street admin who also reviews) were made together: the role list's order
    // (admins first) decides, so the default membership never depends on the query plan.
    .orderBy(
      sql`length(${memberships.orgPath})`,
      asc(memberships.orgPath),
      sql`array_position(array[${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )}]::text[], ${memberships.role})`,
      asc(memberships.createdAt),
      asc(memberships.id),
    );
  for (const { userId, ...membership } of rows) grouped.get(userId)?.push(membership);
  return grouped;
}

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
  db: Db,
  actor: Actor,
  filter: { coveringPath?: string; userId?: string } = {},
): Promise<SupervisorCandidate[]> {
  const rows = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      role: memberships.role,
      orgUnitName: orgUnits.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId))
    .where(
      and(
        inScope(actor, memberships.orgPath),
        inArray(memberships.role, ['socialWorker', 'communityStaff']),
        sql`${users.banned} is not true`,
        filter.coveringPath
          ? sql`(${filter.coveringPath} = ${memberships.orgPath} or ${filter.coveringPath} like ${memberships.orgPath} || '.%')`
          : undefined,
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
