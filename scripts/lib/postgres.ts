// A throwaway PostgreSQL server for tests and benchmarks: finds the machine's PostgreSQL binaries
// (installing Debian's `postgresql` package when there are none and we are root), initdb's a cluster in a
// temp folder, starts `postgres` on a free port with durability switched off, and tears it all down again.
//
// initdb and postgres refuse to run as root. As root we run them as the `postgres` system user (the Debian
// package creates it) or, failing that, a `jinlin-pg` system user we create. Like `runuser -u <user> --`,
// but by spawning with the user's uid/gid directly, so the server's pid is our child's pid and a stop
// signal reaches the postmaster itself (runuser would turn SIGINT into SIGTERM and SIGKILL after 2 s).
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { aptInstall } from './apt';
import { onCleanup } from './cleanup';
import { getFreePort } from './net';
import { CommandError, capture, captureOrThrow, isRoot, sleep, which } from './proc';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication, no password). */
  url: string;
  port: number;
  /** e.g. "15.18" */
  version: string;
  /** The temp folder holding the cluster, its socket and its log; removed by stop(). */
  dir: string;
  /** Stops the server and removes the folder. Idempotent; safe to call from several places. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Extra `-c name=value` settings, after ours. */
  settings?: Record<string, string>;
  /** Where progress lines go (default console.log). */
  log?: (line: string) => void;
}

interface PostgresBinaries {
  dir: string;
  version: string;
  initdb: string;
  postgres: string;
}

interface RunAs {
  user: string;
  uid: number;
  gid: number;
}

const settings: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  // a concurrency test opens many connections at once
  max_connections: '300',
  // keep the log readable: connection chatter off, real problems on
  log_min_messages: 'warning',
  log_connections: 'off',
  log_disconnections: 'off',
};

const versionKey = (version: string): number[] =>
  version.split('.').map((part) => Number.parseInt(part, 10) || 0);

const compareVersions = (a: string, b: string): number => {
  const [ka, kb] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const diff = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
};

const probeBinDir = (dir: string): PostgresBinaries | undefined => {
  const initdb = join(dir, 'initdb');
  const postgres = join(dir, 'postgres');
  if (!existsSync(initdb) || !existsSync(postgres)) return undefined;
  const { code, output } = capture(postgres, ['--version']);
  const match = /PostgreSQL\)?\s+(\d+(?:\.\d+)*)/.exec(output);
  if (code !== 0 || !match) return undefined;
  return { dir, version: match[1], initdb, postgres };
};

/** PostgreSQL binaries from PATH and /usr/lib/postgresql/<version>/bin; the newest version wins. */
export const findPostgresBinaries = (): PostgresBinaries | undefined => {
  const dirs = new Set<string>();
  const onPath = which('initdb');
  if (onPath) dirs.add(dirname(realpathSync(onPath)));
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    for (const version of readdirSync(debianRoot)) dirs.add(join(debianRoot, version, 'bin'));
  }
  const found = [...dirs].map(probeBinDir).filter((b): b is PostgresBinaries => b !== undefined);
  found.sort((a, b) => compareVersions(b.version, a.version));
  return found[0];
};

const ensurePostgresBinaries = async (log: (line: string) => void): Promise<PostgresBinaries> => {
  let binaries = findPostgresBinaries();
  if (!binaries) {
    let installError: unknown;
    try {
      await aptInstall(['postgresql'], 'PostgreSQL binaries (initdb, postgres) were not found');
    } catch (error) {
      // The package's post-install step starts a system cluster, which can fail on a machine without an
      // init system although the binaries are unpacked; we only need the binaries.
      installError = error;
    }
    binaries = findPostgresBinaries();
    if (!binaries) {
      const reason = installError instanceof Error ? installError.message : 'apt-get succeeded';
      throw new Error(`initdb/postgres still cannot be found after installing postgresql (${reason})`);
    }
    if (installError) log(`apt-get reported an error, but the PostgreSQL binaries are there; going on`);
  }
  log(`PostgreSQL ${binaries.version} from ${binaries.dir}`);
  return binaries;
};

