// What the rush benchmarks (sign-up, redemption) share: a JSON caller with a staff session, and the
// same-run baseline they are divided by.

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
