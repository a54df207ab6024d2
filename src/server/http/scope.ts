import { and, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { type Db, prepared, statement } from '../db/client';
import type { ErrorCode } from '../platform/errors';
import type { Actor } from './actor';
import { AppError } from './errors';

export { pathWithin } from '../../core/org-units/paths';

/**
 * Every predicate on unit paths lives here (decision 001): a path is the dotted codes from the root
 * (`350206.350206004.350206004004`), so "this unit and below" is one prefix test, served by the
 * `text_pattern_ops` index on each `org_path`, and "this unit and above" its mirror image.
 */

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows of the unit at `path` or below it. */
export function underPath(pathColumn: AnyPgColumn, path: string): SQL {
  return or(eq(pathColumn, path), like(pathColumn, `${escapeLike(path)}.%`)) as SQL;
}

/** The same for raw SQL: `column` at the unit `path` (a value, or a column such as `u.path`) or below it. */
export function underPathSql(column: SQL, path: string | SQL): SQL {
  return typeof path === 'string'
    ? sql`(${column} = ${path} or ${column} like ${`${escapeLike(path)}.%`})`
    : sql`(${column} = ${path} or ${column} like ${path} || '.%')`;
}

/**
 * Rows owned by the unit at `path` or by a unit above it (its street, its district): the registries a
 * unit inherits from above, such as brands and projects bought for it. `path` may be a value or a column.
 */
export function atOrAbovePath(pathColumn: AnyPgColumn | SQL, path: string | AnyPgColumn | SQL): SQL {
  return sql`(${pathColumn} = ${path} or ${path} like ${pathColumn} || '.%')`;
}

/** The path of the street a path lies in (a community's street; a street itself), or a district's own path. */
export function streetPathOf(path: string): string {
  return path.split('.').slice(0, 2).join('.');
}

/** The one scope predicate: rows owned by the actor's unit or a unit below it. */
export function inScope(actor: Actor, pathColumn: AnyPgColumn): SQL {
  // Nothing is ever created below a community (org-units' childKind), so its scope is its own path: an
  // equality an index can lead with and keep its order after, where "this path or below" cannot.
  return actor.membership.orgUnitKind === 'community'
    ? eq(pathColumn, actor.membership.orgPath)
    : underPath(pathColumn, actor.membership.orgPath);
}

/**
 * `inScope` for a statement built once (`db/client.ts` `statement`): the actor's path travels as the
 * values `scopeValues` gives. One shape for every actor — for a community the prefix test finds nothing
 * more, since nothing lies below it.
 */
export function inScopePlaceholder(pathColumn: AnyPgColumn): SQL {
  return sql`(${pathColumn} = ${sql.placeholder('scopePath')} or ${pathColumn} like ${sql.placeholder('scopeBelow')})`;
}

/** `inScopeOrAbove` for a statement built once, reading the same values as `inScopePlaceholder`. */
export function inScopeOrAbovePlaceholder(pathColumn: AnyPgColumn): SQL {
  return or(
    inScopePlaceholder(pathColumn),
    atOrAbovePath(pathColumn, sql`${sql.placeholder('scopePath')}`),
  ) as SQL;
}

/** The values `inScopePlaceholder` reads for `actor`. */
export function scopeValues(actor: Actor): { scopePath: string; scopeBelow: string } {
  const path = actor.membership.orgPath;
  return { scopePath: path, scopeBelow: `${escapeLike(path)}.%` };
}

/**
 * Shared registries (providers, brands) are visible from below too: rows owned by the actor's scope,
 * or by a unit above it. A sibling's rows stay invisible.
 */
export function inScopeOrAbove(actor: Actor, pathColumn: AnyPgColumn): SQL {
  return or(inScope(actor, pathColumn), atOrAbovePath(pathColumn, actor.membership.orgPath)) as SQL;
}

/**
 * One row by id, only when `scope` lets the caller see it; otherwise the module's not-found error,
 * exactly as for an id that does not exist (a row out of scope is never told apart from a missing one).
 */
export async function findInScopeOrThrow<TColumns extends SelectedFields>(
  db: Db,
  from: { table: PgTable & { id: AnyPgColumn }; columns: TColumns; id: string; scope: SQL },
  notFound: ErrorCode,
): Promise<SelectResultFields<TColumns>> {
  const [row] = await prepared(
    db
      .select(from.columns)
      .from(from.table)
      .where(and(eq(from.table.id, from.id), from.scope)),
  );
  if (!row) throw new AppError(notFound, 404);
  return row as SelectResultFields<TColumns>;
}

/**
 * `findInScopeOrThrow` for the look-ups of the hottest paths (the person of a sign-up, the volunteer at
 * the counter), its statement built once: one row by id in the actor's scope (`inScope`), or 404.
 */
export function inScopeLookup<TColumns extends SelectedFields>(
  from: { table: PgTable & { id: AnyPgColumn }; columns: TColumns; path: AnyPgColumn },
  notFound: ErrorCode,
): (db: Db, actor: Actor, id: string) => Promise<SelectResultFields<TColumns>> {
  const lookup = statement((db) =>
    db
      .select(from.columns)
      .from(from.table)
      .where(and(eq(from.table.id, sql.placeholder('id')), inScopePlaceholder(from.path))),
  );
  return async (db, actor, id) => {
    const [row] = await lookup(db, { id, ...scopeValues(actor) });
    if (!row) throw new AppError(notFound, 404);
    return row as SelectResultFields<TColumns>;
  };
}
