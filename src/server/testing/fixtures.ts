import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { users } from '../auth/schema';
import { type Db, queryRows } from '../db/client';
import { auditLog } from '../modules/audit/schema';
import { orgUnits } from '../modules/org-units/schema';
import { residents } from '../modules/residents/schema';
import { memberships } from '../modules/users/schema';

/** A unit of the demo tree by its name: its id and its dotted path. */
export async function unitOf(db: Db, name: string): Promise<{ id: string; path: string }> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return row;
}

export async function unitId(db: Db, name: string): Promise<string> {
  return (await unitOf(db, name)).id;
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

/** The audit rows about one entity, optionally of one action only. */
export async function auditEntriesOf(
  db: Db,
  entityId: string,
  action?: string,
): Promise<(typeof auditLog.$inferSelect)[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), action ? eq(auditLog.action, action) : undefined));
}

/** The newest audit row of an action. */
export async function latestAuditEntry(db: Db, action: string): Promise<typeof auditLog.$inferSelect> {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.at))
    .limit(1);
  if (!row) throw new Error(`no audit row ${action}`);
  return row;
}

/** Up to `limit` active residents of a unit, by id, as the references services record work for. */
export async function activeResidentsOf(db: Db, orgUnitId: string, limit: number) {
  return db
    .select({
      id: residents.id,
      name: residents.name,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
    })
    .from(residents)
    .where(and(eq(residents.orgUnitId, orgUnitId), eq(residents.status, 'active')))
    .orderBy(asc(residents.id))
    .limit(limit);
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
