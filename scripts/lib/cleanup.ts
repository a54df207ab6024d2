// One place that knows what must be undone before the process goes: throwaway servers, temp folders,
// running children. Cleanups run (newest first) on a normal finish via exitAfterCleanup(), on SIGINT /
// SIGTERM / SIGHUP, and — in their synchronous best-effort form — on any other exit (crash included).
import type { ChildProcess } from 'node:child_process';

interface Cleanup {
  name: string;
  run: () => Promise<void>;
  /** Best effort for the 'exit' event, where nothing asynchronous can run any more. */
  runSync?: () => void;
  done: boolean;
}

const cleanups: Cleanup[] = [];
const children = new Set<ChildProcess>();
let handlersInstalled = false;
let running: Promise<void> | undefined;
let interruptedBy: NodeJS.Signals | undefined;

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The signal that interrupted this process, if any. */
export const interruptSignal = (): NodeJS.Signals | undefined => interruptedBy;

const killChildren = (signal: NodeJS.Signals): void => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
};

/** Runs every registered cleanup once, newest first; concurrent callers share one run. */
export const runCleanups = (): Promise<void> => {
  running ??= (async () => {
    for (const cleanup of [...cleanups].reverse()) {
      if (cleanup.done) continue;
      try {
        await cleanup.run();
      } catch (error) {
        console.error(
          `cleanup "${cleanup.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      cleanup.done = true;
    }
    cleanups.length = 0;
  })().finally(() => {
    running = undefined;
  });
  return running;
};

/** Runs the cleanups, then exits; after a signal the exit code is 128 + the signal's number. */
export const exitAfterCleanup = async (code: number): Promise<never> => {
  await runCleanups();
  const signal = interruptedBy;
  process.exit(signal ? 128 + (signalNumbers[signal] ?? 0) : code);
};

let interruptedAt = 0;

const onSignal = (signal: NodeJS.Signals): void => {
  if (interruptedBy) {
    // A terminal's Ctrl-C reaches us twice under tsx (from the process group and relayed by tsx's parent
    // process): only a repeat that comes later than that means "stop waiting".
    if (Date.now() - interruptedAt < 2000) return;
    console.error(`\n${signal} again: exiting without waiting for cleanups to finish`);
    process.exit(128 + (signalNumbers[signal] ?? 0));
  }
  interruptedBy = signal;
  interruptedAt = Date.now();
  console.error(`\n${signal} received: stopping children and cleaning up…`);
  killChildren('SIGTERM');
  void exitAfterCleanup(1);
};

const installHandlers = (): void => {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  process.on('exit', () => {
    for (const cleanup of [...cleanups].reverse()) {
      if (cleanup.done || !cleanup.runSync) continue;
      try {
        cleanup.runSync();
      } catch {
        // nothing more can be done while exiting
      }
    }
    killChildren('SIGTERM');
  });
};

/** Registers a cleanup; returns a function that unregisters it (call it once you have cleaned up yourself). */
export const onCleanup = (name: string, run: () => Promise<void>, runSync?: () => void): (() => void) => {
  installHandlers();
  const cleanup: Cleanup = { name, run, runSync, done: false };
  cleanups.push(cleanup);
  return () => {
    cleanup.done = true;
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
};

/** Tracks a child so that a signal or exit stops it; returns the untrack function. */
export const trackChild = (child: ChildProcess): (() => void) => {
  installHandlers();
  children.add(child);
  return () => {
    children.delete(child);
  };
};
