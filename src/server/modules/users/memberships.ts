import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { MembershipView } from '../../../core/users/contract';
import type { Db } from '../../db/client';
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
    .orderBy(sql`length(${memberships.orgPath})`, asc(memberships.orgPath), asc(memberships.createdAt));
  for (const { userId, ...membership } of rows) grouped.get(userId)?.push(membership);
  return grouped;
}

export async function loadMemberships(db: Db, userId: string): Promise<MembershipView[]> {
  return (await membershipsOfUsers(db, [userId])).get(userId) ?? [];
}
