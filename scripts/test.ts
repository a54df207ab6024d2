// `npm test` — the whole suite, failing fast, one heading and one duration per step:
//
//   static  tsc --noEmit -p tsconfig.json, biome check ., then the module walls (dependency-cruiser)
//   unit    vitest run on PGlite (the default: no TEST_DATABASE_URL, no DATABASE_URL)
//   pg      vitest run again on a real PostgreSQL: TEST_DATABASE_URL when it is set, otherwise a throwaway
//           server from the machine's binaries (apt-get installs `postgresql` when missing, as root),
//           stopped and deleted afterwards, also on failure and Ctrl-C
//   e2e     vite build, the first-load size budgets (tests/budget), Debian's Chromium (apt-get installs
//           it when missing), playwright test
//
// static runs first; then the database suites (unit, pg) and the browser part (e2e) run side by side, as
// two lanes, because the journeys mostly wait on the browser: the browser lane's lines start with [e2e].
// The first failure stops both lanes.
//
// Options (after `--`, e.g. `npm test -- --only=pg`):
//   --only=<parts>   run only these parts, comma-separated: static, unit, pg, e2e
//   --skip=<parts>   run everything except these parts
//   <filters…>       other arguments go to vitest (unit, pg) and playwright (e2e) as file filters,
//                    e.g. `npm test -- --only=unit src/server/modules/residents`
// Nothing is skipped unless asked: a missing PostgreSQL or Chromium is installed, or the run fails.
import { ensureChromium } from './ensure-chromium';
import { exitAfterCleanup, interruptSignal } from './lib/cleanup';
import { startThrowawayPostgres, type ThrowawayPostgres } from './lib/postgres';
import { formatDuration, localBin, run } from './lib/proc';

const parts = ['static', 'unit', 'pg', 'e2e'] as const;
type Part = (typeof parts)[number];

/** Steps of one lane run one after another; the two lanes after static run at the same time. */
type Lane = 'static' | 'database' | 'browser';

interface Step {
  part: Part;
  name: string;
  run: (prefix?: string) => Promise<void>;
}

const laneOf = (part: Part): Lane => (part === 'e2e' ? 'browser' : part === 'static' ? 'static' : 'database');

interface StepResult {
  name: string;
  status: 'passed' | 'failed' | 'stopped' | 'not run';
  ms: number;
}

const usage = `usage: npm test -- [--only=${parts.join(',')}] [--skip=<parts>] [filters…]`;

const parsePartList = (flag: string, value: string): Part[] => {
  const list = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of list) {
    if (!(parts as readonly string[]).includes(item)) {
      throw new Error(`unknown part "${item}" in ${flag}; the parts are ${parts.join(', ')}\n${usage}`);
    }
  }
  return list as Part[];
};

const parseArgs = (argv: readonly string[]): { selected: Part[]; filters: string[] } => {
  let only: Part[] | undefined;
  let skip: Part[] = [];
  const filters: string[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    const match = /^--(only|skip)=(.*)$/.exec(arg);
    if (match?.[1] === 'only') only = parsePartList('--only', match[2]);
    else if (match?.[1] === 'skip') skip = parsePartList('--skip', match[2]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else filters.push(arg);
  }
  const selected = parts.filter((part) => (only ? only.includes(part) : true) && !skip.includes(part));
  if (selected.length === 0) throw new Error(`nothing left to run\n${usage}`);
  return { selected, filters };
};

/** The environment without any database selection: tests fall back to PGlite. */
const pgliteEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  delete env.DATABASE_URL;
  return env;
};

const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

const runVitestOnPostgres = async (filters: readonly string[]): Promise<void> => {
  let url = process.env.TEST_DATABASE_URL;
  let server: ThrowawayPostgres | undefined;
  if (url) {
    console.log(`using TEST_DATABASE_URL=${redactUrl(url)}`);
  } else {
    const started = Date.now();
    server = await startThrowawayPostgres();
    url = server.url;
    console.log(`throwaway PostgreSQL ready in ${formatDuration(Date.now() - started)}: ${url}`);
  }
  try {
    await run(localBin('vitest'), ['run', ...filters], { env: { ...pgliteEnv(), TEST_DATABASE_URL: url } });
  } finally {
    if (server) {
      await server.stop();
      console.log('throwaway PostgreSQL stopped and its folder removed');
    }
  }
};

