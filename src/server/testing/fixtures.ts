import { eq, sql } from 'drizzle-orm';
import { users } from '../auth/schema';
import { type Db, queryRows } from '../db/client';
import { orgUnits } from '../modules/org-units/schema';
import { memberships } from '../modules/users/schema';

export async function unitId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return row.id;
}

export async function userId(db: Db, username: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

export async function membershipIdOf(db: Db, username: string): Promise<string> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.userId, await userId(db, username)));
  return row.id;
}

/** A digest of every business table: equal before and after means nothing was written. */
export async function fingerprint(db: Db, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const rows = await queryRows<{ f: string }>(
      db,
      sql.raw(
        `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as f from "${table}" t`,
      ),
    );
    result[table] = rows[0].f;
  }
  return result;
}
