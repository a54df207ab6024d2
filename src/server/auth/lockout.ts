import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInFailures, users } from './schema';

export const lockoutThreshold = 5;
export const lockoutMinutes = 15;

/** The lock of one account: every identifier of it (username, mobile) and a wrong current password count here. */
export const accountLockKey = (userId: string): string => `user:${userId}`;

/**
 * What a sign-in with `identifier` counts against: the account it names, so that five wrong passwords by
 * username also lock sign-in by mobile number. An identifier naming no account is counted by itself.
 */
export async function lockKeyOf(db: Db, identifier: string): Promise<string> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(users.username, identifier), eq(users.phoneNumber, identifier)));
  return user ? accountLockKey(user.id) : `identifier:${identifier}`;
}

export async function isLocked(db: Db, key: string): Promise<boolean> {
  const [row] = await db
    .select({ lockedUntil: signInFailures.lockedUntil })
    .from(signInFailures)
    .where(eq(signInFailures.identifier, key));
  return !!row?.lockedUntil && row.lockedUntil > new Date();
}

/**
 * Counts a failure in one statement (so parallel attempts cannot under-count) and locks the key for
 * 15 minutes at the fifth failure within 15 minutes. Returns whether it is now locked.
 */
export async function countFailure(db: Db, key: string): Promise<boolean> {
  const window = sql.raw(`interval '${lockoutMinutes} minutes'`);
  const [row] = await db
    .insert(signInFailures)
    .values({ identifier: key, failures: 1 })
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

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.identifier, key));
}

/** Until when each of these accounts is locked, by user id (only the locked ones). */
export async function lockedAccounts(db: Db, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(signInFailures)
    .where(
      sql`${signInFailures.identifier} in ${userIds.map(accountLockKey)} and ${signInFailures.lockedUntil} > now()`,
    );
  return new Map(rows.map((r) => [r.identifier.slice('user:'.length), r.lockedUntil as Date]));
}
