// Starts the Jinlin server (`tsx src/server/main.ts`) as a child process for a benchmark run: a free port,
// a fresh temp DATA_DIR (PGlite) or the given DATABASE_URL, NODE_ENV=bench (relaxed rate limits), logs to a
// file; waits for GET /api/health; stop() ends it and removes the temp folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from '../../scripts/lib/cleanup';
import { getFreePort } from '../../scripts/lib/net';
import { localBin, repoRoot, sleep } from '../../scripts/lib/proc';

export interface RunningServer {
  baseUrl: string;
  origin: string;
  port: number;
  database: 'pglite' | 'postgres';
  logFile: string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** postgres://… to run on PostgreSQL; otherwise PGlite in a temp DATA_DIR. */
  databaseUrl?: string;
  /** How long to wait for /api/health (first start migrates and loads the demo world). */
  startTimeoutMs?: number;
  logLevel?: string;
}

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

const tail = (file: string, lines = 40): string => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
};

export const startServer = async (options: StartServerOptions = {}): Promise<RunningServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'jinlin-bench-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const logFile = join(dir, 'server.log');
  const port = await getFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'bench',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: options.logLevel ?? 'warn',
    // the scenarios sign in as the demo users
    JINLIN_DEMO_DATA: 'auto',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

  const logFd = openSync(logFile, 'a');
  // JINLIN_BENCH_CPU_PROF=<folder>: the server writes a CPU profile there when it stops (open it in
  // Chrome DevTools): where a benchmark's time goes, before anything is changed.
  const profileDir = process.env.JINLIN_BENCH_CPU_PROF;
  const [command, args] = profileDir
    ? [
        process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'tsx', 'src/server/main.ts'],
      ]
    : [localBin('tsx'), ['src/server/main.ts']];
  const child = spawn(command, args, {
    cwd: repoRoot,
    env,
    // own process group: Ctrl-C reaches only us, and we stop the server in order
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (isAlive(child)) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 15_000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      }
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      unregister();
    })();
    return stopping;
  };
  const unregister = onCleanup(`benchmark server in ${dir}`, stop, () => {
    if (isAlive(child)) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (!isAlive(child)) {
      const log = tail(logFile);
      await stop();
      throw new Error(
        `the server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was healthy:\n${log}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        const body = (await response.json()) as { database?: string };
        return {
          baseUrl,
          origin: baseUrl,
          port,
          database: body.database === 'postgres' ? 'postgres' : 'pglite',
          logFile,
          stop,
        };
      }
      lastProblem = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  const log = tail(logFile);
  await stop();
  throw new Error(
    `the server was not healthy within ${(options.startTimeoutMs ?? 180_000) / 1000} s (${lastProblem}):\n${log}`,
  );
};
