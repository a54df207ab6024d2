import type { Config } from '../config';
import { grantAppRole } from './app-role';
import { type DatabaseHandle, openEmbedded, openPostgres } from './client';
import { runMigrations } from './migrate';

/**
 * The database the config names — PostgreSQL when DATABASE_URL is set, else embedded PGlite — migrated.
 * With JINLIN_MIGRATION_DATABASE_URL the migrations run as that (owning) role, which then grants the
 * role of DATABASE_URL what the app needs and no more (db/app-role.ts).
 */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (!config.databaseUrl) {
    const handle = await openEmbedded(config.dataDir);
    await runMigrations(handle);
    return handle;
  }
  if (config.migrationDatabaseUrl) {
    const owner = await openPostgres(config.migrationDatabaseUrl, 2);
    try {
      await runMigrations(owner);
      await grantAppRole(config.migrationDatabaseUrl, config.databaseUrl);
    } finally {
      await owner.close();
    }
    return openPostgres(config.databaseUrl, config.databasePoolSize);
  }
  const handle = await openPostgres(config.databaseUrl, config.databasePoolSize);
  await runMigrations(handle);
  return handle;
}
