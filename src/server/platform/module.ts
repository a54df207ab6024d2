import type { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { DemoLoader } from './demo-world';
import type { ErrorMessages } from './errors';
import type { PermissionGrants } from './permissions';

/** A Fastify plugin registering some of a module's routes under /api/v1. */
export type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/**
 * One capability, declared once in `modules/<name>/module.ts` and listed once in `modules/index.ts`.
 * The app registers its routes, the permission table and the error titles are collected from it, the
 * scope matrix digests its tables, and the demo world loads its records.
 */
export type ModuleManifest = {
  /** The folder name. Its permissions and error codes are named `'<area>.<what>'` after what they concern. */
  name: string;
  routes: readonly RoutePlugin[];
  permissions?: PermissionGrants;
  errors?: ErrorMessages;
  /** Tables holding rows of people or units: the scope matrix proves no other unit changes them. */
  tables?: readonly PgTable[];
  /** Loads the module's part of the Huli demo world, after the modules listed before it. */
  demo?: DemoLoader;
};