const buildSteps = (filters: readonly string[]): Step[] => [
  {
    part: 'static',
    name: 'typecheck (tsc --noEmit)',
    run: () => run(localBin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  },
  {
    part: 'static',
    name: 'lint and format (biome check)',
    run: () => run(localBin('biome'), ['check', '.']),
  },
  {
    part: 'static',
    name: 'module walls (dependency-cruiser)',
    run: () =>
      run(localBin('depcruise'), ['src', 'bench', 'scripts', 'tests', '--config', '.dependency-cruiser.cjs']),
  },
  {
    part: 'unit',
    name: 'vitest on PGlite',
    run: () => run(localBin('vitest'), ['run', ...filters], { env: pgliteEnv() }),
  },
  { part: 'pg', name: 'vitest on PostgreSQL', run: () => runVitestOnPostgres(filters) },
  {
    part: 'e2e',
    name: 'web build (vite build)',
    run: (prefix) => run(localBin('vite'), ['build'], { prefix }),
  },
  {
    part: 'e2e',
    name: 'first-load size budgets (tests/budget)',
    run: (prefix) => run(localBin('tsx'), ['tests/budget/web-budget.ts'], { prefix }),
  },
  {
    part: 'e2e',
    name: 'Chromium for Playwright',
    run: async () => {
      await ensureChromium();
    },
  },
  {
    part: 'e2e',
    name: 'browser journeys (playwright test)',
    run: (prefix) => run(localBin('playwright'), ['test', ...filters], { prefix }),
  },
];

const heading = (text: string): void => {
  const line = `━━ ${text} `;
  console.log(`\n${line.padEnd(Math.max(line.length + 3, 100), '━')}`);
};

const printSummary = (results: readonly StepResult[], totalMs: number): void => {
  heading('summary');
  const width = Math.max(...results.map((r) => r.name.length));
  const mark = { passed: '✔', failed: '✘', stopped: '■', 'not run': '·' } as const;
  for (const result of results) {
    const time = result.status === 'not run' || result.status === 'stopped' ? '' : formatDuration(result.ms);
    console.log(`${mark[result.status]} ${result.name.padEnd(width)}  ${result.status.padEnd(7)}  ${time}`);
  }
  console.log(`total ${formatDuration(totalMs)}`);
};

class StepFailed extends Error {}

/**
 * Runs the steps of one lane in order, recording each result; throws StepFailed at the first failure.
 * `stopped` tells a lane that the other one failed, so it starts nothing more.
 */
const runLane = async (
  steps: readonly (Step & { index: number })[],
  results: StepResult[],
  total: number,
  state: { stopped: boolean },
  prefix?: string,
): Promise<void> => {
  for (const step of steps) {
    if (state.stopped) return;
    heading(`[${step.index + 1}/${total}] ${step.part}: ${step.name}`);
    const started = Date.now();
    // Left so when the other lane's failure ends the run while this step is under way.
    results[step.index] = { name: step.name, status: 'stopped', ms: 0 };
    try {
      await step.run(prefix);
      results[step.index] = { name: step.name, status: 'passed', ms: Date.now() - started };
      console.log(`✔ ${step.name} passed in ${formatDuration(results[step.index].ms)}`);
    } catch (error) {
      results[step.index] = { name: step.name, status: 'failed', ms: Date.now() - started };
      const signal = interruptSignal();
      console.error(
        `\n✘ ${step.name} failed after ${formatDuration(results[step.index].ms)}${signal ? ` (interrupted by ${signal})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
      );
      state.stopped = true;
      throw new StepFailed();
    }
  }
};

const main = async (): Promise<number> => {
  const { selected, filters } = parseArgs(process.argv.slice(2));
  const steps = buildSteps(filters)
    .filter((step) => selected.includes(step.part))
    .map((step, index) => ({ ...step, index }));
  console.log(
    `Jinlin test suite — node ${process.version}, parts: ${selected.join(', ')}${filters.length ? `, filters: ${filters.join(' ')}` : ''}`,
  );
  const results: StepResult[] = steps.map((step) => ({ name: step.name, status: 'not run', ms: 0 }));
  const startedAll = Date.now();
  const state = { stopped: false };
  const lane = (name: Lane) => steps.filter((step) => laneOf(step.part) === name);
  const database = lane('database');
  const browser = lane('browser');
  try {
    await runLane(lane('static'), results, steps.length, state);
    // Only side by side are the browser's lines marked; alone they read as before.
    const browserPrefix = database.length > 0 ? '[e2e] ' : undefined;
    // The first failure answers at once; exiting then stops the other lane's running command.
    await Promise.all([
      runLane(database, results, steps.length, state),
      runLane(browser, results, steps.length, state, browserPrefix),
    ]);
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    printSummary(results, Date.now() - startedAll);
    return 1;
  }
  printSummary(results, Date.now() - startedAll);
  return 0;
};

main()
  .then((code) => exitAfterCleanup(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return exitAfterCleanup(2);
  });
