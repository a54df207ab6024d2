import { eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from './actor';

export { pathWithin } from '../../core/org-units/paths';

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

/** The one scope predicate: rows owned by the actor's unit or a unit below it. */
export function inScope(actor: Actor, pathColumn: AnyPgColumn): SQL {
  return underPath(pathColumn, actor.membership.orgPath);
}

/**
 * Shared registries (providers, brands) are visible from below too: rows owned by the actor's scope,
 * or by a unit above it. A sibling's rows stay invisible.
 */
export function inScopeOrAbove(actor: Actor, pathColumn: AnyPgColumn): SQL {
  const scopePath = actor.membership.orgPath;
  return or(inScope(actor, pathColumn), sql`${scopePath} like ${pathColumn} || '.%'`) as SQL;
}
