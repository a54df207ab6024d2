// What the rush benchmarks (sign-up, redemption) share: a JSON caller with a staff session, and the
// same-run baseline they are divided by.

import http from 'node:http';
import { measure } from './measure';
import type { RunningServer } from './server';
import type { BenchContext } from './types';

/** Calls the API as the signed-in `cookie`, throwing on any refusal (set-up must not half-succeed). */
export const jsonCaller =
  (ctx: BenchContext, cookie: string) =>
  async (path: string, init: RequestInit = {}) => {
    const res = await ctx.fetch(path, {
      ...init,
      headers: { cookie, 'content-type': 'application/json', ...init.headers },
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };

/** `GET /api/health` with 50 connections for 5 s: the baseline of a rush. */
export const healthBaseline = (server: RunningServer) =>
  measure({
    url: server.baseUrl,
    request: { path: '/api/health' },
    durationSeconds: 5,
    connections: 50,
    title: 'baseline',
  });

export type RushRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };
export type RushResult = { requestsPerSecond: number; p99: number; statuses: Record<string, number> };

/**
 * All `requests` at once, each from a client of its own — a connection of its own, as 2,000 phones
 * would open — through `node:http` without keep-alive: throughput, p99 and the count per status.
 */
export async function rush(server: RunningServer, requests: RushRequest[]): Promise<RushResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const origin = new URL(server.baseUrl);
  const once = (request: RushRequest) =>
    new Promise<string>((resolve) => {
      const call = http.request(
        {
          host: origin.hostname,
          port: origin.port,
          method: request.method,
          path: request.path,
          agent: false,
          timeout: 300_000,
          headers: { origin: server.baseUrl, ...request.headers },
        },
        (res) => res.resume().on('end', () => resolve(String(res.statusCode))),
      );
      call.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.name));
      call.end(request.body);
    });
  const started = performance.now();
  await Promise.all(
    requests.map(async (request) => {
      const t = performance.now();
      const status = await once(request);
      latencies.push(performance.now() - t);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: requests.length / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)],
    statuses,
  };
}

/**
 * Prints a rush beside both baselines: `GET /api/health` under autocannon's 50 kept-alive connections,
 * and the same rush of fresh clients against `GET /api/health` — what opening 2,000 connections at
 * once costs before any route runs — with the ratio to each.
 */
export async function reportRush(server: RunningServer, title: string, result: RushResult, clients: number) {
  const baseline = await healthBaseline(server);
  const healthRush = await rush(
    server,
    Array.from({ length: clients }, () => ({ method: 'GET', path: '/api/health' })),
  );
  const row = (r: { requestsPerSecond: number; p99: number }) => ({
    'req/s': Math.round(r.requestsPerSecond),
    'p99 ms': Math.round(r.p99),
    ratio: (result.requestsPerSecond / r.requestsPerSecond).toFixed(3),
  });
  console.table({
    'baseline GET /api/health (autocannon)': row(baseline),
    [`the same ${clients} fresh clients on GET /api/health`]: row(healthRush),
    [title]: { ...row(result), ratio: '' },
  });
  console.log(
    `ratio rush ÷ baseline = ${(result.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}` +
      `; ÷ the same rush on /api/health = ${(result.requestsPerSecond / healthRush.requestsPerSecond).toFixed(3)}` +
      `; statuses ${JSON.stringify(result.statuses)}`,
  );
}
