// `npm run bench` — HTTP benchmarks of the real server with autocannon. See bench/README.md.
//
//   npm run bench -- [--duration=10] [--connections=10] [--warmup=2] [--pg] [--only=a,b] [--json=out.json] [--list]
//
// Starts `tsx src/server/main.ts` on a free port with a fresh temp DATA_DIR (PGlite), or with --pg against a
// throwaway PostgreSQL; measures the baseline (GET /api/health) and then every scenario in bench/scenarios/,
// and prints req/s, latency and the ratio to the baseline measured in the same run.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { exitAfterCleanup, interruptSignal, onCleanup } from '../scripts/lib/cleanup';
import { startThrowawayPostgres } from '../scripts/lib/postgres';
import { formatDuration } from '../scripts/lib/proc';
import { createContext } from './lib/context';
import { type Measurement, measure, stopActiveMeasurement } from './lib/measure';
import { loadScenarios } from './lib/registry';
import { startServer } from './lib/server';
import { formatTable, type Row, statusBreakdown } from './lib/table';
import type { BenchContext, Scenario, ScenarioRequest } from './lib/types';

interface Options {
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
  pg: boolean;
  only: string[] | undefined;
  json: string | undefined;
  list: boolean;
}

const usage =
  'usage: npm run bench -- [--duration=10] [--connections=10] [--warmup=2] [--pg] [--only=name,…] [--json=file] [--list]';

/** The baseline every ratio is divided by: GET /api/health does one indexed primary-key read. */
const baseline: Scenario = {
  name: 'baseline (GET /api/health)',
  description: 'Health check: one indexed primary-key read; every ratio is relative to this',
  request: { method: 'GET', path: '/api/health' },
};

const positiveNumber = (flag: string, value: string | undefined, allowZero = false): number => {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed) || parsed < 0 || (!allowZero && parsed === 0)) {
    throw new Error(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} number\n${usage}`);
  }
  return parsed;
};

const parseArgs = (argv: readonly string[]): Options => {
  const options: Options = {
    durationSeconds: 10,
    connections: 10,
    warmupSeconds: 2,
    pg: false,
    only: undefined,
    json: undefined,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${arg}\n${usage}`);
    const [, name, inline] = match;
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case 'duration':
        options.durationSeconds = positiveNumber('--duration', value());
        break;
      case 'connections':
        options.connections = Math.round(positiveNumber('--connections', value()));
        break;
      case 'warmup':
        options.warmupSeconds = positiveNumber('--warmup', value(), true);
        break;
      case 'pg':
        options.pg = true;
        break;
      case 'only':
        options.only = (value() ?? '')
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        break;
      case 'json':
        options.json = value();
        break;
      case 'list':
        options.list = true;
        break;
      case 'help':
        console.log(usage);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option --${name}\n${usage}`);
    }
  }
  return options;
};

const mergeRequest = (
  base: ScenarioRequest,
  extra: Partial<ScenarioRequest> | undefined,
  origin: string,
) => ({
  ...base,
  ...extra,
  path: extra?.path ?? base.path,
  headers: { origin, ...base.headers, ...extra?.headers },
});

interface Outcome {
  name: string;
  description: string;
  connections: number;
  measurement?: Measurement;
  failure?: string;
}

const runScenario = async (scenario: Scenario, ctx: BenchContext, options: Options): Promise<Outcome> => {
  const connections = scenario.connections ?? options.connections;
  const outcome: Outcome = { name: scenario.name, description: scenario.description, connections };
  console.log(`\n▸ ${scenario.name} — ${scenario.description}`);
  try {
    const request = mergeRequest(scenario.request, await scenario.setup?.(ctx), ctx.origin);
    // one request by hand first, so a broken scenario says why instead of measuring error pages
    const probe = await ctx.fetch(request.path, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body?.replaceAll('[<id>]', 'probe'),
    });
    const probeBody = await probe.text();
    if (probe.status >= 300) {
      throw new Error(`a probe request answered ${probe.status}: ${probeBody.slice(0, 300)}`);
    }
    console.log(`  probe ${request.method ?? 'GET'} ${request.path} → ${probe.status}`);
    const url = ctx.baseUrl;
    if (options.warmupSeconds > 0) {
      await measure({
        url,
        request,
        connections,
        durationSeconds: options.warmupSeconds,
        title: `${scenario.name} warm-up`,
      });
    }
    const measurement = await measure({
      url,
      request,
      connections,
      durationSeconds: options.durationSeconds,
      title: scenario.name,
    });
    outcome.measurement = measurement;
    console.log(
      `  ${Math.round(measurement.requestsPerSecond)} req/s, p50 ${measurement.p50} ms, p99 ${measurement.p99} ms; status codes: ${statusBreakdown(measurement.statusCodes) || 'none'}${measurement.errors ? `; ${measurement.errors} connection errors (${measurement.timeouts} timeouts)` : ''}`,
    );
  } catch (error) {
    outcome.failure = error instanceof Error ? error.message : String(error);
    console.error(`  FAILED: ${outcome.failure}`);
  }
  return outcome;
};

const main = async (): Promise<number> => {
  const options = parseArgs(process.argv.slice(2));
  const all = await loadScenarios();
  if (options.list) {
    for (const scenario of all) console.log(`${scenario.name.padEnd(24)} ${scenario.description}`);
    return 0;
  }
  const unknown = (options.only ?? []).filter((name) => !all.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`);
  }
  const scenarios = options.only ? all.filter((s) => options.only?.includes(s.name)) : all;

  const started = Date.now();
  let databaseUrl: string | undefined;
  if (options.pg) {
    const postgres = await startThrowawayPostgres();
    databaseUrl = postgres.url;
  }
  console.log('starting the server (tsx src/server/main.ts, NODE_ENV=bench)…');
  const server = await startServer({ databaseUrl });
  console.log(
    `server healthy at ${server.baseUrl} on ${server.database} after ${formatDuration(Date.now() - started)}`,
  );
  const ctx = createContext(server);
  // registered last so that it runs first: stop the load before the server goes
  onCleanup('autocannon', async () => stopActiveMeasurement());

  const cpu = cpus();
  console.log(
    `node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; ${options.durationSeconds} s per scenario after ${options.warmupSeconds} s warm-up, ${options.connections} connections`,
  );

  const base = await runScenario(baseline, ctx, options);
  const outcomes = [base];
  for (const scenario of scenarios) {
    if (interruptSignal()) break;
    outcomes.push(await runScenario(scenario, ctx, options));
  }
  if (interruptSignal()) return 1;

  const baseRate = base.measurement?.requestsPerSecond;
  const rows: Row[] = outcomes.map((outcome) => ({
    scenario: outcome.name,
    measurement: outcome.measurement,
    failure: outcome.failure,
    ratio: outcome.measurement && baseRate ? outcome.measurement.requestsPerSecond / baseRate : undefined,
  }));
  console.log(
    `\nResults — ${server.database}, ${options.connections} connections, ${options.durationSeconds} s each (ratio = req/s ÷ baseline req/s, same run)\n`,
  );
  console.log(formatTable(rows));

  if (options.json) {
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim(),
      database: server.database,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      results: outcomes.map((outcome, index) => ({ ...outcome, ratio: rows[index].ratio })),
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${options.json}`);
  }
  return outcomes.some((outcome) => outcome.failure) ? 1 : 0;
};

main()
  .then((code) => exitAfterCleanup(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return exitAfterCleanup(2);
  });
