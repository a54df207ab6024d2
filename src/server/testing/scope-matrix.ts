import type { multipartForm } from './multipart';
import type { TestContext } from './test-app';

/**
 * How the scope matrix (http/scope-matrix.test.ts) walks one module's routes. Each module keeps its
 * part in `modules/<name>/scope-samples.ts`, so a new module brings its own samples and the matrix
 * collects them: rows of 园山社区 / 江头街道 to aim at, a body for each write route, an id for each path.
 *
 * `ownUnit` routes write only at the caller's own unit (no target id to abuse); they are checked apart.
 * `form` is a multipart body (photo uploads) holding a real image, so only scope can be the reason to refuse.
 * `selfOnly` routes act on the caller's own rows whatever they are sent: any answer will do, and the digest
 * of every business table after the walk still proves nothing of the owner's changed.
 */
export type ScopeSample = {
  body?: unknown;
  form?: ReturnType<typeof multipartForm>;
  ownUnit?: true;
  selfOnly?: true;
  refusedWith?: number[];
};

export type ScopeIds = Record<string, string>;

/** The owners' sessions the samples are made with. */
export type ScopeOwners = { yuanshanStaff: Record<string, string>; jiangtouAdmin: Record<string, string> };

export type ModuleScopeSamples = {
  /** Makes this module's rows of the owners through the API; returns their ids by name. */
  setup?(ctx: TestContext, owners: ScopeOwners, ids: ScopeIds): Promise<ScopeIds>;
  /** A sample for every write route of the module, keyed `METHOD /api/v1/...`. */
  samples?(ids: ScopeIds): Promise<Record<string, ScopeSample>> | Record<string, ScopeSample>;
  /** For each route path with `:id`, the name of the id it is walked with. */
  targets?: Record<string, string>;
  /** Routes that name their unit in the query (`?orgUnitId=`) rather than in the path. */
  unitQueryRoutes?: string[];
  /** A query string a route needs besides its id. */
  queries?: Record<string, string>;
  /** Ids that must not appear in a sibling's list answers. */
  leakIds?: string[];
};
