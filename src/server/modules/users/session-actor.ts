import { sql } from 'drizzle-orm';
import { sessions, users } from '../../auth/schema';
import { type Db, preparedRows } from '../../db/client';
import type { SessionActor } from '../../platform/platform';
import { orgUnitKindOf, orgUnitNameOf } from '../org-units/service';
import { providerNameOf } from '../providers/service';
import { membershipOrder } from './memberships';
import { memberships } from './schema';

/**
 * The session of `token` with its user and memberships in one statement: every signed-in request runs
 * it before its route, so it is one round trip instead of the session, user and membership reads one
 * after another. Memberships come in `membershipsOfUsers`' order; unit and provider names through their
 * modules. An expired session or a banned user answers nothing.
 */
export async function sessionActorByToken(db: Db, token: string): Promise<SessionActor | null> {
  const membershipJson = sql`json_build_object(
    'id', ${memberships.id}, 'orgUnitId', ${memberships.orgUnitId},
    'orgUnitName', ${orgUnitNameOf(memberships.orgUnitId)}, 'orgUnitKind', ${orgUnitKindOf(memberships.orgUnitId)},
    'orgPath', ${memberships.orgPath}, 'role', ${memberships.role},
    'providerId', ${memberships.providerId}, 'providerName', ${providerNameOf(memberships.providerId)})`;
  const [row] = await preparedRows<Omit<SessionActor, 'expiresAt'> & { expiresAt: string | Date }>(
    db,
    sql`select ${users.id} as "userId", ${users.name} as name, ${users.username} as username,
      ${users.locale} as locale, ${sessions.expiresAt} as "expiresAt",
      coalesce((
        select json_agg(${membershipJson} order by ${sql.join(membershipOrder, sql`, `)})
        from ${memberships} where ${memberships.userId} = ${users.id}
      ), '[]'::json) as memberships
    from ${sessions} join ${users} on ${users.id} = ${sessions.userId}
    where ${sessions.token} = ${token} and ${sessions.expiresAt} > now()
      and (${users.banned} is not true or ${users.banExpires} < now())`,
  );
  if (!row) return null;
  return { ...row, expiresAt: new Date(row.expiresAt) };
}
