import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInFailures } from './schema';

export const lockoutThreshold = 5;
export const lockoutMinutes = 15;

export async function isLocked(db: Db, identifier: string): Promise<boolean> {
  const [row] = await db
    .select({ lockedUntil: signInFailures.lockedUntil })
    .from(signInFailures)
    .where(eq(signInFailures.identifier, identifier));
  return !!row?.lockedUntil && row.lockedUntil > new Date();
}

/**
 * Counts a failure in one statement (so parallel attempts cannot under-count) and locks the identifier
 * for 15 minutes at the fifth failure within 15 minutes. Returns whether it is now locked.
 */
export async function countFailure(db: Db, identifier: string): Promise<boolean> {
  const window = sql.raw(`interval '${lockoutMinutes} minutes'`);
  const [row] = await db
    .insert(signInFailures)
    .values({ identifier, failures: 1 })
    .onConflictDoUpdate({
      target: signInFailures.identifier,
      set: {
        failures: sql`case when ${signInFailures.updatedAt} < now() - ${window} then 1 else ${signInFailures.failures} + 1 end`,
        lockedUntil: sql`case when ${signInFailures.updatedAt} >= now() - ${window} and ${signInFailures.failures} + 1 >= ${lockoutThreshold} then now() + ${window} else ${signInFailures.lockedUntil} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ lockedUntil: signInFailures.lockedUntil });
  return !!row?.lockedUntil && row.lockedUntil > new Date();
}

export async function clearFailures(db: Db, identifier: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.identifier, identifier));
}

export async function lockedIdentifiers(db: Db, identifiers: string[]): Promise<Map<string, Date>> {
  if (identifiers.length === 0) return new Map();
  const rows = await db
    .select()
    .from(signInFailures)
    .where(sql`${signInFailures.identifier} in ${identifiers} and ${signInFailures.lockedUntil} > now()`);
  return new Map(rows.map((r) => [r.identifier, r.lockedUntil as Date]));
}
