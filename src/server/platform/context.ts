import type { FieldCrypto } from '../crypto/field-crypto';
import { type Db, onOneConnection } from '../db/client';
import type { Actor } from '../http/actor';
import type { PhotoStore } from '../storage/photo-store';
import type { Clock } from './clock';
import type { SessionCache } from './session-cache';

/** What every request-scoped service function receives first, instead of positional dependencies. */
export type ServiceContext = {
  /** The database, or the transaction the call runs in. */
  db: Db;
  actor: Actor;
  crypto: FieldCrypto;
  store: PhotoStore;
  clock: Clock;
  /** Callers resolved in the last moment: a write that ends sessions or changes a user forgets them. */
  sessions: SessionCache;
};

/** The request-independent part, built once by app.ts; the auth hook adds the actor. */
export type Services = Omit<ServiceContext, 'actor'>;

/**
 * Runs `work` in one transaction with a context whose `db` is that transaction: inside it only the
 * transaction may be used (on PGlite the outer `db` hangs; on PostgreSQL it escapes the transaction).
 */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

/** Runs `work` with a context whose `db` holds one connection throughout (`db/client.ts` `onOneConnection`). */
export function onOneConnectionOf<T>(
  ctx: ServiceContext,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return onOneConnection(ctx.db, (db) => work({ ...ctx, db }));
}
