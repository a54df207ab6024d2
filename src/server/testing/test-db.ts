import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openPostgres, pgliteFromInstance } from '../db/client';
import { asRole, templateDatabase, testAppRole, withDatabase } from './database-url';

let counter = 0;

/**
 * A fresh copy of the seeded demo world for one test file: a PGlite loaded from the global dump, or,
 * when TEST_DATABASE_URL is set, a PostgreSQL database cloned from the template.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dump = inject('pgliteDump');
    if (!dump) throw new Error('global-setup did not provide the PGlite dump');
    const instance = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(dump)]) });
    return pgliteFromInstance(instance);
  }
  const name = `jinlin_test_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateDatabase}`);
  await admin.end();
  const handle = await openPostgres(asRole(withDatabase(url, name), testAppRole), 60);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
