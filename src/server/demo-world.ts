import { hashPassword } from 'better-auth/crypto';
import { count, sql } from 'drizzle-orm';
import type { FieldCrypto } from './crypto/field-crypto';
import type { Db } from './db/client';
import { demoPassword } from './db/demo-data/accounts';
import { modules } from './modules';
import { orgUnits } from './modules/org-units/schema';
import { systemClock } from './platform/clock';
import type { DemoWorld } from './platform/demo-world';

/** No unit yet: a database the demo world may be loaded into. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(orgUnits);
  return n === 0;
}

/**
 * Loads the Huli demo world in one transaction: each module's loader, in the order of the module list,
 * so a module's records may refer to those of the modules above it. `passwordHash` lets tests skip
 * hashing the demo password on every reset.
 */
export async function loadDemoWorld(
  db: Db,
  fieldCrypto: FieldCrypto,
  options: { passwordHash?: string } = {},
): Promise<void> {
  const passwordHash = options.passwordHash ?? (await hashPassword(demoPassword));
  await db.transaction(async (tx) => {
    const world: DemoWorld = {
      tx,
      crypto: fieldCrypto,
      today: systemClock.today(),
      units: new Map(),
      providers: new Map(),
      runningProjects: new Map(),
      users: new Map(),
      passwordHash,
    };
    for (const m of modules) await m.demo?.(world);
  });
  // Planner statistics for the freshly filled tables: PGlite has no autovacuum to gather them, and
  // without them it guesses one row per table and picks nested loops over thousands of attendances.
  await db.execute(sql`analyze`);
}
