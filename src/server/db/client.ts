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
type Preparable<V, T> = { prepare(name: string): { execute(values?: V): Promise<T> } };

/**
 * A drizzle statement prepared under the name of its text: drizzle's node-postgres statement keeps the
 * query configs it hands to `pg`, and the name is set there (`prepared.test.ts` checks that PostgreSQL
 * holds it). PGlite's statement has no such config and needs no name.
 */
function named<V, T>(query: Preparable<V, T>) {
  const statement = query.prepare('') as ReturnType<Preparable<V, T>['prepare']> & {
    queryConfig?: PgQueryConfig;
    rawQueryConfig?: PgQueryConfig;
  };
  for (const config of [statement.queryConfig, statement.rawQueryConfig]) {
    if (typeof config?.text === 'string') config.name = statementName(config.text);
  }
  return statement;
}

/** A drizzle query builder's statement on a hot path, prepared once per connection as in `preparedRows`. */
export function prepared<T>(query: Preparable<undefined, T>): Promise<T> {
  return named(query).execute();
}

/**
 * A statement of the hottest paths (a rush's look-ups), built once per database handle with
 * `sql.placeholder`s and prepared once per connection: neither drizzle's query building (a fifth of the
 * server's CPU in a rush) nor PostgreSQL's planning is paid per call. A transaction is a handle of its
 * own, so inside one the statement is built once for that transaction.
 */
export function statement<V extends Record<string, unknown>, T>(
  build: (db: Db) => Preparable<V, T>,
): (db: Db, values: V) => Promise<T> {
  const built = new WeakMap<Db, ReturnType<Preparable<V, T>['prepare']>>();
  return (db, values) => {
    let ready = built.get(db);
    if (!ready) {
      ready = named(build(db));
      built.set(db, ready);
    }
    return ready.execute(values);
  };
}

const pinnedDbs = new WeakMap<pg.PoolClient, Db>();

/**
 * Runs `work` with a handle on one connection of the pool, held until it ends. Each statement of a
 * plain handle takes its turn at the pool again, so under a rush a request's statements run a whole
 * queue apart: a check made at its first statement is stale by its third. On one connection they run
 * back to back. PGlite is one connection already, and a transaction holds its own.
 */
export async function onOneConnection<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  const pool = (db as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return work(db);
  const client = await pool.connect();
  try {
    let pinned = pinnedDbs.get(client);
    if (!pinned) {
      pinned = drizzleNodePg(client) as unknown as Db;
      pinnedDbs.set(client, pinned);
    }
    return await work(pinned);
  } finally {
    client.release();
  }
}
