import { type SQL, sql } from 'drizzle-orm';

type UnitPath = { id: string; path: string };

/**
 * A scalar sub-select answering `figures` (select-list and from clause, given the unit's path as SQL)
 * for each of `units`, as one JSON object keyed by unit id — null without units. Figures broken down
 * by the units below a unit ride in the same statement as the unit's own total.
 */
export const perUnitJson = (units: readonly UnitPath[], figures: (path: SQL) => SQL): SQL =>
  units.length === 0
    ? sql`null::json`
    : sql`(select json_object_agg(u.id, row_to_json(f))
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)
      cross join lateral (select ${figures(sql`u.path`)}) f)`;

/** `perUnitJson`'s answer as a map by unit id. */
export const perUnitMap = <T>(json: Record<string, T> | null): Map<string, T> =>
  new Map(Object.entries(json ?? {}));
