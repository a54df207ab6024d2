import type { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { TodoItem } from '../../core/home/contract';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { Db } from '../db/client';
import type { ServiceContext } from './context';
import type { CountRows } from './count-batch';
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
  /**
   * Fills, at every start and before any request, what a migration cannot write for rows older than
   * it: values computed with the encryption key. Idempotent, and cheap when nothing is left.
   */
  upgrade?: Upgrade;
  /**
   * What waits for the signed-in person in this module (hours to approve, items to hand over …), for
   * the home page's "today". Only what the actor may act on; counts of zero are left out by the caller.
   */
  todo?: TodoSource;
};

/** A start-up upgrade of a module's rows: answers how many it changed. */
export type Upgrade = (db: Db, crypto: FieldCrypto) => Promise<number>;

/** A module's to-do lines, its counts asked through `count` so that one statement answers every module's. */
export type TodoSource = (ctx: TodoContext) => Promise<TodoItem[]>;

export type TodoContext = ServiceContext & { count: CountRows };