const userIds = (user: string): RunAs | undefined => {
  const uid = capture('id', ['-u', user]);
  const gid = capture('id', ['-g', user]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { user, uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
};

/** As root: the system user that runs initdb/postgres (created when missing). Otherwise undefined. */
const serverUser = (): RunAs | undefined => {
  if (!isRoot()) return undefined;
  const existing = userIds('postgres') ?? userIds('jinlin-pg');
  if (existing) return existing;
  captureOrThrow('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'jinlin-pg']);
  const created = userIds('jinlin-pg');
  if (!created) throw new Error('created the system user jinlin-pg, but `id jinlin-pg` does not find it');
  return created;
};

/** A base folder the server user can reach (as root, TMPDIR may sit under /root). */
const baseDirFor = (runAs: RunAs | undefined): string => {
  const candidates = [tmpdir(), '/tmp'];
  if (!runAs) return candidates[0];
  for (const dir of candidates) {
    if (
      capture('test', ['-x', dir, '-a', '-d', dir], { uid: runAs.uid, gid: runAs.gid, cwd: '/' }).code === 0
    )
      return dir;
  }
  throw new Error(`the user ${runAs.user} cannot reach ${candidates.join(' or ')}`);
};

const logTail = (file: string, lines = 30): string => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
};

const isAlive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (!isAlive(child)) {
      resolve(true);
      return;
    }
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const canConnect = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** Starts a throwaway PostgreSQL; always pair with stop() (also registered for SIGINT/SIGTERM/exit). */
export const startThrowawayPostgres = async (
  options: StartPostgresOptions = {},
): Promise<ThrowawayPostgres> => {
  const log = options.log ?? ((line: string) => console.log(line));
  const binaries = await ensurePostgresBinaries(log);
  const runAs = serverUser();
  const ids = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};

  const dir = mkdtempSync(join(baseDirFor(runAs), 'jinlin-pg-'));
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  const logFile = join(dir, 'postgres.log');
  let child: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const server = child;
      if (server && isAlive(server)) {
        server.kill('SIGINT'); // fast shutdown: roll back open transactions, disconnect clients
        if (!(await waitForExit(server, 15_000))) {
          server.kill('SIGQUIT'); // immediate shutdown
          if (!(await waitForExit(server, 5_000))) {
            server.kill('SIGKILL');
            await waitForExit(server, 5_000);
          }
        }
      }
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      unregister();
    })();
    return stopping;
  };
  const stopSync = (): void => {
    if (child && isAlive(child)) {
      child.kill('SIGQUIT');
      for (let i = 0; i < 50 && existsSync(join(dataDir, 'postmaster.pid')); i++) sleepSync(100);
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  const unregister = onCleanup(`throwaway PostgreSQL in ${dir}`, stop, stopSync);

  try {
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    mkdirSync(socketDir, { mode: 0o700 });
    if (runAs) chownSync(socketDir, runAs.uid, runAs.gid);

    const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
    const initdbArgs = [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ];
    const { code, output } = capture(binaries.initdb, initdbArgs, { ...ids, cwd: dir, env });
    if (code !== 0) {
      throw new CommandError(
        `initdb failed (${code === null ? 'could not start' : `exit code ${code}`}${runAs ? `, as user ${runAs.user}` : ''}):\n${output.trim()}`,
        code,
        output,
      );
    }

    const allSettings = { ...settings, ...options.settings };
    for (let attempt = 1; ; attempt++) {
      const port = await getFreePort();
      const args = ['-D', dataDir, '-p', String(port), '-k', socketDir];
      for (const [name, value] of Object.entries(allSettings)) args.push('-c', `${name}=${value}`);
      const logFd = openSync(logFile, 'a');
      const server = spawn(binaries.postgres, args, {
        ...ids,
        cwd: dir,
        env,
        detached: true, // own process group: a terminal's Ctrl-C reaches us, and we stop it in order
        stdio: ['ignore', logFd, logFd],
      });
      closeSync(logFd);
      child = server;

      const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
      const deadline = Date.now() + 60_000;
      while (isAlive(server) && Date.now() < deadline) {
        if (await canConnect(url)) {
          log(
            `PostgreSQL ${binaries.version} is up on port ${port}${runAs ? ` (as ${runAs.user})` : ''}, in ${dir}`,
          );
          return { url, port, version: binaries.version, dir, stop };
        }
        await sleep(200);
      }
      const tail = logTail(logFile);
      if (!isAlive(server) && /could not bind|Address already in use/i.test(tail) && attempt < 3) {
        log(`port ${port} was taken meanwhile; trying another one`);
        continue;
      }
      throw new Error(
        `PostgreSQL ${isAlive(server) ? 'did not accept connections within 60 s' : `exited (code ${server.exitCode}, signal ${server.signalCode})`}; last lines of ${logFile}:\n${tail}`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
};
