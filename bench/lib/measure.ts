// One autocannon measurement of one request, reduced to the numbers the table prints.
import autocannon from 'autocannon';
import type { ScenarioRequest } from './types';

export interface Measurement {
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  totalRequests: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Response count per status code, e.g. { '200': 51234, '429': 3 }. */
  statusCodes: Record<string, number>;
  durationSeconds: number;
}

export interface MeasureOptions {
  url: string;
  request: ScenarioRequest;
  durationSeconds: number;
  connections: number;
  title: string;
}

let active: autocannon.Instance | undefined;

/** Stops a running measurement (used on Ctrl-C). */
export const stopActiveMeasurement = (): void => active?.stop();

export const measure = (options: MeasureOptions): Promise<Measurement> =>
  new Promise((resolve, reject) => {
    const { request } = options;
    active = autocannon(
      {
        url: `${options.url}${request.path}`,
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body,
        idReplacement: request.idReplacement ?? false,
        connections: options.connections,
        duration: options.durationSeconds,
        title: options.title,
        timeout: 10,
      },
      (error: unknown, result: autocannon.Result) => {
        active = undefined;
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const statusCodes: Record<string, number> = {};
        for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
          statusCodes[code] = stats.count ?? 0;
        }
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          totalRequests: result.requests.total,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statusCodes,
          durationSeconds: result.duration,
        });
      },
    );
  });
