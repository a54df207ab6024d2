import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { TargetGroupTag } from '../../../core/residents/target-groups';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { residents } from './schema';
import { tagTokens } from './tags';

// The demo world's people, for the demo loaders of the modules that serve them. Each pick has a fixed
// order, so loads differ only where ID tails tie (the random id breaks those ties); none is scoped, as
// no one in particular loads the demo world.

export type DemoPerson = { id: string; orgPath: string };

/** Born on or before a day: an ISO date, or that many years before the database's today. */
export type DemoBornBy = string | { yearsAgo: number };

/**
 * The first `limit` residents of a community that no account is linked to, born by `bornBy` (and on
 * or after `bornFrom`, hukou only, when asked), in order of ID tail.
 */
export async function demoResidentsByIdTail(
  db: Db,
  pick: { unitId: string; bornBy: DemoBornBy; bornFrom?: string; hukouOnly?: boolean; limit: number },
): Promise<DemoPerson[]> {
  const bornBy =
    typeof pick.bornBy === 'string'
      ? sql`${pick.bornBy}`
      : sql`(current_date - make_interval(years => ${pick.bornBy.yearsAgo}::int))`;
  return db
    .select({ id: residents.id, orgPath: residents.orgPath })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, pick.unitId),
        pick.hukouOnly ? eq(residents.hukouType, 'hukou') : undefined,
        pick.bornFrom ? sql`${residents.birthDate} >= ${pick.bornFrom}` : undefined,
        sql`${residents.birthDate} <= ${bornBy}`,
        isNull(residents.userId),
      ),
    )
    .orderBy(asc(residents.idTail), asc(residents.id))
    .limit(pick.limit);
}

/**
 * Gives a demo account the resident record of its community, hukou and born in [bornFrom, bornBy],
 * that comes first by ID tail, renamed after the account so the phone pages greet the right name.
 */
export async function linkDemoAccount(
  db: Db,
  link: { unitId: string; userId: string; name: string; bornFrom: string; bornBy: string },
): Promise<void> {
  const [person] = await demoResidentsByIdTail(db, { ...link, hukouOnly: true, limit: 1 });
  await db.update(residents).set({ userId: link.userId, name: link.name }).where(eq(residents.id, person.id));
}

/**
 * Candidates for a demo case: the first `limit` active residents of a community in a target group,
 * linked to no account, born in (bornAfter, bornOnOrBefore], oldest first.
 */
export async function demoCaseClients(
  db: Db,
  crypto: FieldCrypto,
  pick: { unitId: string; tag: TargetGroupTag; bornAfter: string; bornOnOrBefore: string; limit: number },
): Promise<{ id: string }[]> {
  return db
    .select({ id: residents.id })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, pick.unitId),
        eq(residents.status, 'active'),
        isNull(residents.userId),
        sql`${residents.groupTags} @> array[${tagTokens(crypto).token(pick.tag)}]::text[]`,
        sql`${residents.birthDate} <= ${pick.bornOnOrBefore}`,
        sql`${residents.birthDate} > ${pick.bornAfter}`,
      ),
    )
    .orderBy(asc(residents.birthDate), asc(residents.idTail), asc(residents.name))
    .limit(pick.limit);
}

/** Every active resident of a community in a target group, oldest first, with their grid: for demo visits. */
export async function demoResidentsInGroup(
  db: Db,
  crypto: FieldCrypto,
  unitId: string,
  tag: TargetGroupTag,
): Promise<{ id: string; gridId: string | null }[]> {
  return db
    .select({ id: residents.id, gridId: residents.gridId })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, unitId),
        eq(residents.status, 'active'),
        sql`${residents.groupTags} @> array[${tagTokens(crypto).token(tag)}]::text[]`,
      ),
    )
    .orderBy(asc(residents.birthDate), asc(residents.name), asc(residents.idTail));
}
