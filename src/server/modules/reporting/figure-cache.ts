import { sql } from 'drizzle-orm';
import { type Db, preparedRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** Entries beyond this are dropped oldest first: a bound on memory (a street's views are a few dozen). */
const MAX_ENTRIES = 1_000;

/**
 * No answer is reused for longer than this, whatever the marks say: a bound on what no trigger sees
 * (a unit moved in the tree, rows restored by hand with triggers off).
 */
const MAX_AGE_MS = 5 * 60_000;

type Entry = { marks: string; computedAt: number; until: number; value: unknown };

/** One cache per database handle: an app server's pool, or a test's own database. */
const caches = new WeakMap<Db, Map<string, Entry>>();

const cacheOf = (db: Db): Map<string, Entry> => {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
};

/** The sum of the figure marks under a unit (migration 0022): it grows with every change below it. */
async function marksUnder(ctx: ServiceContext, path: string): Promise<string> {
  const [row] = await preparedRows<{ marks: string }>(
    ctx.db,
    sql`select coalesce(sum(generation), 0)::text as marks from figure_marks
      where ${underPathSql(sql`org_path`, path)}`,
  );
  return row.marks;
}

/** Figures computed from the records, and the moment (ISO) they stop being current if nothing is written. */
export type Computed<T> = { value: T; until: string | null };

/**
 * The figures under the unit at `path`, as `compute` counts them, reused while nothing under the unit
 * has changed (decision 014). The marks are read before the figures are computed, so a write that
 * commits in between leaves the entry behind its marks and the next view computes again; marks live in
 * the database, so a write through any app server is seen by all. `key` names everything else the
 * answer depends on (period, filters, the caller's scope, the units it is broken down by). Figures of
 * sessions count only once the session has started, so `compute` also says when the next one starts.
 */
export async function cachedFigures<T>(
  ctx: ServiceContext,
  path: string,
  key: string,
  compute: () => Promise<Computed<T>>,
): Promise<T> {
  const cache = cacheOf(ctx.db);
  const marks = await marksUnder(ctx, path);
  const now = ctx.clock.now().getTime();
  const entry = cache.get(key);
  if (entry && entry.marks === marks && entry.computedAt <= now && now < entry.until) {
    return entry.value as T;
  }
  const { value, until } = await compute();
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  const expires = Math.min(until ? Date.parse(until) : Number.POSITIVE_INFINITY, now + MAX_AGE_MS);
  cache.set(key, { marks, computedAt: now, until: expires, value });
  return value;
}
