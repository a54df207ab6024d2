// Small process helpers shared by scripts/ and bench/: run a command with inherited output and a clear
// error, run one quietly and capture its output, find a binary on PATH, and know when we are root.
import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { trackChild } from './cleanup';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly output = '',
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** A binary from the project's node_modules/.bin. */
export const localBin = (name: string): string => join(repoRoot, 'node_modules', '.bin', name);

export const describeCommand = (command: string, args: readonly string[]): string =>
  [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part}'`)).join(' ');

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** Put before each line of output, so that commands running side by side can be told apart. */
  prefix?: string;
}

/** Copies a child's stream to ours line by line, each line after `prefix`. */
const relayLines = (from: Readable | null, to: NodeJS.WriteStream, prefix: string): void => {
  if (!from) return;
  createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    to.write(`${prefix}${line}\n`);
  });
};

/** Runs a command with inherited stdio (or relayed with a prefix); resolves on exit code 0, rejects with a CommandError otherwise. */
export const run = (command: string, args: readonly string[], options: RunOptions = {}): Promise<void> =>
  new Promise((resolve, reject) => {
    const spawnOptions: SpawnOptions = {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: options.prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      uid: options.uid,
      gid: options.gid,
    };
    const child: ChildProcess = spawn(command, [...args], spawnOptions);
    if (options.prefix) {
      relayLines(child.stdout, process.stdout, options.prefix);
      relayLines(child.stderr, process.stderr, options.prefix);
    }
    const untrack = trackChild(child);
    child.once('error', (error) => {
      untrack();
      reject(
        new CommandError(`could not start \`${describeCommand(command, args)}\`: ${error.message}`, null),
      );
    });
    // 'close', not 'exit': a relayed child's last lines are written by then.
    child.once('close', (code, signal) => {
      untrack();
      if (code === 0) resolve();
      else
        reject(
          new CommandError(
            `\`${describeCommand(command, args)}\` ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`,
            code,
          ),
        );
    });
  });

export interface CaptureResult {
  code: number | null;
  /** stdout followed by stderr */
  output: string;
  stdout: string;
}

/** Runs a command synchronously and returns its exit code and combined stdout+stderr (never throws). */
export const capture = (
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): CaptureResult => {
  const result = spawnSync(command, [...args], {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    uid: options.uid,
    gid: options.gid,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return { code: null, output: result.error.message, stdout: '' };
  return {
    code: result.status,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    stdout: result.stdout ?? '',
  };
};

/** Like capture, but throws with the output when the command fails; returns stdout. */
export const captureOrThrow = (
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): string => {
  const { code, output, stdout } = capture(command, args, options);
  if (code !== 0) {
    throw new CommandError(
      `\`${describeCommand(command, args)}\` failed (${code === null ? 'could not start' : `exit code ${code}`}):\n${output.trim()}`,
      code,
      output,
    );
  }
  return stdout;
};

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first executable called `name` on PATH, or undefined. */
export const which = (name: string): string | undefined => {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const formatDuration = (ms: number): string => {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
};
