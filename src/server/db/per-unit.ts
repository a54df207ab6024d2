import { type SQL, sql } from 'drizzle-orm';

type UnitPath = { id: string; path: string };

/** A scalar sub-select answering the one row of `select` (select-list and from clause) as JSON. */
export const rowJson = (select: SQL): SQL => sql`(select row_to_json(t) from (select ${select}) t)`;

/** `figures` of each row of a `values` list (aliased `u`), as one JSON object keyed by `u.id`. */
const keyedJson = (values: SQL[], columns: string, figures: SQL): SQL =>
  sql`(select json_object_agg(u.id, row_to_json(f))
    from (values ${sql.join(values, sql`, `)}) as u(${sql.raw(columns)})
    cross join lateral (select ${figures}) f)`;

/**
 * A scalar sub-select answering `figures` (select-list and from clause, given the unit's path as SQL)
 * for each of `units`, as one JSON object keyed by unit id — null without units. Figures broken down
 * by the units below a unit ride in the same statement as the unit's own total.
 */
export const perUnitJson = (units: readonly UnitPath[], figures: (path: SQL) => SQL): SQL =>
  units.length === 0
    ? sql`null::json`
    : keyedJson(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        'id, path',
        figures(sql`u.path`),
      );

/** The same for each of `ids` (projects, say), given the id as SQL. */
export const perIdJson = (ids: readonly string[], figures: (id: SQL) => SQL): SQL =>
  ids.length === 0
    ? sql`null::json`
    : keyedJson(
        ids.map((id) => sql`(${id}::uuid)`),
        'id',
        figures(sql`u.id`),
      );

/** `perUnitJson`'s or `perIdJson`'s answer as a map by id. */
export const mapById = <T>(json: Record<string, T> | null): Map<string, T> =>
  new Map(Object.entries(json ?? {}));
