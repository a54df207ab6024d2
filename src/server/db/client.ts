import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

/** What services run on: the database or a transaction (both drivers share this type). */
// No relational schema: queries name their tables, which each module owns (the relational API is unused).
export type Db = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Db;
  kind: DatabaseKind;
  /** The raw PGlite instance, when embedded (tests dump and restore it). */
  pglite?: PGlite;
  /** The connection string, when on PostgreSQL. */
  url?: string;
  close(): Promise<void>;
};

export async function openPostgres(url: string, poolSize = 20): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closes (restart, failover, a dropped test database) must not crash the process.
  pool.on('error', (error) => console.error(`[jinlin] 空闲数据库连接已断开: ${error.message}`));
  const db = drizzleNodePg(pool) as unknown as Db;
  return { db, kind: 'postgres', url, close: () => pool.end() };
}

export function pgliteFromInstance(instance: PGlite): DatabaseHandle {
  const db = drizzlePglite(instance) as unknown as Db;
  return { db, kind: 'pglite', pglite: instance, close: () => instance.close() };
}

/**
 * Opens the embedded database under `dataDir/pglite`. PGlite has no cross-process lock and a second
 * opener corrupts the folder, so a pid lock file guards it.
 */
export async function openEmbedded(dataDir: string): Promise<DatabaseHandle> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  const instance = await PGlite.create(path.join(dataDir, 'pglite'));
  const handle = pgliteFromInstance(instance);
  return {
    ...handle,
    close: async () => {
      await instance.close();
      release();
    },
  };
}

const lockFileOf = (dataDir: string) => path.join(dataDir, 'jinlin.lock');

/** The pid of another live process holding the data folder, if any. */
export function dataDirOwner(dataDir: string): number | null {
  const lockFile = lockFileOf(dataDir);
  if (!fs.existsSync(lockFile)) return null;
  const pid = Number(fs.readFileSync(lockFile, 'utf8'));
  return pid && pid !== process.pid && isAlive(pid) ? pid : null;
}

function acquireDataDirLock(dataDir: string): () => void {
  const owner = dataDirOwner(dataDir);
  if (owner)
    throw new Error(
      `数据目录 ${dataDir} 已被进程 ${owner} 使用 (the data folder is in use by process ${owner})`,
    );
  const lockFile = lockFileOf(dataDir);
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Rows of a raw query; both drivers answer `{ rows }`, which drizzle's shared type leaves unknown. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/** A statement's name from its text: the same text reuses one prepared statement, another never collides. */
const statementName = (text: string) => `jl_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * `queryRows` for a statement on a hot path, prepared once per connection: PostgreSQL parses and plans
 * every unnamed statement, which for the session, the sign-up and the figures took longer than running
 * them (parse + bind 1–8 ms against 0.1–0.7 ms of execution); a prepared one is planned afresh for its
 * first five runs and then, when PostgreSQL finds a generic plan as good, not at all. Values must travel
 * as parameters (they do with drizzle's `sql`): a text that changes from call to call would prepare a
 * new statement each time. PGlite, one connection in-process, ignores the name.
 */
export async function preparedRows<T>(db: Db, query: SQL): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  const prepared = db._.session.prepareQuery(built, undefined, statementName(built.sql), false);
  const result = (await prepared.execute()) as unknown as { rows: T[] };
  return result.rows;
}

type PgQueryConfig = { name?: string; text?: string };

/**
 * A drizzle query builder's statement on a hot path, prepared once per connection as in `preparedRows`.
 * Built once: drizzle's node-postgres statement keeps the query configs it hands to `pg`, and the name
 * is set there from the built text (`prepared.test.ts` checks that PostgreSQL holds it). PGlite's
 * statement has no such config and needs no name.
 */
export function prepared<T>(query: { prepare(name: string): { execute(): Promise<T> } }): Promise<T> {
  const statement = query.prepare('') as { execute(): Promise<T> } & {
    queryConfig?: PgQueryConfig;
    rawQueryConfig?: PgQueryConfig;
  };
  for (const config of [statement.queryConfig, statement.rawQueryConfig]) {
    if (typeof config?.text === 'string') config.name = statementName(config.text);
  }
  return statement.execute();
}
