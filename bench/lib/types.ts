// The shape of a benchmark scenario. A scenario is one file in bench/scenarios/ exporting
// `export const scenario: Scenario = { … }`; bench/lib/registry.ts finds it, nothing else to register.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP request, fired over and over by autocannon. */
export interface ScenarioRequest {
  method?: HttpMethod;
  /** Path and query, e.g. '/api/v1/org-units?kind=community'. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Replace each `[<id>]` in the body with a fresh random id per request (autocannon's idReplacement). */
  idReplacement?: boolean;
}

export interface BenchContext {
  /** e.g. http://127.0.0.1:41234 — the server under test. */
  baseUrl: string;
  /** The Origin header value better-auth expects (sent with every benchmark request). */
  origin: string;
  database: 'pglite' | 'postgres';
  /** The demo accounts' password. */
  demoPassword: string;
  /**
   * Signs a user in over HTTP (POST /api/auth/sign-in/username), checks the session with GET /api/v1/me,
   * and returns the value for a Cookie header. Cached per user for the whole run.
   */
  signIn(username: string): Promise<string>;
  /** fetch() against the server, with the Origin header set. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface Scenario {
  /** Short, kebab-case, unique: the row name in the results table and the value for --only. */
  name: string;
  description: string;
  /** The request to fire. */
  request: ScenarioRequest;
  /**
   * Runs once before the measurement (sign-ins, fixtures). What it returns is merged over `request`
   * (headers are merged key by key), e.g. `{ headers: { cookie: await ctx.signIn('huli.admin') } }`.
   */
  setup?: (ctx: BenchContext) => Promise<Partial<ScenarioRequest> | undefined>;
  /** Overrides --connections for this scenario. */
  connections?: number;
}
