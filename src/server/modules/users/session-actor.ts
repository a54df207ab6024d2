import { sql } from 'drizzle-orm';
import { roles } from '../../../core/roles';
import { type Db, queryRows } from '../../db/client';
import type { SessionActor } from '../../platform/platform';

const roleOrder = sql.raw(`array[${roles.map((r) => `'${r}'`).join(', ')}]::text[]`);

/**
 * The session of `token` with its user and memberships in one statement: every signed-in request runs
 * it before its route, so it is one round trip instead of the session, user and membership reads one
 * after another. Memberships are ordered as in `membershipsOfUsers`. An expired session or a banned
 * user answers nothing.
 */
export async function sessionActorByToken(db: Db, token: string): Promise<SessionActor | null> {
  const [row] = await queryRows<Omit<SessionActor, 'expiresAt'> & { expiresAt: string | Date }>(
    db,
    sql`select u.id as "userId", u.name, u.username, u.locale, s.expires_at as "expiresAt",
      coalesce((
        select json_agg(json_build_object(
            'id', m.id, 'orgUnitId', m.org_unit_id, 'orgUnitName', o.name, 'orgUnitKind', o.kind,
            'orgPath', m.org_path, 'role', m.role, 'providerId', m.provider_id, 'providerName', p.name)
          order by length(m.org_path), m.org_path, array_position(${roleOrder}, m.role), m.created_at, m.id)
        from memberships m
        join org_units o on o.id = m.org_unit_id
        left join providers p on p.id = m.provider_id
        where m.user_id = u.id
      ), '[]'::json) as memberships
    from sessions s join users u on u.id = s.user_id
    where s.token = ${token} and s.expires_at > now()
      and (u.banned is not true or u.ban_expires < now())`,
  );
  if (!row) return null;
  return { ...row, expiresAt: new Date(row.expiresAt) };
}
