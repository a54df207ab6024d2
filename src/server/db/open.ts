import type { Config } from '../config';
import { type DatabaseHandle, openEmbedded, openPostgres } from './client';
import { runMigrations } from './migrate';

/** The database the config names — PostgreSQL when DATABASE_URL is set, else embedded PGlite — migrated. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openEmbedded(config.dataDir);
  await runMigrations(handle);
  return handle;
}
