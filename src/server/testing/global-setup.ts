import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { hashPassword } from 'better-auth/crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createFieldCrypto } from '../crypto/field-crypto';
import { grantAppRole } from '../db/app-role';
import { openPostgres, pgliteFromInstance } from '../db/client';
import { demoPassword } from '../db/demo-data/accounts';
import { runMigrations } from '../db/migrate';
import { loadDemoWorld } from '../demo-world';
import { asRole, templateDatabase, testAppRole, withDatabase } from './database-url';
import { testSecrets } from './test-secrets';

/**
 * Migrates and seeds the demo world once per run: into a template database on PostgreSQL, or into
 * a PGlite dump file that every test file loads (loading is ~10× faster than migrating and seeding).
 */
export default async function setup(project: TestProject) {
  const passwordHash = await hashPassword(demoPassword);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.query(`create database ${templateDatabase}`);
    await admin.end();
    const handle = await openPostgres(withDatabase(url, templateDatabase), 2);
    await runMigrations(handle);
    await loadDemoWorld(handle.db, createFieldCrypto(testSecrets), { passwordHash });
    await handle.close();
    // Tests run as a role that owns nothing, as the app does in production; the grants are copied
    // with the template into every test database.
    await ensureRole(url, testAppRole);
    const template = withDatabase(url, templateDatabase);
    await grantAppRole(template, asRole(template, testAppRole));
    project.provide('pgliteDump', '');
    return;
  }
  const instance = await PGlite.create();
  const handle = pgliteFromInstance(instance);
  await runMigrations(handle);
  await loadDemoWorld(handle.db, createFieldCrypto(testSecrets), { passwordHash });
  const dump = await instance.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinlin-test-')), 'seeded.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await instance.close();
  project.provide('pgliteDump', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

async function ensureRole(url: string, role: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!rowCount) await admin.query(`create role ${role} login`);
  } finally {
    await admin.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}
